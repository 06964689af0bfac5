import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { adminUrl, databaseUrl } from '../support/postgres-setup.js';
import { startServer } from '../support/server-process.js';

const onPostgres = process.env.CLAIMGRAPH_TEST_DB === 'postgres';
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** An empty database of the kind this project tests: a PGlite folder, or a new PostgreSQL database. */
async function emptyDatabase(): Promise<Record<string, string>> {
  if (onPostgres) {
    const name = `${inject('postgresTemplate').replace(/_template$/, '')}_process`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return { DATABASE_URL: databaseUrl(name) };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'claimgraph-data-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return { CLAIMGRAPH_DATA_DIR: path.join(dir, 'pglite'), DATABASE_URL: '' };
}

async function countClaims(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ claims { totalCount } }' }),
  });
  return ((await response.json()) as { data: { claims: { totalCount: number } } }).data.claims.totalCount;
}

describe('the server process', () => {
  test('creates, migrates and seeds an empty database on first start, and keeps it on the next', async () => {
    const env = await emptyDatabase();
    const first = await startServer(env);
    expect(first.output()).toContain('Loaded the seed story.');
    expect(await countClaims(first.url)).toBe(24);
    expect(await first.stop()).toBe(0);

    const second = await startServer(env);
    expect(second.output()).not.toContain('Loaded the seed story.');
    expect(await countClaims(second.url)).toBe(24);
    expect(await second.stop()).toBe(0);
  });
});
