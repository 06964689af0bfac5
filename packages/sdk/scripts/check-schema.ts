/**
 * `pnpm schema:check`: the schema contract against the last release, from the repository's files: the
 * release baseline (`packages/sdk/release/`), the current `schema.graphql`, the SDK's version, its pending
 * changesets (`.changeset/*.md`) and its CHANGELOG.md. Exits 1 with the report when the contract is broken.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import readChangesets from '@changesets/read';
import { bumpBetween, type ContractInput, checkContract, type DeclaredChange } from './schema-contract.js';

export const sdkName = '@claimgraph/sdk';
export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const sdk = path.join(repoRoot, 'packages/sdk');
export const releaseFiles = {
  schema: path.join(sdk, 'release/schema.graphql'),
  version: path.join(sdk, 'release/release.json'),
};

/** The last release: its version and schema. */
export async function lastRelease() {
  const { version } = JSON.parse(await readFile(releaseFiles.version, 'utf8')) as { version: string };
  return { version, schema: await readFile(releaseFiles.schema, 'utf8') };
}

/** The changelog's entries for versions after `since`, each under its Major/Minor/Patch heading. */
export function changelogEntriesAfter(changelog: string, since: string): DeclaredChange[] {
  const entries: DeclaredChange[] = [];
  for (const section of changelog.split(/^## /m).slice(1)) {
    const version = section.split('\n', 1)[0]?.trim() ?? '';
    if (bumpBetween(since, version) === 'none') continue;
    for (const part of section.split(/^### /m).slice(1)) {
      const bump = /^(Major|Minor|Patch) Changes/.exec(part)?.[1]?.toLowerCase();
      if (bump === 'major' || bump === 'minor' || bump === 'patch') entries.push({ bump, summary: part });
    }
  }
  return entries;
}

/** Pending changesets that release the SDK, and changelog entries written since the last release. */
export async function declaredChanges(root = repoRoot, since?: string): Promise<DeclaredChange[]> {
  const pending = (await readChangesets(root)).flatMap((changeset) =>
    changeset.releases
      .filter((release) => release.name === sdkName && release.type !== 'none')
      .map((release) => ({ bump: release.type as DeclaredChange['bump'], summary: changeset.summary })),
  );
  if (!since) return pending;
  const changelog = await readFile(path.join(sdk, 'CHANGELOG.md'), 'utf8').catch(() => '');
  return [...pending, ...changelogEntriesAfter(changelog, since)];
}

/** The contract's input with the given current schema (the committed schema.graphql by default). */
export async function contractInput(current?: ContractInput['current']): Promise<ContractInput> {
  const release = await lastRelease();
  const { version } = JSON.parse(await readFile(path.join(sdk, 'package.json'), 'utf8')) as { version: string };
  return {
    release,
    current: current ?? (await readFile(path.join(repoRoot, 'schema.graphql'), 'utf8')),
    version,
    declared: await declaredChanges(repoRoot, release.version),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const verdict = await checkContract(await contractInput());
  console.log(verdict.text);
  console.log(
    verdict.ok
      ? `\n✓ The schema contract holds (changes need: ${verdict.required}; declared: ${verdict.declared}).`
      : '\n✗ The schema contract is broken.',
  );
  process.exitCode = verdict.ok ? 0 : 1;
}
