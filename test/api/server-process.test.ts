import { afterAll, describe, expect, test } from 'vitest';
import { emptyProcessDatabase, type ProcessDatabase } from '../support/process-database.js';
import { startServer } from '../support/server-process.js';

const databases: ProcessDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.remove();
});

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
    const database = await emptyProcessDatabase();
    databases.push(database);
    const first = await startServer(database.env);
    expect(first.output()).toContain('Loaded the seed story.');
    expect(await countClaims(first.url)).toBe(24);
    expect(await first.stop()).toBe(0);

    const second = await startServer(database.env);
    expect(second.output()).not.toContain('Loaded the seed story.');
    expect(await countClaims(second.url)).toBe(24);
    expect(await second.stop()).toBe(0);
  });
});
