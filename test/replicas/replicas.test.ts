import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKeyWithCommand, emptyProcessDatabase, type ProcessDatabase } from '../support/process-database.js';
import { type ServerProcess, startServer } from '../support/server-process.js';

// Two server processes on one PostgreSQL database and one Redis, as replicas behind a load balancer.
const redisUrl = process.env.CLAIMGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let database: ProcessDatabase;
let a: ServerProcess;
let b: ServerProcess;
let editor: string;

beforeAll(async () => {
  database = await emptyProcessDatabase();
  editor = (await createKeyWithCommand(database.env, 'desk@example.org', 'editor')).secret;
  const env = {
    ...database.env,
    REDIS_URL: redisUrl,
    CLAIMGRAPH_REDIS_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
  };
  // Both start at once on the empty database: one seeds, the other waits and finds the story there.
  [a, b] = await Promise.all([startServer(env), startServer(env)]);
});

afterAll(async () => {
  expect(await Promise.all([a?.stop(), b?.stop()])).toEqual([0, 0]);
});

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function feed(url: string) {
  const ids: string[] = [];
  let since: string | null = null;
  for (;;) {
    const page: {
      changes: {
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        edges: { node: { id: string; operation: string } }[];
      };
    } = await graphql(
      url,
      'query ($since: String) { changes(since: $since, first: 100) { pageInfo { endCursor hasNextPage } edges { node { id operation } } } }',
      { since },
    );
    ids.push(...page.changes.edges.map((edge) => `${edge.node.id}:${edge.node.operation}`));
    since = page.changes.pageInfo.endCursor ?? since;
    if (!page.changes.pageInfo.hasNextPage) return ids;
  }
}

describe('replicas sharing PostgreSQL and Redis', () => {
  test('started together on an empty database, they load the story once', async () => {
    expect([a.output(), b.output()].filter((output) => output.includes('Loaded the seed story.'))).toHaveLength(1);
    const { claims } = await graphql<{ claims: { totalCount: number } }>(b.url, '{ claims { totalCount } }');
    expect(claims.totalCount).toBe(24);
  });

  test('a write through one process reaches a subscriber on the other', async () => {
    const { claims } = await graphql<{ claims: { edges: { node: { id: string; revision: number } }[] } }>(
      a.url,
      '{ claims(filter: { statedCertainty: [ESTIMATE] }) { edges { node { id revision } } } }',
    );
    const claim = claims.edges[0]?.node as { id: string; revision: number };
    const client = createClient({ url: b.url, retryAttempts: 0 });
    let connected: () => void = () => {};
    const open = new Promise<void>((resolve) => {
      connected = resolve;
    });
    const received = new Promise<{ claimChanged: { claim: { text: string }; event: { author: string } } }>(
      (resolve, reject) => {
        const unsubscribe = client.subscribe<{ claimChanged: { claim: { text: string }; event: { author: string } } }>(
          {
            query:
              'subscription ($id: ID!) { claimChanged(filter: { claim: $id }) { claim { text } event { author } } }',
            variables: { id: claim.id },
          },
          {
            next: (result) => {
              unsubscribe();
              client.dispose();
              resolve(result.data as never);
            },
            error: reject,
            complete: () => undefined,
          },
          { connected: () => connected() },
        );
      },
    );
    await open;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await graphql(
      a.url,
      'mutation ($input: UpdateClaimInput!) { updateClaim(input: $input) { __typename } }',
      { input: { id: claim.id, revision: claim.revision, text: 'Some 5,000 Uyghurs went to Syria.' } },
      editor,
    );
    expect(await received).toEqual({
      claimChanged: { claim: { text: 'Some 5,000 Uyghurs went to Syria.' }, event: { author: 'desk@example.org' } },
    });
  });

  test('the change feed read from either process is the same', async () => {
    await graphql(
      b.url,
      'mutation ($input: CreateSourceInput!) { createSource(input: $input) { __typename } }',
      { input: { name: 'Via B', kind: 'WIRE' } },
      editor,
    );
    const [fromA, fromB] = await Promise.all([feed(a.url), feed(b.url)]);
    expect(fromA.length).toBeGreaterThan(100);
    expect(fromB).toEqual(fromA);
  });
});
