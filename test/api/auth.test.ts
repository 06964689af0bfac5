import { createApp } from '../../apps/server/src/yoga.js';
import { createApi, describe, expect, test } from '../support/fixtures.js';

const CREATE_SOURCE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) {
  __typename ... on CreateSourceSuccess { source { id name } } ... on Error { code message } } }`;
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  __typename ... on CreateApiKeySuccess { created { secret apiKey { id owner role prefix } } } ... on Error { code message } } }`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(input: { id: $id }) {
  __typename ... on RevokeApiKeySuccess { apiKey { revokedAt } } ... on Error { code } } }`;
const source = { input: { name: 'Test wire', kind: 'WIRE' } };

/** What a request came to: the first error's code, or the result's `__typename` for a mutation. */
function outcome(response: { errors?: { extensions?: { code?: unknown } }[]; data?: unknown }, field: string) {
  const code = response.errors?.[0]?.extensions?.code;
  if (typeof code === 'string') return code;
  const data = response.data as Record<string, { __typename?: string } | undefined> | null | undefined;
  return data?.[field]?.__typename ?? 'answered';
}

describe('API keys and roles', () => {
  // Authentication (no key, or an invalid one) is UNAUTHENTICATED everywhere; authorization (a role that is not
  // enough) is the ForbiddenError member of a mutation's result, and FORBIDDEN on a read.
  const cases = [
    ['anonymous', undefined, { write: 'UNAUTHENTICATED', keys: 'UNAUTHENTICATED', list: 'UNAUTHENTICATED' }],
    ['reader', 'reader', { write: 'ForbiddenError', keys: 'ForbiddenError', list: 'FORBIDDEN' }],
    ['editor', 'editor', { write: 'CreateSourceSuccess', keys: 'ForbiddenError', list: 'FORBIDDEN' }],
    ['admin', 'admin', { write: 'CreateSourceSuccess', keys: 'CreateApiKeySuccess', list: 'answered' }],
  ] as const;
  for (const [who, role, expected] of cases) {
    test(`${who}: reads; a write is ${expected.write}, a new key ${expected.keys}, the key list ${expected.list}`, async ({
      api,
    }) => {
      const key = role ? api.keys[role] : undefined;
      const read = await api.graphql<{ claims: { totalCount: number } }>('{ claims { totalCount } }', {}, { key });
      expect(read.data?.claims.totalCount).toBe(24);

      const write = await api.graphql(CREATE_SOURCE, source, { key });
      const keys = await api.graphql(
        CREATE_KEY,
        { input: { name: 'ci', owner: 'ci@example.org', role: 'READER' } },
        { key },
      );
      const list = await api.graphql('{ apiKeys { owner } }', {}, { key });
      expect({
        write: outcome(write, 'createSource'),
        keys: outcome(keys, 'createApiKey'),
        list: outcome(list, 'apiKeys'),
      }).toEqual(expected);
      // Only an authentication failure is a 401.
      for (const [response, result] of [
        [write, expected.write],
        [keys, expected.keys],
        [list, expected.list],
      ] as const) {
        expect(response.status).toBe(result === 'UNAUTHENTICATED' ? 401 : 200);
      }
    });
  }

  test('authentication fails one way: a query or a mutation, with no key or an invalid one, is a 401 that changes nothing', async ({
    api,
  }) => {
    const closed = createApi(createApp({ anonymousReads: false }), api.database, api.keys);
    const before = await api.data('{ sources { totalCount } }');
    const requests = [
      ['a write without a key', api.app, CREATE_SOURCE, source, undefined],
      ['a write with an unknown key', api.app, CREATE_SOURCE, source, 'Bearer cg_unknown'],
      ['a read with an unknown key', api.app, '{ claims { totalCount } }', {}, 'Bearer cg_unknown'],
      ['a read without a key, anonymous reads off', closed.app, '{ claims { totalCount } }', {}, undefined],
    ] as const;
    for (const [what, app, query, variables, authorization] of requests) {
      const response = await app.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(
        [response.status, response.headers.get('www-authenticate'), body.errors?.map((e) => e.extensions?.code)],
        what,
      ).toEqual([401, 'Bearer', ['UNAUTHENTICATED']]);
      expect(body.data ?? null, what).toBeNull();
    }
    expect(await api.data('{ sources { totalCount } }')).toEqual(before);
  });

  test('a refused write changes nothing', async ({ api }) => {
    const before = await api.data<{ sources: { totalCount: number } }>('{ sources { totalCount } }');
    await api.graphql(CREATE_SOURCE, source, { key: api.keys.reader });
    expect(await api.data('{ sources { totalCount } }')).toEqual(before);
  });

  test('an admin creates a key that works at once, and a revoked key is refused at once', async ({ api }) => {
    const created = await api.data<{
      createApiKey: { created: { secret: string; apiKey: { id: string; role: string; prefix: string } } };
    }>(CREATE_KEY, { input: { name: 'newsroom', owner: 'desk@example.org', role: 'EDITOR' } }, { key: api.keys.admin });
    const { secret, apiKey } = created.createApiKey.created;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const viewer = await api.data<{ viewer: { owner: string; role: string } }>(
      '{ viewer { owner role } }',
      {},
      { key: secret },
    );
    expect(viewer.viewer).toEqual({ owner: 'desk@example.org', role: 'EDITOR' });
    const write = await api.data<{ createSource: { __typename: string } }>(CREATE_SOURCE, source, { key: secret });
    expect(write.createSource.__typename).toBe('CreateSourceSuccess');

    const revoked = await api.data<{ revokeApiKey: { __typename: string } }>(
      REVOKE_KEY,
      { id: apiKey.id },
      { key: api.keys.admin },
    );
    expect(revoked.revokeApiKey.__typename).toBe('RevokeApiKeySuccess');
    const after = await api.graphql(CREATE_SOURCE, source, { key: secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('keys are stored hashed: no secret in the database', async ({ api }) => {
    const rows = await api.database.prisma.apiKey.findMany();
    for (const secret of Object.values(api.keys)) {
      expect(JSON.stringify(rows)).not.toContain(secret);
    }
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.hash))).toBe(true);
  });

  test('an unknown key or scheme is a 401, not an anonymous read', async ({ api }) => {
    for (const authorization of ['Bearer cg_unknown', 'Basic Zm9vOmJhcg==', 'Bearer']) {
      const response = await api.app.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ claims { totalCount } }' }),
      });
      expect(response.status).toBe(401);
    }
  });

  test('with anonymous reads off, reading needs a key of any role', async ({ api }) => {
    const closed = createApi(createApp({ anonymousReads: false }), api.database, api.keys);
    const anonymous = await closed.graphql('{ claims { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.claims ?? null).toBeNull();
    const reader = await closed.data<{ claims: { totalCount: number } }>(
      '{ claims { totalCount } }',
      {},
      { key: api.keys.reader },
    );
    expect(reader.claims.totalCount).toBe(24);
  });

  test('with anonymous reads off, an anonymous subscription is refused when it starts (401), a reader’s is opened', async ({
    api,
  }) => {
    const closed = createApp({ anonymousReads: false });
    const subscribe = (key?: string) =>
      closed.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ query: 'subscription { claimChanged { claim { id } } }' }),
      });
    const anonymous = await subscribe();
    expect(anonymous.status).toBe(401);
    // The answer is complete: the stream carries the refusal and ends, it is not held open.
    const text = await anonymous.text();
    expect(text).toContain('"code":"UNAUTHENTICATED"');
    expect(text).toContain('event: complete');
    const reader = await subscribe(api.keys.reader);
    expect(reader.status).toBe(200);
    expect(reader.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = reader.body?.getReader();
    expect(new TextDecoder().decode((await stream?.read())?.value)).toBe(':\n\n');
    await stream?.cancel();
  });
});
