import { isDatabaseUnavailable } from '../plugins/database-errors.js';
import { type Database, type DatabaseOptions, openDatabase } from './database.js';
import { FolderInUseError } from './folder-lock.js';

/**
 * Opens the database for a process that starts (the server, the keys command). A PostgreSQL server
 * that does not answer yet (starting with its host, restarting) is waited for: the attempt is
 * repeated with a clear line each time, for up to `retrySeconds`, then the process exits 1 with what
 * to check. A PGlite folder held by another process ends it at once, with who holds it. Neither
 * prints a stack trace: both are the operator's to fix, not bugs.
 */
export async function openDatabaseForStart(
  options: DatabaseOptions,
  say: (message: string) => void,
  retrySeconds = 60,
  /** What to say when another process holds the PGlite folder: the error's own message by default. */
  folderInUse: (error: FolderInUseError) => string = (error) => error.message,
): Promise<Database> {
  const deadline = Date.now() + retrySeconds * 1_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await openDatabase(options);
    } catch (error) {
      if (error instanceof FolderInUseError) return exit(folderInUse(error));
      if (!options.databaseUrl || !isDatabaseUnavailable(error)) throw error;
      const where = describeUrl(options.databaseUrl);
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      if (Date.now() >= deadline) {
        return exit(
          `PostgreSQL at ${where} did not answer within ${retrySeconds} s (${reason}). Check that it runs and that ` +
            'DATABASE_URL points at it; CLAIMGRAPH_START_RETRY_SECONDS sets how long to wait.',
        );
      }
      const wait = Math.min(1_000 * 2 ** (attempt - 1), 10_000, Math.max(deadline - Date.now(), 0));
      say(`PostgreSQL at ${where} is not reachable (${reason}); trying again in ${Math.ceil(wait / 1_000)} s.`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Host, port and database of a URL, without its credentials. */
function describeUrl(url: string) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

function exit(message: string): never {
  console.error(message);
  process.exit(1);
}
