/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as
 * committed (git HEAD) to prisma/schema.prisma as it is now. `prisma migrate dev` cannot run with a
 * driver adapter, so the diff is taken between the two datamodels.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../config.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: pnpm --filter @claimgraph/server migration:new <snake_case_name>');
  process.exit(1);
}
const previous = execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: repoRoot, encoding: 'utf8' });
const before = path.join(await mkdtemp(path.join(tmpdir(), 'claimgraph-')), 'schema.prisma');
await writeFile(before, previous);
const sql = execFileSync(
  'pnpm',
  [
    'exec',
    'prisma',
    'migrate',
    'diff',
    '--from-schema-datamodel',
    before,
    '--to-schema-datamodel',
    path.join(repoRoot, 'prisma', 'schema.prisma'),
    '--script',
  ],
  { cwd: path.join(repoRoot, 'apps', 'server'), encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } },
);
// Migrations apply in name order: the new one must sort after every existing one, whatever the clock says.
const existing = (await readdir(path.join(repoRoot, 'prisma', 'migrations'))).map((dir) => dir.slice(0, 14)).sort();
const now = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const last = existing.at(-1) ?? '';
const stamp = now > last ? now : String(BigInt(last) + 1n);
const dir = path.join(repoRoot, 'prisma', 'migrations', `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${path.relative(repoRoot, dir)}/migration.sql; read it before you commit it.`);
