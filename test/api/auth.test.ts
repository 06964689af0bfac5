import { createApp } from '../../apps/server/src/yoga.js';
import { createApi, describe, expect, test } from '../support/fixtures.js';

const CREATE_SOURCE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) {
  __typename ... on CreateSourceSuccess { source { id name } } ... on Error { code message } } }`;
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  __typename ... on CreateApiKeySuccess { created { secret apiKey { id owner role prefix } } } ... on Error { code message } } }`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(input: { id: $id }) {
  __typename ... on RevokeApiKeySuccess { apiKey { revokedAt } } ... on Error { code } } }`;
const source = { input: { name: 'Test wire', kind: 'WIRE' } };

describe('API keys and roles', () => {
  const cases = [
    ['anonymous', undefined, { read: true, write: false, keys: false }],
    ['reader', 'reader', { read: true, write: false, keys: false }],
    ['editor', 'editor', { read: true, write: true, keys: false }],
    ['admin', 'admin', { read: true, write: true, keys: true }],
  ] as const;
  for (const [who, role, may] of cases) {
    test(`${who}: reads ${may.read ? 'yes' : 'no'}, writes ${may.write ? 'yes' : 'no'}, manages keys ${may.keys ? 'yes' : 'no'}`, async ({
      api,
    }) => {
      const key = role ? api.keys[role] : undefined;
      const read = await api.graphql<{ claims: { totalCount: number } }>('{ claims { totalCount } }', {}, { key });
      expect(read.data?.claims.totalCount).toBe(24);

      const write = await api.graphql<{ createSource: { __typename: string } }>(CREATE_SOURCE, source, { key });
      expect(write.data?.createSource.__typename).toBe(may.write ? 'CreateSourceSuccess' : 'ForbiddenError');

      const keys = await api.graphql<{ createApiKey: { __typename: string } }>(
        CREATE_KEY,
        { input: { name: 'ci', owner: 'ci@example.org', role: 'READER' } },
        { key },
      );
      expect(keys.data?.createApiKey.__typename).toBe(may.keys ? 'CreateApiKeySuccess' : 'ForbiddenError');

      const list = await api.graphql('{ apiKeys { owner } }', {}, { key });
      if (may.keys) expect(list.errors).toBeUndefined();
      else expect(list.errors?.[0]?.extensions?.code).toBe(role ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    });
  }

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
