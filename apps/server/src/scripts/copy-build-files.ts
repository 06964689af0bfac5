import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config/paths.js';

/**
 * After `tsc -p tsconfig.build.json`: copies the files the compiled server reads at run time into
 * dist/, at the same places relative to the compiled code as in the repository, so the build (and a
 * `pnpm deploy` folder made from it) needs nothing else from the checkout.
 */
const dist = path.join(repoRoot, 'apps/server/dist');
const files = [
  ['prisma/migrations', true],
  ['prisma/seed/seed-article.txt', true],
  ['packages/sdk/persisted-operations.json', true],
  ['schema.graphql', true],
  // Built by `pnpm --filter @claimgraph/explorer build`, which the root `build` runs first; without it
  // the server answers `/` with a page that says how to build it.
  ['apps/explorer/dist', false],
] as const;

for (const [file, required] of files) {
  const from = path.join(repoRoot, file);
  const to = path.join(dist, file);
  await mkdir(path.dirname(to), { recursive: true });
  await cp(from, to, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (required || error.code !== 'ENOENT') throw error;
    console.warn(`${file} is not built; the compiled server will say so at /.`);
  });
}
