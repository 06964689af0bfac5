import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config/paths.js';

/** The SQL a migration run needs: a multi-statement script, and one parameterised query. */
export interface MigrationTarget {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction; `exec`/`query` inside it use that transaction. */
  transaction(fn: (tx: Omit<MigrationTarget, 'transaction'>) => Promise<void>): Promise<void>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const migrationsDir = path.join(repoRoot, 'prisma', 'migrations');

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies the committed `prisma/migrations/*\/migration.sql` files in order, each in its own
 * transaction. Prisma's `migrate deploy` cannot run here: with a driver adapter its WebAssembly
 * schema engine fails on a PostgreSQL server, and on PGlite it costs ~11 s per start. The files are
 * the ones Prisma wrote, so a host that can run `prisma migrate deploy` reaches the same schema.
 */
export async function applyMigrations(target: MigrationTarget, migrations?: Migration[]) {
  const all = migrations ?? (await readMigrations());
  const applied: string[] = [];
  await target.transaction(async (tx) => {
    // Under the same lock as the migrations: two replicas creating the table at once would collide.
    await tx.query('SELECT pg_advisory_xact_lock(7041901)');
    await tx.exec(`CREATE TABLE IF NOT EXISTS "_claimgraph_migrations" (
      "name" text PRIMARY KEY,
      "checksum" text NOT NULL,
      "appliedAt" timestamptz NOT NULL DEFAULT now()
    )`);
  });
  for (const migration of all) {
    await target.transaction(async (tx) => {
      // Replicas starting together on one PostgreSQL server take turns; PGlite has one connection.
      await tx.query('SELECT pg_advisory_xact_lock(7041901)');
      const [done] = await tx.query<{ checksum: string }>(
        'SELECT "checksum" FROM "_claimgraph_migrations" WHERE "name" = $1',
        [migration.name],
      );
      if (done) {
        if (done.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied; add a new migration instead.`);
        }
        return;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO "_claimgraph_migrations" ("name", "checksum") VALUES ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
      applied.push(migration.name);
    });
  }
  return applied;
}
