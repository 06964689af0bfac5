import { mkdir } from 'node:fs/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../__generated__/prisma/client.js';
import { metrics, type PoolStats } from '../observability/metrics.js';
import { directReads, type Send, type Statement } from './direct-reads.js';
import { lockFolder } from './folder-lock.js';
import { keysetArgs } from './keyset.js';
import { applyMigrations, type MigrationTarget } from './migrate.js';

export type { PrismaClient };

export interface DatabaseOptions {
  /** A PostgreSQL URL; when unset, the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder, or `memory://` for a throwaway database. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /** PostgreSQL `statement_timeout` for every pool connection, in ms (0: none). */
  statementTimeoutMs?: number;
  /** How long a query waits for a pool connection (or to connect) before it fails, in ms. */
  poolWaitMs?: number;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  /** Runs a read the server compiled itself on the database's own driver (direct-reads.ts). */
  read<Row>(sql: Statement): Promise<Row[]>;
  /** SQL statements sent since start (Prisma's and `read`'s); tests read it to catch N+1 queries. */
  statementCount(): number;
  /** The PostgreSQL pool's connections and waiting queries; undefined on PGlite (no pool). */
  poolStats(): PoolStats | undefined;
  close(): Promise<void>;
}

let current: Database | undefined;

/**
 * The Prisma client of the open database. Resolvers import it from here rather than from the
 * GraphQL context (Pothos' advice: a client type in the context slows type checking).
 */
export function db(): PrismaClient {
  return currentDatabase().prisma;
}

/** Runs a statement the server compiled itself on the open database (direct-reads.ts). */
export function readSql<Row>(sql: Statement): Promise<Row[]> {
  return currentDatabase().read<Row>(sql);
}

export function currentDatabase(): Database {
  if (!current) throw new Error('The database is not open: call openDatabase() first.');
  return current;
}

/** Opens (and migrates) the database, and makes it the one `db()` returns. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize ?? 10, options)
    : await openPGlite(options.dataDir ?? 'memory://');
  current = database;
  return database;
}

export async function closeDatabase() {
  const database = current;
  current = undefined;
  await database?.close();
}

/**
 * A client that emits an event per SQL statement, and a counter of them. Its reads page by keyset
 * (keyset.ts): a cursor becomes a condition on the ordering columns, so a later page is one
 * statement with its relations joined, like the first.
 */
function newClient(adapter: PrismaPg | PrismaPGlite, send: Send) {
  const base = new PrismaClient({ adapter, log: [{ level: 'query', emit: 'event' }] });
  let statements = 0;
  const read = directReads(send, () => {
    statements += 1;
  });
  base.$on('query', (event) => {
    statements += 1;
    metrics()?.statements.observe(event.duration / 1000);
  });
  const prisma = base.$extends({
    query: {
      $allModels: {
        $allOperations: ({ model, operation, args, query }) => query(keysetArgs(model, operation, args) as never),
      },
    },
  });
  // The extension changes no model method's types: callers keep the plain client type.
  return { prisma: prisma as unknown as PrismaClient, read, statementCount: () => statements };
}

/** PGlite's buffer cache (PostgreSQL's `shared_buffers`). */
export const PGLITE_SHARED_BUFFERS = '32MB';

async function openPGlite(dataDir: string): Promise<Database> {
  // Imported here, not at the top: PGlite's WebAssembly build and its adapter add ~40 MB to every
  // process that loads them, and a server on PostgreSQL never needs them.
  const [{ PGlite }, { PrismaPGlite }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('pglite-prisma-adapter'),
    // Trigram similarity for repeat claims; PostgreSQL servers have it in their contrib.
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  let release = () => {};
  if (!dataDir.includes('://')) {
    await mkdir(dataDir, { recursive: true });
    release = await lockFolder(dataDir);
  }
  const pglite = new PGlite(dataDir, {
    extensions: { pg_trgm },
    // PostgreSQL's 128 MB default buffer cache lives in the process's WebAssembly memory, where it is
    // never given back; a story's working set fits in 32 MB, and the folder's files stay in the OS cache.
    // Measured at ready: 288 MB RSS for PGlite with the default, 182 MB with this.
    postgresqlconf: [`shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  try {
    await pglite.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  const target: MigrationTarget = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async (sql, params) => (await pglite.query<never>(sql, params)).rows,
    transaction: (fn) =>
      pglite.transaction(async (tx) => {
        await fn({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async (sql, params) => (await tx.query<never>(sql, params)).rows,
        });
      }),
  };
  await applyMigrations(target);
  // PGlite is one in-process connection: its statements are not kept prepared.
  const { prisma, read, statementCount } = newClient(new PrismaPGlite(pglite), (text, values) =>
    pglite.query(text, values),
  );
  return {
    kind: 'pglite',
    prisma,
    read,
    statementCount,
    poolStats: () => undefined,
    async close() {
      await prisma.$disconnect();
      // PGlite must be closed explicitly: a folder left open can fail to reopen.
      if (!pglite.closed) await pglite.close();
      release();
    },
  };
}

async function openPostgres(url: string, poolSize: number, options: DatabaseOptions): Promise<Database> {
  const max = poolSize;
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // A request waits this long for a connection, then fails fast (503) instead of hanging.
    connectionTimeoutMillis: options.poolWaitMs ?? 5_000,
    // 0 keeps the server's default; the server's own timeout ends a runaway statement.
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // An idle connection that the server drops (a restart) is reported here; unheard, it would end
  // the process. The pool replaces it on the next query.
  pool.on('error', () => {});
  timePoolWaits(pool);
  const target: MigrationTarget = {
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Migrations, and the advisory lock that makes replicas take turns, may take longer than a
        // request's statement_timeout allows.
        await client.query('SET LOCAL statement_timeout = 0');
        await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async (sql, params) => (await client.query(sql, params)).rows,
        });
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
  await applyMigrations(target);
  const { prisma, read, statementCount } = newClient(new PrismaPg(pool), (text, values, name) =>
    pool.query({ text, values, ...(name ? { name } : {}) }),
  );
  return {
    kind: 'postgres',
    prisma,
    read,
    statementCount,
    poolStats: () => ({ max, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * Times each wait for a pool connection (or for a new connection to open) into the metrics: the pool
 * reports how many wait now, not how long. Prisma's adapter asks through `pool.connect()`.
 */
function timePoolWaits(pool: pg.Pool) {
  type Callback = (error: Error | undefined, client: pg.PoolClient, release: () => void) => void;
  const connect = pool.connect.bind(pool) as (callback?: Callback) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((callback?: Callback) => {
    const histogram = metrics()?.poolWait;
    if (!histogram) return connect(callback);
    const end = histogram.startTimer();
    // `pool.query` asks with a callback, Prisma's adapter without one.
    if (callback) {
      return connect((error, client, release) => {
        end();
        callback(error, client, release);
      });
    }
    return (connect() as Promise<pg.PoolClient>).finally(() => end());
  }) as typeof pool.connect;
}
