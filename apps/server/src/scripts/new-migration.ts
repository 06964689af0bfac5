/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as
 * committed (git HEAD) to prisma/schema.prisma as it is now. `prisma migrate dev` cannot run with a
 * driver adapter, so the diff is taken between the two datamodels, by Prisma 6's CLI (prisma-6.config.ts):
 * Prisma 7's has only a native schema engine, which it would download.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../config/paths.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: pnpm --filter @claimgraph/server migration:new <snake_case_name>');
  process.exit(1);
}

/**
 * Prisma 6 requires a `url` in the datasource block, which Prisma 7 refuses (it takes the URL from
 * its config): the copies given to Prisma 6 get one. Its value is never used.
 */
function forPrisma6(schema: string): string {
  return schema.replace(/(datasource\s+\w+\s*\{)([^}]*)\}/, (block, open: string, body: string) =>
    /^\s*url\s*=/m.test(body) ? block : `${open}${body}  url = env("DATABASE_URL")\n}`,
  );
}

const serverDir = path.join(repoRoot, 'apps', 'server');
const temp = await mkdtemp(path.join(tmpdir(), 'claimgraph-'));
const before = path.join(temp, 'before.prisma');
const after = path.join(temp, 'after.prisma');
const previous = execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: repoRoot, encoding: 'utf8' });
await writeFile(before, forPrisma6(previous));
await writeFile(after, forPrisma6(await readFile(path.join(repoRoot, 'prisma', 'schema.prisma'), 'utf8')));
// The devDependency `prisma-6` is Prisma 6's CLI under another name; its `prisma` command is Prisma 7's.
const prisma6 = path.join(
  path.dirname(createRequire(path.join(serverDir, 'package.json')).resolve('prisma-6/package.json')),
  'build',
  'index.js',
);
let sql: string;
try {
  sql = execFileSync(
    process.execPath,
    [
      prisma6,
      'migrate',
      'diff',
      '--config',
      'prisma-6.config.ts',
      '--from-schema-datamodel',
      before,
      '--to-schema-datamodel',
      after,
      '--script',
    ],
    {
      cwd: serverDir,
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_6_SCHEMA: after },
    },
  );
} finally {
  await rm(temp, { recursive: true, force: true });
}
// Migrations apply in name order: the new one must sort after every existing one, whatever the clock says.
const existing = (await readdir(path.join(repoRoot, 'prisma', 'migrations'))).map((dir) => dir.slice(0, 14)).sort();
const now = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const last = existing.at(-1) ?? '';
const stamp = now > last ? now : String(BigInt(last) + 1n);
const dir = path.join(repoRoot, 'prisma', 'migrations', `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${path.relative(repoRoot, dir)}/migration.sql; read it before you commit it.`);
