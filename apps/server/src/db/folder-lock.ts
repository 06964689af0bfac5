import { unlinkSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * One process per embedded database folder. PGlite is PostgreSQL in this process's memory: two
 * processes on one folder each keep their own copy and overwrite each other's files, so a write
 * one of them acknowledged can vanish. The first process to open a folder writes its pid into
 * `<folder>.lock` (beside the folder, not in PGlite's files); another is refused with who holds it.
 * A lock whose process is gone (killed, crashed) is stale and taken over.
 *
 * A lock file rather than an OS lock: Node has no portable flock, and a pid in a file lets the
 * refusal say which process to stop.
 */
export class FolderInUseError extends Error {
  override name = 'FolderInUseError';
  constructor(
    message: string,
    /** The process that holds the folder, when known. */
    readonly holder?: { pid: number; command: string },
  ) {
    super(message);
  }
}

interface Holder {
  pid: number;
  command: string;
  since: string;
}

export async function lockFolder(folder: string): Promise<() => void> {
  const file = `${path.resolve(folder)}.lock`;
  const me: Holder = { pid: process.pid, command: process.argv.slice(1).join(' '), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      const release = () => {
        process.off('exit', release);
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      // Released on close; on an exit without close too, so a clean exit never leaves it behind.
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(file);
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new FolderInUseError(
          `The embedded database in ${path.resolve(folder)} is in use by process ${holder.pid} ` +
            `(${holder.command || 'unknown command'}, since ${holder.since}). PGlite allows one process per folder: ` +
            `stop process ${holder.pid} first (kill ${holder.pid}). To manage API keys while the server runs, use the ` +
            'createApiKey and revokeApiKey mutations with an admin key; to run several processes, use PostgreSQL ' +
            `(DATABASE_URL). If process ${holder.pid} is not claimgraph, delete ${file}.`,
          { pid: holder.pid, command: holder.command },
        );
      }
      // Stale: its process is gone. Remove it and try again (another starter may win the race).
      await unlink(file).catch(() => {});
    }
  }
  throw new FolderInUseError(`Could not take the lock ${file}: other processes keep taking it.`);
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Holder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
