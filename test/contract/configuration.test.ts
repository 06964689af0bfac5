import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.parentPath.includes('__generated__'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('the README’s Configuration table documents every CLAIMGRAPH_* variable the server reads, and no other', async () => {
  const inCode = new Set<string>();
  for (const file of await sources(path.join(root, 'apps/server/src'))) {
    for (const match of (await readFile(file, 'utf8')).matchAll(/\bCLAIMGRAPH_[A-Z0-9_]+/g)) inCode.add(match[0]);
  }
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Configuration\n'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration\n') + 1),
  );
  const inTable = new Set([...section.matchAll(/^\| `(CLAIMGRAPH_[A-Z0-9_]+)`/gm)].map((match) => match[1] as string));
  expect(inCode.size).toBeGreaterThan(20);
  expect([...inTable].sort()).toEqual([...inCode].sort());
});
