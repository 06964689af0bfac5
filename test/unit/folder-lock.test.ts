import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FolderInUseError, lockFolder } from '../../apps/server/src/db/folder-lock.js';

// One process per embedded database folder: a real second process holds the lock, this one is
// refused with its pid; once that process is killed (kill -9, no clean-up), its lock is stale.

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'apps/server/node_modules/.bin/tsx');
const module = path.join(root, 'apps/server/src/db/folder-lock.ts');
let dir = '';
let holder: ChildProcess | undefined;
/** The node process tsx starts for the script: the one that holds the lock. */
let heldBy: number | undefined;

afterAll(async () => {
  holder?.kill('SIGKILL');
  if (heldBy && isRunning(heldBy)) process.kill(heldBy, 'SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts a process that takes the folder's lock and keeps it; resolves once it holds it. */
async function holdInAnotherProcess(folder: string) {
  // A script file: tsx's -e mode has no top-level await.
  const script = path.join(dir, 'hold.mts');
  await writeFile(
    script,
    `import { lockFolder } from ${JSON.stringify(module)};\nawait lockFolder(${JSON.stringify(folder)});\nconsole.log('held');\nsetInterval(() => {}, 1000);\n`,
  );
  const child = spawn(tsx, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return child;
}

describe('the embedded database folder lock', () => {
  test('a second process is refused with the holder’s pid and what to do; a killed holder’s lock is stale', {
    timeout: 60_000,
  }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'claimgraph-lock-'));
    const folder = path.join(dir, 'pglite');
    holder = await holdInAnotherProcess(folder);
    // tsx runs the script in a node process of its own: the lock names that one.
    const pid = JSON.parse(await readFile(`${folder}.lock`, 'utf8')).pid as number;
    expect(pid).not.toBe(process.pid);
    heldBy = pid;

    const refusal = await lockFolder(folder).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(FolderInUseError);
    expect((refusal as Error).message).toContain(`in use by process ${pid}`);
    expect((refusal as Error).message).toContain('createApiKey');

    process.kill(pid, 'SIGKILL');
    while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
    // The killed process could not remove its lock: it is still there, and stale.
    expect(existsSync(`${folder}.lock`)).toBe(true);
    const release = await lockFolder(folder);
    expect(JSON.parse(await readFile(`${folder}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });
});

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
