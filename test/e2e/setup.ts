import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { startServer } from '../support/server-process.js';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real server process the browser tests open, serving the explorer at `/` and GraphiQL at `/graphql`. */
    e2eUrl: string;
  }
}

/** Builds the explorer as `npm start` does, then starts the server process on a fresh embedded database. */
export default async function setup(project: TestProject) {
  const explorer = path.join(root, 'apps/explorer');
  await promisify(execFile)(path.join(explorer, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: explorer,
  });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'claimgraph-e2e-'));
  const server = await startServer({ CLAIMGRAPH_DATA_DIR: path.join(dataDir, 'pglite'), DATABASE_URL: '' });
  project.provide('e2eUrl', server.url.replace(/\/graphql$/, ''));
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
