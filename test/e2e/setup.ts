import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { createKeyWithCommand } from '../support/process-database.js';
import { startServer } from '../support/server-process.js';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real server process the browser tests open, serving the explorer at `/` and GraphiQL at `/graphql`. */
    e2eUrl: string;
    /** An editor's API key for the server above, made with the project's `keys` command as an operator would. */
    e2eEditorKey: string;
    /** A second editor's key: the other analyst whose writes the page must show live. */
    e2eSecondKey: string;
  }
}

/** Builds the explorer as `npm start` does, then starts the server process on a fresh embedded database. */
export default async function setup(project: TestProject) {
  const explorer = path.join(root, 'apps/explorer');
  await promisify(execFile)(path.join(explorer, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: explorer,
  });
  // Each run writes its own axe-core report (test/e2e/axe.ts appends to it view by view).
  await rm(path.join(root, 'test-results/axe.ndjson'), { force: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'claimgraph-e2e-'));
  const env = { CLAIMGRAPH_DATA_DIR: path.join(dataDir, 'pglite'), DATABASE_URL: '' };
  // PGlite is one process at a time: the key is made before the server opens the folder.
  const key = await createKeyWithCommand(env, 'analyst@example.org', 'editor');
  const second = await createKeyWithCommand(env, 'second.analyst@example.org', 'editor');
  const server = await startServer(env);
  project.provide('e2eUrl', server.url.replace(/\/graphql$/, ''));
  project.provide('e2eEditorKey', key.secret);
  project.provide('e2eSecondKey', second.secret);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
