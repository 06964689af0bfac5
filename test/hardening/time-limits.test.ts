import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Timeouts } from '../../apps/server/src/config/profile.js';
import { closeDatabase, type Database, openDatabase } from '../../apps/server/src/db/database.js';
import { createApp } from '../../apps/server/src/yoga.js';
import { adminUrl, databaseUrl } from '../support/postgres-setup.js';
import { productionHardening } from '../support/profile.js';

// Time limits on a PostgreSQL server, made to bite by a lock this test holds on the claims table:
// the request budget, `statement_timeout`, and a pool that waits a bounded time for a connection.

let url: string;
let lock: pg.Client;
let database: Database | undefined;

beforeAll(async () => {
  const name = `${inject('postgresTemplate').replace(/_template$/, '')}_time_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
  await admin.end();
  url = databaseUrl(name);
  lock = new pg.Client({ connectionString: url });
  await lock.connect();
});

afterAll(async () => {
  await closeDatabase();
  await lock.end();
});

async function appWith(timeouts: Partial<Timeouts>, poolSize: number) {
  await closeDatabase();
  const options = productionHardening();
  options.timeouts = { ...options.timeouts, ...timeouts };
  database = await openDatabase({
    databaseUrl: url,
    poolSize,
    statementTimeoutMs: options.timeouts.statementMs,
    poolWaitMs: options.timeouts.poolWaitMs,
  });
  // Without the response cache: every request here must reach the database.
  return createApp({ hardening: options, responseCache: false });
}

// Rows, not counts: list counts are cached until the next write.
async function ask(app: ReturnType<typeof createApp>, query = '{ claims(first: 3) { edges { node { text } } } }') {
  const at = performance.now();
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    ms: performance.now() - at,
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
  };
}

async function whileClaimsLocked<T>(fn: () => Promise<T>): Promise<T> {
  await lock.query('BEGIN');
  await lock.query('LOCK TABLE "Claim" IN ACCESS EXCLUSIVE MODE');
  try {
    return await fn();
  } finally {
    await lock.query('ROLLBACK');
  }
}

describe('time limits', () => {
  test('a statement past statement_timeout ends, and the client gets DATABASE_UNAVAILABLE (503)', async () => {
    const app = await appWith({ statementMs: 300, requestMs: 10_000 }, 2);
    const answer = await whileClaimsLocked(() => ask(app));
    expect(answer).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: '2' });
    expect(answer.ms).toBeGreaterThanOrEqual(250);
    expect(answer.ms).toBeLessThan(2_000);
    expect((await ask(app)).status).toBe(200);
    expect(database?.kind).toBe('postgres');
  });

  test('a request past its time budget gets REQUEST_TIMEOUT (503) when the budget ends', async () => {
    const app = await appWith({ statementMs: 5_000, requestMs: 300 }, 2);
    const answer = await whileClaimsLocked(() => ask(app));
    expect(answer).toMatchObject({ status: 503, code: 'REQUEST_TIMEOUT', retryAfter: '1' });
    expect(answer.ms).toBeGreaterThanOrEqual(250);
    expect(answer.ms).toBeLessThan(2_000);
  });

  test('with every pool connection busy, a request waits the pool wait, then gets a fast 503', async () => {
    const app = await appWith({ statementMs: 3_000, requestMs: 10_000, poolWaitMs: 300 }, 1);
    const [stuck, waiting] = await whileClaimsLocked(async () => {
      // The first holds the only connection, stuck behind the lock; the second finds none free.
      const first = ask(app);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return Promise.all([first, ask(app, '{ actors(first: 3) { edges { node { name } } } }')]);
    });
    expect(waiting).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(waiting.ms).toBeGreaterThanOrEqual(250);
    expect(waiting.ms).toBeLessThan(1_500);
    expect(stuck.status).toBe(503);
    expect((await ask(app)).status).toBe(200);
  });
});
