import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { inject } from 'vitest';
import { adminUrl, databaseUrl } from './postgres-setup.js';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'apps/server/node_modules/.bin/tsx');

export interface ProcessDatabase {
  /** The environment that points a server process (or the keys command) at this database. */
  env: Record<string, string>;
  remove(): Promise<void>;
}

/**
 * An empty database for server processes, of the kind this test project runs on: a PGlite folder,
 * or a new database on the PostgreSQL server.
 */
export async function emptyProcessDatabase(): Promise<ProcessDatabase> {
  if (process.env.CLAIMGRAPH_TEST_DB === 'postgres') {
    const name = `${inject('postgresTemplate').replace(/_template$/, '')}_p${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return { env: { DATABASE_URL: databaseUrl(name) }, remove: async () => {} };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'claimgraph-data-'));
  return {
    env: { CLAIMGRAPH_DATA_DIR: path.join(dir, 'pglite'), DATABASE_URL: '' },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Creates an API key with the project's `keys` command, as an operator would. */
export async function createKeyWithCommand(
  env: Record<string, string>,
  owner: string,
  role: 'reader' | 'editor' | 'admin',
) {
  const { stdout } = await promisify(execFile)(
    tsx,
    ['src/scripts/keys.ts', 'create', '--owner', owner, '--role', role, '--json'],
    {
      cwd: path.join(root, 'apps/server'),
      env: { ...process.env, ...env },
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    id: number;
    owner: string;
    role: string;
    secret: string;
  };
}

/** Runs one of the server's commands (apps/server/src/scripts) as an operator would, with its output. */
export async function runCommand(script: string, args: string[], env: Record<string, string>) {
  const { stdout } = await promisify(execFile)(tsx, [`src/scripts/${script}.ts`, ...args], {
    cwd: path.join(root, 'apps/server'),
    env: { ...process.env, ...env },
  });
  return stdout.trim();
}
