import { createApp } from '../../apps/server/src/yoga.js';
import { type Api, createApi, describe, expect, test } from '../support/fixtures.js';

/**
 * The response cache (apps/server/src/plugins/response-cache.ts): a repeated query is answered
 * without SQL, and every committed write is visible to the very next request. The same across
 * server processes sharing Redis is checked in test/replicas/caches.test.ts.
 */

const CLAIM = `query ($id: ID!) { claim(id: $id) { id text revision } }`;
const UPDATE = `mutation ($input: UpdateClaimInput!) { updateClaim(input: $input) {
  __typename ... on UpdateClaimSuccess { claim { text revision } } ... on Error { code message } } }`;
type Claim = { claim: { id: string; text: string; revision: number } };

async function firstClaim(api: Api) {
  const { claims } = await api.data<{ claims: { edges: { node: { id: string } }[] } }>(
    '{ claims(first: 1, filter: { statedCertainty: [ESTIMATE] }) { edges { node { id } } } }',
  );
  const id = claims.edges[0]?.node.id;
  if (!id) throw new Error('no claim stated as an estimate');
  return id;
}

describe('the response cache', () => {
  test('answers a repeated query without SQL, with the same answer', async ({ api }) => {
    const id = await firstClaim(api);
    let first: Claim | undefined;
    const miss = await api.statements(async () => {
      first = await api.data<Claim>(CLAIM, { id });
    });
    let second: Claim | undefined;
    const hit = await api.statements(async () => {
      second = await api.data<Claim>(CLAIM, { id });
    });
    expect({ miss, hit }).toEqual({ miss: 1, hit: 0 });
    expect(second).toEqual(first);
  });

  test('a cached answer is the same response, status and extensions included', async ({ api }) => {
    const id = await firstClaim(api);
    const miss = await api.graphql(CLAIM, { id });
    let hit: Awaited<ReturnType<typeof api.graphql>> | undefined;
    expect(await api.statements(async () => (hit = await api.graphql(CLAIM, { id })))).toBe(0);
    expect(miss.extensions?.cost).toBeTruthy();
    expect(hit).toEqual(miss);
  });

  test('a key revoked after its answer was cached gets UNAUTHENTICATED, not the answer', async ({ api }) => {
    const created = await api.data<{ createApiKey: { created: { secret: string; apiKey: { id: string } } } }>(
      `mutation { createApiKey(input: { name: "cached reader", owner: "cached@example.org", role: READER }) {
        ... on CreateApiKeySuccess { created { secret apiKey { id } } } } }`,
      {},
      { key: api.keys.admin },
    );
    const { secret, apiKey } = created.createApiKey.created;
    const id = await firstClaim(api);
    await api.data(CLAIM, { id }, { key: secret });
    expect(await api.statements(() => api.data(CLAIM, { id }, { key: secret }))).toBe(0);
    await api.data(
      'mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }',
      { id: apiKey.id },
      { key: api.keys.admin },
    );
    const after = await api.graphql(CLAIM, { id }, { key: secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.data).toBeUndefined();
  });

  test('a write is visible to the very next request, through the same cached query', async ({ api }) => {
    const id = await firstClaim(api);
    const before = await api.data<Claim>(CLAIM, { id });
    await api.data<Claim>(CLAIM, { id });
    const text = `${before.claim.text.replace(/ \(checked\)$/, '')} (checked)`;
    const updated = await api.data<{ updateClaim: { __typename: string } }>(
      UPDATE,
      { input: { id, revision: before.claim.revision, text } },
      { key: api.keys.editor },
    );
    expect(updated.updateClaim.__typename).toBe('UpdateClaimSuccess');
    const after = await api.data<Claim>(CLAIM, { id });
    expect(after.claim).toEqual({ id, text, revision: before.claim.revision + 1 });
    // Lists and counts too, not only the object written.
    const count = '{ sources { totalCount } }';
    const { sources } = await api.data<{ sources: { totalCount: number } }>(count);
    await api.data(
      `mutation { createSource(input: { name: "Cache wire", kind: WIRE }) { __typename } }`,
      {},
      { key: api.keys.editor },
    );
    expect(await api.data(count)).toEqual({ sources: { totalCount: sources.totalCount + 1 } });
  });

  test('keeps within its bounds: the least recently used answer goes first, a large one is not kept', async ({
    api,
  }) => {
    const id = await firstClaim(api);
    const claim = (n: number) => `query ($id: ID!) { claim(id: $id) { id text${' revision'.repeat(n)} } }`;
    const three = createApi(createApp({ responseCache: { maxEntries: 3 } }), api.database, api.keys);
    for (const n of [1, 2, 3]) await three.data(claim(n), { id });
    // 1 is used again, so 2 is now the least recently used: a fourth answer pushes 2 out, not 1.
    expect(await three.statements(() => three.data(claim(1), { id }))).toBe(0);
    await three.data(claim(4), { id });
    expect(await three.statements(() => three.data(claim(1), { id }))).toBe(0);
    expect(await three.statements(() => three.data(claim(2), { id }))).toBe(1);

    const small = createApi(createApp({ responseCache: { maxChars: 10_000 } }), api.database, api.keys);
    const big = '{ claims(first: 50) { edges { node { id text } } } }';
    await small.data(big);
    expect(await small.statements(() => small.data(big))).toBe(1);
    await small.data(claim(1), { id });
    expect(await small.statements(() => small.data(claim(1), { id }))).toBe(0);
  });

  test('never keeps an answer with errors', async ({ api }) => {
    // `claim` refuses an ID that is not one (and is nullable); `claims` answers: partial data with an error.
    const query = '{ claims(first: 1) { edges { node { id } } } claim(id: "not-an-id") { id } }';
    const first = await api.graphql<{ claims: unknown; claim: null }>(query);
    expect(first.errors?.[0]?.extensions?.code).toBe('INVALID_ID');
    expect(first.data?.claims).toBeTruthy();
    const again = await api.statements(() => api.graphql(query));
    expect(again).toBe(1);
  });

  test('never answers a mutation from the cache', async ({ api }) => {
    const create = `mutation { createSource(input: { name: "Twice wire", kind: WIRE }) {
      __typename ... on CreateSourceSuccess { source { id } } } }`;
    type Created = { createSource: { source: { id: string } } };
    const a = await api.data<Created>(create, {}, { key: api.keys.editor });
    const b = await api.data<Created>(create, {}, { key: api.keys.editor });
    expect(a.createSource.source.id).not.toBe(b.createSource.source.id);
  });

  test("keeps one role's answers from another: only admins see key management in the change feed", async ({ api }) => {
    await api.data(
      `mutation { createApiKey(input: { name: "cache", owner: "cache@example.org", role: READER }) { __typename } }`,
      {},
      { key: api.keys.admin },
    );
    const feed = `{ changes(entityTypes: ["ApiKey"], first: 100) { totalCount } }`;
    type Feed = { changes: { totalCount: number } };
    const asAdmin = await api.data<Feed>(feed, {}, { key: api.keys.admin });
    const asReader = await api.data<Feed>(feed, {}, { key: api.keys.reader });
    const anonymous = await api.data<Feed>(feed);
    expect(asAdmin.changes.totalCount).toBeGreaterThan(0);
    expect(asReader.changes.totalCount).toBe(0);
    expect(anonymous.changes.totalCount).toBe(0);
    // And the other way round, now that the reader's answer is cached.
    expect(await api.data<Feed>(feed, {}, { key: api.keys.admin })).toEqual(asAdmin);
  });

  test('answers `viewer` for the key that asks, even within one role', async ({ api }) => {
    const created = await api.data<{ createApiKey: { created: { secret: string } } }>(
      `mutation { createApiKey(input: { name: "second reader", owner: "second@example.org", role: READER }) {
        ... on CreateApiKeySuccess { created { secret } } } }`,
      {},
      { key: api.keys.admin },
    );
    const viewer = '{ viewer { owner role } }';
    const first = await api.data(viewer, {}, { key: api.keys.reader });
    const second = await api.data(viewer, {}, { key: created.createApiKey.created.secret });
    expect(first).toEqual({ viewer: { owner: 'reader@test', role: 'READER' } });
    expect(second).toEqual({ viewer: { owner: 'second@example.org', role: 'READER' } });
  });
});
