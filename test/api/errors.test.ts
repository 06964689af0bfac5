import { describe, expect, test } from '../support/fixtures.js';

const claimId = Buffer.from('Claim:1').toString('base64url');
const actorId = Buffer.from('Actor:1').toString('base64url');

describe('bad input gets a typed error with a stable code, never a 500', () => {
  const cases: [string, string, Record<string, unknown> | undefined, string][] = [
    ['a malformed global ID', '{ node(id: "!!!") { id } }', undefined, 'INVALID_ID'],
    [
      'a base64 ID of nothing',
      `{ node(id: "${Buffer.from('hello').toString('base64url')}") { id } }`,
      undefined,
      'INVALID_ID',
    ],
    [
      'an ID of a type that is not a node',
      `{ node(id: "${Buffer.from('Query:1').toString('base64url')}") { id } }`,
      undefined,
      'INVALID_ID',
    ],
    ['a foreign ID (an actor’s ID for a claim)', `{ claim(id: "${actorId}") { id } }`, undefined, 'INVALID_ID'],
    [
      'a foreign ID inside a filter',
      `{ claims(filter: { actor: { id: "${claimId}" } }) { totalCount } }`,
      undefined,
      'INVALID_ID',
    ],
    [
      'an unknown enum value',
      '{ claims(filter: { statedCertainty: [MAYBE] }) { totalCount } }',
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an unknown enum value in variables',
      'query ($c: [StatedCertainty!]) { claims(filter: { statedCertainty: $c }) { totalCount } }',
      { c: ['MAYBE'] },
      'BAD_USER_INPUT',
    ],
    ['first: 1000', '{ claims(first: 1000) { totalCount } }', undefined, 'BAD_USER_INPUT'],
    [
      'first: 1000 in a variable on a nested connection',
      'query ($n: Int) { articles { edges { node { versions(first: $n) { totalCount } } } } }',
      { n: 1000 },
      'BAD_USER_INPUT',
    ],
    ['a negative page size', '{ claims(first: -1) { totalCount } }', undefined, 'BAD_USER_INPUT'],
    ['an invalid cursor', '{ claims(after: "garbage") { totalCount } }', undefined, 'BAD_USER_INPUT'],
    ['an unknown field', '{ claims { edges { node { nope } } } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{ claims( { }', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['an empty search', '{ search(query: "  ") { rank } }', undefined, 'BAD_USER_INPUT'],
    [
      'a wrong scalar',
      '{ claims(filter: { createdAt: { from: "yesterday" } }) { totalCount } }',
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ];
  for (const [what, query, variables, code] of cases) {
    test(`${what}: ${code}`, async ({ api }) => {
      const result = await api.graphql(query, variables);
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    });
  }

  test('a first of 100 is allowed, 101 is not', async ({ api }) => {
    expect((await api.graphql('{ claims(first: 100) { totalCount } }')).errors).toBeUndefined();
    expect((await api.graphql('{ claims(first: 101) { totalCount } }')).errors?.[0]?.message).toBe(
      '`first` on `Query.claims` must be between 0 and 100; got 101.',
    );
  });

  test('an oversized page is refused before any SQL runs', async ({ api }) => {
    const statements = await api.statements(() => api.graphql('{ claims(first: 1000) { totalCount } }'));
    expect(statements).toBe(0);
  });

  test('a malformed request body is a 400 with a message', async ({ api }) => {
    const response = await api.app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('POST body sent invalid JSON');
  });
});

describe('internal errors', () => {
  // Runs last in this file: it breaks the file's own database.
  test('are masked: no stack, no SQL, just a code', async ({ api }) => {
    await api.database.prisma.$executeRawUnsafe('ALTER TABLE "EvidenceLink" RENAME TO "EvidenceLinkMoved"');
    const result = await api.graphql(
      '{ claims(first: 100) { edges { node { currentAssessment { evidence { url } } } } } }',
    );
    expect(result.status).toBeLessThan(500);
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/EvidenceLink|prisma|SELECT|at .*\.ts/i);
  });
});
