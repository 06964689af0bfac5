import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { closeDatabase, openDatabase } from '../../apps/server/src/db/database.js';

/** The largest data set the embedded row is run on: PGlite is one process's database, not a million claims'. */
export const PGLITE_MAX_CLAIMS = 100_000;

/**
 * The benchmark's data set, copied from PostgreSQL into a PGlite folder for the embedded row:
 * the folder is created and migrated by the server's own `openDatabase`, then each table is copied
 * with COPY (PostgreSQL's text format, read by PGlite from a blob), and the id sequences are set
 * past the copied rows. Kept in the system's temporary folder and reused while the data set's row
 * counts are the same.
 */
export async function pgliteCopy(options: {
  databaseUrl: string;
  size: string;
  rows: Record<string, number>;
  log: (line: string) => void;
}) {
  const dir = path.join(tmpdir(), `claimgraph-bench-pglite-${options.size}`);
  const fingerprint = createHash('sha256').update(JSON.stringify(options.rows)).digest('hex');
  const marker = path.join(dir, 'dataset.sha256');
  if ((await readFile(marker, 'utf8').catch(() => '')) === fingerprint) return path.join(dir, 'data');

  const started = performance.now();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const data = path.join(dir, 'data');
  await openDatabase({ dataDir: data });
  await closeDatabase();

  const source = new pg.Client({ connectionString: options.databaseUrl });
  await source.connect();
  // The claims' trigram index needs pg_trgm loaded, as the server loads it.
  const pglite = new PGlite(data, { extensions: { pg_trgm } });
  try {
    const { rows: tables } = await source.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_claimgraph_migrations'`,
    );
    // Foreign keys are not checked while copying: the rows come from a database that checked them.
    await pglite.exec(`SET session_replication_role = replica`);
    for (const { name } of tables) {
      const chunks: Buffer[] = [];
      const stream = source.query(copyTo(`COPY "${name}" TO STDOUT`));
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      await pglite.query(`COPY "${name}" FROM '/dev/blob'`, [], { blob: new Blob([Buffer.concat(chunks)]) });
      const hasId = await source.query(
        `SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'id' AND column_default LIKE 'nextval%'`,
        [name],
      );
      if (hasId.rowCount) {
        await pglite.query(
          `SELECT setval(pg_get_serial_sequence('"${name}"', 'id'), coalesce((SELECT max(id) FROM "${name}"), 0) + 1, false)`,
        );
      }
    }
    await pglite.exec(`SET session_replication_role = DEFAULT`);
    await pglite.exec(`VACUUM ANALYZE`);
  } finally {
    await source.end();
    await pglite.close();
  }
  await writeFile(marker, fingerprint);
  options.log(`PGlite copy of the data set in ${data} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return data;
}
