import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { closeDatabase, openDatabase } from '../../apps/server/src/db/database.js';
import { createApiKey } from '../../apps/server/src/domain/api-keys.js';
import { runWrite } from '../../apps/server/src/domain/write.js';
import { adminUrl, databaseUrl } from '../support/postgres-setup.js';
import { type ServerProcess, startServer } from '../support/server-process.js';

// SIGTERM while writes are in flight: they finish and are kept, new requests are refused, the
// process exits 0. The writes are held in flight by a table lock this test takes, so "in flight"
// is a fact, not a race.

const CREATE_SOURCE = `mutation ($name: String!) { createSource(input: { name: $name, kind: NEWS_OUTLET }) {
  __typename ... on CreateSourceSuccess { source { id name } } } }`;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

async function freshDatabase(): Promise<string> {
  const name = `${inject('postgresTemplate').replace(/_template$/, '')}_shutdown_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
  await admin.end();
  return databaseUrl(name);
}

async function editorKey(url: string): Promise<string> {
  await openDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    const key = await runWrite({ author: { owner: 'shutdown test', apiKeyId: null } }, (w) =>
      createApiKey(w, { name: 'shutdown test', owner: 'shutdown@test', role: 'EDITOR', createdBy: 'shutdown test' }),
    );
    return key.secret;
  } finally {
    await closeDatabase();
  }
}

function write(server: ServerProcess, key: string, name: string, requestId?: string) {
  return fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${key}`,
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify({ query: CREATE_SOURCE, variables: { name } }),
  }).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as { data?: { createSource: { __typename: string } } },
  }));
}

describe('SIGTERM during load', () => {
  test('finishes the writes in flight, keeps every acknowledged write, refuses new requests, exits 0', async () => {
    const url = await freshDatabase();
    const key = await editorKey(url);
    const server = await startServer({ DATABASE_URL: url, CLAIMGRAPH_PROFILE: 'production' });
    cleanups.push(async () => server.child.exitCode === null && server.stop());

    // Writes before the signal.
    const before = await Promise.all(
      Array.from({ length: 10 }, (_, i) => write(server, key, `before ${i}`, i === 0 ? 'shutdown-probe' : undefined)),
    );
    for (const answer of before) expect(answer.body.data?.createSource.__typename).toBe('CreateSourceSuccess');

    // Hold the next writes in flight behind a lock on the table they insert into.
    const lock = new pg.Client({ connectionString: url });
    await lock.connect();
    cleanups.push(() => lock.end());
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE "Source" IN EXCLUSIVE MODE');
    const inFlight = Array.from({ length: 5 }, (_, i) => write(server, key, `in flight ${i}`));
    const settled = { count: 0 };
    for (const request of inFlight) void request.finally(() => (settled.count += 1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(settled.count).toBe(0);

    const exited = server.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // New requests are refused: the listener is closed.
    await expect(fetch(`${new URL(server.url).origin}/health`)).rejects.toThrow();
    await expect(write(server, key, 'after the signal')).rejects.toThrow();
    expect(server.child.exitCode).toBeNull();

    // Let the writes in flight through: each is answered and acknowledged.
    await lock.query('COMMIT');
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.data?.createSource.__typename).toBe('CreateSourceSuccess');
    }
    expect(await exited).toBe(0);

    // Every acknowledged write is in the database; the refused one is not.
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const { rows } = await check.query<{ name: string }>(
      `SELECT name FROM "Source" WHERE name LIKE 'before %' OR name LIKE 'in flight %' OR name = 'after the signal'`,
    );
    await check.end();
    const names = rows.map((row) => row.name).sort();
    expect(names).toEqual(
      [
        ...Array.from({ length: 10 }, (_, i) => `before ${i}`),
        ...Array.from({ length: 5 }, (_, i) => `in flight ${i}`),
      ].sort(),
    );

    // The production profile logs one JSON object per line, each request with its ID.
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.trim());
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    const probe = lines.map((line) => JSON.parse(line)).find((entry) => entry.requestId === 'shutdown-probe');
    expect(probe).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200 });
  });
});
