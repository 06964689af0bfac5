import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKeyWithCommand, emptyProcessDatabase, type ProcessDatabase } from '../support/process-database.js';
import { type ServerProcess, startServer } from '../support/server-process.js';

/**
 * Two server processes on one PostgreSQL database and one Redis, each with its caches (responses,
 * list counts, API keys: apps/server/src/cache/generation.ts). A write through one is seen through the
 * other by the very next request, however warm that one's caches are.
 */
const redisUrl = process.env.CLAIMGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let database: ProcessDatabase;
let a: ServerProcess;
let b: ServerProcess;
let editor: string;
let admin: string;

beforeAll(async () => {
  database = await emptyProcessDatabase();
  const env = {
    ...database.env,
    REDIS_URL: redisUrl,
    CLAIMGRAPH_REDIS_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
  };
  editor = (await createKeyWithCommand(env, 'desk@example.org', 'editor')).secret;
  admin = (await createKeyWithCommand(env, 'ops@example.org', 'admin')).secret;
  [a, b] = await Promise.all([startServer(env), startServer(env)]);
});

afterAll(async () => {
  expect(await Promise.all([a?.stop(), b?.stop()])).toEqual([0, 0]);
  await database?.remove();
});

async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: T; errors?: unknown[] }) };
}

async function data<T>(url: string, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const body = await post<T>(url, query, variables, key);
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('caches of replicas sharing PostgreSQL and Redis', () => {
  test('a write through one process is seen through the other at once, in a cached query and a cached count', async () => {
    const list = `{ claims(first: 1, filter: { statedCertainty: [ESTIMATE] }) { totalCount edges { node { id text revision } } } }`;
    type List = { claims: { totalCount: number; edges: { node: { id: string; text: string; revision: number } }[] } };
    const before = await data<List>(b.url, list);
    expect(await data<List>(b.url, list)).toEqual(before);
    const claim = before.claims.edges[0]?.node as { id: string; text: string; revision: number };

    const text = `${claim.text} (seen on both)`;
    const updated = await data<{ updateClaim: { __typename: string } }>(
      a.url,
      `mutation ($input: UpdateClaimInput!) { updateClaim(input: $input) { __typename } }`,
      { input: { id: claim.id, revision: claim.revision, text } },
      editor,
    );
    expect(updated.updateClaim.__typename).toBe('UpdateClaimSuccess');
    const after = await data<List>(b.url, list);
    expect(after.claims.edges[0]?.node).toEqual({ ...claim, text, revision: claim.revision + 1 });

    const created = await data<{ createClaim: { __typename: string } }>(
      a.url,
      `mutation { createClaim(input: { text: "Another estimate.", type: QUANTITY }) { __typename } }`,
      {},
      editor,
    );
    expect(created.createClaim.__typename).toBe('CreateClaimSuccess');
    const count = '{ claims { totalCount } }';
    const counted = await data<{ claims: { totalCount: number } }>(b.url, count);
    expect(counted.claims.totalCount).toBe(25);
  });

  test('a key revoked through one process is refused by the other at once', async () => {
    const created = await data<{ createApiKey: { created: { secret: string; apiKey: { id: string } } } }>(
      a.url,
      `mutation { createApiKey(input: { name: "roaming", owner: "roaming@example.org", role: READER }) {
        ... on CreateApiKeySuccess { created { secret apiKey { id } } } } }`,
      {},
      admin,
    );
    const { secret, apiKey } = created.createApiKey.created;
    const viewer = '{ viewer { owner } }';
    expect(await data(b.url, viewer, {}, secret)).toEqual({ viewer: { owner: 'roaming@example.org' } });
    expect(await data(b.url, viewer, {}, secret)).toEqual({ viewer: { owner: 'roaming@example.org' } });
    const revoked = await data<{ revokeApiKey: { __typename: string } }>(
      a.url,
      `mutation ($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }`,
      { id: apiKey.id },
      admin,
    );
    expect(revoked.revokeApiKey.__typename).toBe('RevokeApiKeySuccess');
    const refused = await post(b.url, viewer, {}, secret);
    expect(refused.status).toBe(401);
  });
});
