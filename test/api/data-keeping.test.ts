import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeDatabase, openDatabase } from '../../apps/server/src/db/database.js';
import { seedIfEmpty } from '../../apps/server/src/seed/load-story.js';
import { adminUrl, databaseUrl } from '../support/postgres-setup.js';
import { runCommand } from '../support/process-database.js';

// The commands start from the embedded database (a backup of its folder; its graph moved to a
// PostgreSQL server): the file runs in the PGlite project only (vitest.config.ts).

let dir: string;
const story = (dataDir: string) => ({ CLAIMGRAPH_DATA_DIR: dataDir, DATABASE_URL: '' });

/** What the graph holds, counted by kind, on a database the commands wrote. */
async function counts(options: { dataDir?: string; databaseUrl?: string }) {
  const { prisma } = await openDatabase(options);
  try {
    const [articles, claims, appearances, assessments, changes] = await Promise.all([
      prisma.article.count(),
      prisma.claim.count(),
      prisma.claimAppearance.count(),
      prisma.assessment.count(),
      prisma.changeEvent.count(),
    ]);
    return { articles, claims, appearances, assessments, changes };
  } finally {
    await closeDatabase();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimgraph-keep-'));
  const database = await openDatabase({ dataDir: path.join(dir, 'live') });
  await seedIfEmpty(database.prisma);
  await closeDatabase();
}, 120_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('keeping the embedded database', () => {
  test('backup create and restore give back the same database, and a restore never overwrites one', async () => {
    const file = path.join(dir, 'backup.tar.gz');
    expect(await runCommand('backup', ['create', file], story(path.join(dir, 'live')))).toMatch(/^Backed up .* to /);
    expect(await runCommand('backup', ['restore', file], story(path.join(dir, 'restored')))).toMatch(
      /\(24 claims\)\.$/,
    );
    expect(await counts({ dataDir: path.join(dir, 'restored') })).toEqual(
      await counts({ dataDir: path.join(dir, 'live') }),
    );
    await expect(runCommand('backup', ['restore', file], story(path.join(dir, 'live')))).rejects.toThrow(
      /is not empty: move it aside/,
    );
  }, 120_000);

  test('graph export from PGlite and graph import into a new PostgreSQL database move the whole graph', async () => {
    const file = path.join(dir, 'graph.ndjson');
    expect(await runCommand('graph', ['export', file], story(path.join(dir, 'live')))).toMatch(/^Wrote \d+ records/);
    const name = `claimgraph_move_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      expect(await runCommand('graph', ['import', file], { DATABASE_URL: databaseUrl(name) })).toMatch(/^Imported /);
      const moved = await counts({ databaseUrl: databaseUrl(name) });
      const { changes: _ownImport, ...graph } = moved;
      const { changes: _seedLog, ...original } = await counts({ dataDir: path.join(dir, 'live') });
      expect(graph).toEqual(original);
      expect(graph.claims).toBe(24);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
