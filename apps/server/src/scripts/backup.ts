/**
 * Backs up the embedded database to one file, or restores it from one:
 *
 *   pnpm --filter @claimgraph/server backup create <file.tar.gz>
 *   pnpm --filter @claimgraph/server backup restore <file.tar.gz>
 *
 * The file is PGlite's own dump of its data folder (`dumpDataDir`, a gzipped tarball), which PGlite
 * reopens as it was (`loadDataDir`): every table, index and migration record. Stop the server first:
 * PGlite is one process at a time. A restore goes into an empty folder only, so it never overwrites
 * data; move the old folder aside first. On PostgreSQL use its own tools (pg_dump, pg_restore).
 */

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { readConfig } from '../config/paths.js';

const [command, file] = process.argv.slice(2);
if ((command !== 'create' && command !== 'restore') || !file) {
  console.error('Usage: backup create <file.tar.gz> | backup restore <file.tar.gz>');
  process.exit(2);
}
const config = readConfig();
if (config.databaseUrl) {
  console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump. This command backs up the embedded database.');
  process.exit(2);
}
const dataDir = path.resolve(config.dataDir);

if (command === 'create') {
  if (!existsSync(dataDir)) {
    console.error(`There is no embedded database in ${dataDir} (CLAIMGRAPH_DATA_DIR).`);
    process.exit(1);
  }
  const pglite = await PGlite.create(dataDir);
  try {
    const dump = await pglite.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    console.log(`Backed up ${dataDir} to ${file} (${dump.size} bytes).`);
  } finally {
    await pglite.close();
  }
} else {
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    console.error(`${dataDir} is not empty: move it aside (or set CLAIMGRAPH_DATA_DIR to a new folder), then restore.`);
    process.exit(1);
  }
  await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(file)]) });
  try {
    const [row] = (await pglite.query<{ claims: number }>('SELECT count(*)::int AS claims FROM "Claim"')).rows;
    console.log(`Restored ${file} into ${dataDir} (${row?.claims ?? 0} claims).`);
  } finally {
    await pglite.close();
  }
}
