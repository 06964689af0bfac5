import { describe, expect, test } from '../support/fixtures.js';

/**
 * N+1 guard: the SQL statements a nested query sends must not grow with the page size. Each shape
 * runs with a small and a large page; both must send the same, expected number of statements.
 */
const SHAPES = {
  'a page of articles → appearances → claims → actors': {
    query: `query ($n: Int!) { articles(first: $n) { edges { node { headline publisher { name } originalPublisher { name }
      currentVersion { appearances(first: $n) { totalCount edges { node { statedCertainty quote
        claim { text actors { role actor { name parent { name } } } } } } } } } } } }`,
    statements: 1,
  },
  'a page of claims → attribution chains → sources and their reliability': {
    query: `query ($n: Int!) { claims(first: $n) { edges { node { text verificationStatus
      appearances(first: 3) { edges { node { statedCertainty cues { kind anchor { exact } }
        attribution { position role anchor { exact }
          agent { __typename ... on Actor { name kind } ... on Source { name reliability { rating } } } } } } } } } } }`,
    statements: 1,
  },
  'an actor → claims by role → appearances': {
    query: `query ($n: Int!) { actors(first: $n) { edges { node { name claims(first: $n) { totalCount edges { node { role
      claim { text appearances(first: 2) { edges { node { quote } } } } } } } } } } }`,
    statements: 1,
  },
  'a search across every kind, with nested fields': {
    // Hits of all four kinds: the ranked search, then one query per kind found.
    query: `query ($n: Int!) { search(query: "Syria or Independent", first: $n) { rank highlights { text }
      node { __typename ... on Claim { text actors { actor { name } } } ... on Actor { name parent { name } }
        ... on Source { name } ... on Article { headline } } } }`,
    statements: 5,
    sizes: [30, 100],
  },
} as const;

describe('SQL statements per request', () => {
  for (const [shape, { query, statements, ...options }] of Object.entries(SHAPES)) {
    const [n, m] = 'sizes' in options ? options.sizes : [2, 20];
    test(`${shape}: ${statements}, whatever the page size`, async ({ api }) => {
      const small = await api.statements(() => api.data(query, { n }));
      const large = await api.statements(() => api.data(query, { n: m }));
      expect({ small, large }).toEqual({ small: statements, large: statements });
    });
  }
});

/**
 * The benchmark's read shapes (bench/src/shapes.ts), each one SQL statement: a claim with its
 * appearances; articles → publisher → appearances → claim → actors; claims filtered by certainty and
 * actor with their attribution chains.
 */
describe('SQL statements of the benchmark shapes', () => {
  test('Q1, Q2 and Q3 send one statement each', async ({ api }) => {
    const { claims } = await api.data<{
      claims: { edges: { node: { id: string; actors: { actor: { id: string } }[] } }[] };
    }>(
      `{ claims(first: 1, filter: { statedCertainty: [UNCONFIRMED_REPORT] }) { edges { node { id actors { actor { id } } } } } }`,
    );
    const claim = claims.edges[0]?.node;
    const actor = claim?.actors[0]?.actor.id;
    expect(claim && actor).toBeTruthy();
    const q1 = `query ($id: ID!) { claim(id: $id) { id text type verificationStatus createdAt
      appearances(first: 10) { edges { node { id statedCertainty quote anchor { start end } } } } } }`;
    const q2 = `{ articles(first: 20) { edges { node { id headline publisher { name }
      currentVersion { appearances(first: 5) { edges { node { statedCertainty quote
        claim { text actors { role actor { name } } } } } } } } } } }`;
    const q3 = `query ($actor: ID!) { claims(first: 20, filter: { statedCertainty: [UNCONFIRMED_REPORT, RUMOUR], actor: { id: $actor } }) {
      edges { node { id text verificationStatus appearances(first: 3) { edges { node { statedCertainty
        attribution { position role agent { __typename ... on Actor { name } ... on Source { name } } } } } } } } } }`;
    const counts = {
      q1: await api.statements(() => api.data(q1, { id: claim?.id })),
      q2: await api.statements(() => api.data(q2)),
      q3: await api.statements(() => api.data(q3, { actor })),
    };
    expect(counts).toEqual({ q1: 1, q2: 1, q3: 1 });
  });
});

describe('totalCount of a root list', () => {
  const page = `query ($n: Int!, $after: String) {
    claims(first: $n, after: $after, filter: { statedCertainty: [ESTABLISHED_FACT, ASSERTED_UNATTRIBUTED, RUMOUR] }) {
      totalCount pageInfo { endCursor } edges { node { id text } } } }`;
  type Page = { claims: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { id: string } }[] } };

  test('is counted once, then every later page is one statement, until a write', async ({ api }) => {
    // A write first, so that no count is remembered from an earlier test of this file.
    await api.database.prisma.claim.updateMany({ where: { id: -1 }, data: { revision: { increment: 1 } } });
    let first: Page | undefined;
    const cold = await api.statements(async () => {
      first = await api.data<Page>(page, { n: 2 });
    });
    let second: Page | undefined;
    const warm = await api.statements(async () => {
      second = await api.data<Page>(page, { n: 2, after: first?.claims.pageInfo.endCursor });
    });
    expect({ cold, warm }).toEqual({ cold: 2, warm: 1 });
    expect(second?.claims.totalCount).toBe(first?.claims.totalCount);

    // Archiving one of the listed claims is a write: the next page counts afresh, and right.
    const archived = Number(
      Buffer.from(first?.claims.edges[0]?.node.id ?? '', 'base64url')
        .toString()
        .split(':')[1],
    );
    await api.database.prisma.claim.update({ where: { id: archived }, data: { archivedAt: new Date() } });
    let after: Page | undefined;
    const fresh = await api.statements(async () => {
      after = await api.data<Page>(page, { n: 2 });
    });
    expect(fresh).toBe(2);
    expect(after?.claims.totalCount).toBe((first?.claims.totalCount ?? 0) - 1);
    await api.database.prisma.claim.update({ where: { id: archived }, data: { archivedAt: null } });
  });
});
