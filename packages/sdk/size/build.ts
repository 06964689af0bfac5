/**
 * Builds each fixture in this folder as its own production Vite app (minified, tree-shaken), into
 * `size/dist/<fixture>/`, so size-limit (`.size-limit.json`) measures what a frontend pays for each import.
 * The SDK is resolved as a consumer resolves it, through its `exports`, from its source.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

const here = import.meta.dirname;
const fixtures = (await readdir(here)).filter((name) => name.endsWith('.ts') && name !== 'build.ts');
await rm(path.join(here, 'dist'), { recursive: true, force: true });
for (const fixture of fixtures) {
  const name = fixture.replace(/\.ts$/, '');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here,
    resolve: { conditions: ['@claimgraph/source'] },
    build: {
      outDir: path.join(here, 'dist', name),
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: path.join(here, fixture), output: { entryFileNames: 'index.js' } },
    },
  });
}
