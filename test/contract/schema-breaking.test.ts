import { describe, expect, test } from 'vitest';
import { schema } from '../../apps/server/src/schema/index.js';
import { changelogEntriesAfter, contractInput, lastRelease } from '../../packages/sdk/scripts/check-schema.js';
import {
  type Bump,
  bumpBetween,
  type ContractVerdict,
  checkContract,
  type DeclaredChange,
} from '../../packages/sdk/scripts/schema-contract.js';

const release = await lastRelease();

/** Edits one type's block of the released SDL (`type Claim implements Node { … }`, `enum ClaimOrderField { … }`). */
function inBlock(header: string, edit: (block: string) => string) {
  return (sdl: string) => {
    const start = sdl.indexOf(`\n${header} {\n`);
    if (start === -1) throw new Error(`No ${header} in the release schema`);
    const end = sdl.indexOf('\n}\n', start) + 3;
    const block = sdl.slice(start, end);
    const edited = edit(block);
    if (edited === block) throw new Error(`The edit of ${header} changed nothing`);
    return sdl.slice(0, start) + edited + sdl.slice(end);
  };
}

const claimType = 'type Claim implements Node';
const archivedAt = '  """When it was archived or merged away."""\n  archivedAt: DateTime\n';

/** Each kind of change a developer makes, as an edit of the released schema, and the level it must get. */
const fixtures: {
  change: string;
  edit: (sdl: string) => string;
  level: 'breaking' | 'dangerous' | 'safe';
  path: string;
}[] = [
  {
    change: 'field removed',
    edit: inBlock(claimType, (block) => block.replace(archivedAt, '')),
    level: 'breaking',
    path: 'Claim.archivedAt',
  },
  {
    change: 'field renamed',
    edit: inBlock(claimType, (block) => block.replace('  archivedAt: DateTime\n', '  archivedOn: DateTime\n')),
    level: 'breaking',
    path: 'Claim.archivedAt',
  },
  {
    change: 'argument made required',
    edit: inBlock('type Query', (block) => block.replace(/(\n {2}claims\([\s\S]*?\n {4}first: )Int\n/, '$1Int!\n')),
    level: 'breaking',
    path: 'Query.claims.first',
  },
  {
    change: 'enum value removed',
    edit: inBlock('enum ClaimOrderField', (block) => block.replace('  """The claim’s words."""\n  TEXT\n\n', '')),
    level: 'breaking',
    path: 'ClaimOrderField.TEXT',
  },
  {
    change: 'field type changed',
    edit: inBlock('type Assessment implements Node', (block) =>
      block.replace('  credibility: Int\n', '  credibility: String\n'),
    ),
    level: 'breaking',
    path: 'Assessment.credibility',
  },
  {
    change: 'enum value added',
    edit: inBlock('enum ClaimOrderField', (block) =>
      block.replace('  TEXT\n', '  TEXT\n\n  """How confident the latest assessment is."""\n  CONFIDENCE\n'),
    ),
    level: 'dangerous',
    path: 'ClaimOrderField.CONFIDENCE',
  },
  {
    change: 'optional argument added',
    edit: inBlock(claimType, (block) =>
      block.replace(
        '    role: ClaimActorRole\n',
        '    role: ClaimActorRole\n\n    """Only actors of this kind."""\n    kind: ActorKind\n',
      ),
    ),
    level: 'dangerous',
    path: 'Claim.actors.kind',
  },
  {
    change: 'field added',
    edit: inBlock(claimType, (block) =>
      block.replace(archivedAt, `${archivedAt}\n  """A one-line summary."""\n  summary: String\n`),
    ),
    level: 'safe',
    path: 'Claim.summary',
  },
  {
    change: 'field deprecated with a reason',
    edit: inBlock(claimType, (block) =>
      block.replace(
        '  archivedAt: DateTime\n',
        '  archivedAt: DateTime @deprecated(reason: "Use `archived` instead.")\n',
      ),
    ),
    level: 'safe',
    path: 'Claim.archivedAt',
  },
];

async function verdict(sdl: string, declared: DeclaredChange[] = [], version = release.version) {
  return checkContract({ release, current: sdl, version, declared });
}

const paths = (verdict: ContractVerdict, level: 'breaking' | 'dangerous' | 'safe') =>
  verdict[level].map((change) => change.path);

describe('the schema contract against the last release', () => {
  test('the schema the server builds keeps the contract with the last release and the pending changesets', async () => {
    const result = await checkContract(await contractInput(schema));
    expect(result.problems, result.text).toEqual([]);
    // The server's JSON scalar and the SDL's `@specifiedBy` are one thing: no spurious change.
    expect(result.text).not.toMatch(/specifiedBy/i);
  });

  test.each(fixtures)('$change is $level', async ({ edit, level, path }) => {
    const sdl = edit(release.schema);
    const alone = await verdict(sdl);
    expect(paths(alone, level).filter((found) => found?.startsWith(path))).not.toEqual([]);
    const worst = alone.breaking.length ? 'breaking' : alone.dangerous.length ? 'dangerous' : 'safe';
    expect(worst).toBe(level);
    const needed: Bump = { breaking: 'major', dangerous: 'minor', safe: 'none' }[level] as Bump;
    expect(alone.required).toBe(needed);
    // Without a changeset, only a safe change passes.
    expect(alone.ok, alone.text).toBe(level === 'safe');
    if (level === 'safe') return;

    // The right bump with an entry that names the change passes.
    const named: DeclaredChange = { bump: needed as 'major' | 'minor', summary: `Renamed things: \`${path}\`.` };
    const declared = await verdict(sdl, [named]);
    expect(declared.ok, declared.text).toBe(true);
    // The right bump with an entry that does not name it fails, and says what is missing.
    const vague = await verdict(sdl, [{ bump: named.bump, summary: 'Schema changes.' }]);
    expect(vague.ok).toBe(false);
    expect(vague.problems.join('\n')).toContain(path);
    // A smaller bump fails even when the entry names it.
    const small = await verdict(sdl, [{ bump: level === 'breaking' ? 'minor' : 'patch', summary: named.summary }]);
    expect(small.ok).toBe(false);
    expect(small.problems[0]).toContain(`need a ${needed} version bump`);
  });

  test('a version already bumped counts with its changelog entries', async () => {
    const sdl = fixtures[0]?.edit(release.schema) ?? '';
    const changelog = `# @claimgraph/sdk\n\n## 1.0.0\n\n### Major Changes\n\n- 1a2b3c4: Removed \`Claim.archivedAt\`.\n\n## ${release.version}\n\n### Minor Changes\n\n- 0000000: Older.\n`;
    const entries = changelogEntriesAfter(changelog, release.version);
    expect(entries).toEqual([{ bump: 'major', summary: expect.stringContaining('Claim.archivedAt') }]);
    expect((await verdict(sdl, entries, '1.0.0')).ok).toBe(true);
    // The version alone is a major bump, but nothing names the removed field.
    const unnamed = await verdict(sdl, [], '1.0.0');
    expect(unnamed.declared).toBe('major');
    expect(unnamed.problems).toEqual([expect.stringContaining('Claim.archivedAt')]);
  });

  test('retiring a field: deprecation needs a reason, and removing a deprecated field is still breaking', async () => {
    const bare = inBlock(claimType, (block) =>
      block.replace('  archivedAt: DateTime\n', '  archivedAt: DateTime @deprecated\n'),
    );
    const result = await verdict(bare(release.schema));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.stringContaining('Deprecated without a reason')]);
    expect(result.problems[0]).toContain('Claim.archivedAt');

    const deprecated = fixtures.find((fixture) => fixture.change === 'field deprecated with a reason');
    const removedLater = await checkContract({
      release: { version: '0.2.0', schema: deprecated?.edit(release.schema) ?? '' },
      current: fixtures[0]?.edit(release.schema) ?? '',
      version: '0.2.0',
      declared: [],
    });
    expect(paths(removedLater, 'breaking')).toEqual(['Claim.archivedAt']);
    expect(removedLater.text).toContain('(deprecated in the release)');
  });

  test('bumps between versions', () => {
    expect(bumpBetween('0.1.0', '0.1.0')).toBe('none');
    expect(bumpBetween('0.1.0', '0.1.1')).toBe('patch');
    expect(bumpBetween('0.1.3', '0.2.0')).toBe('minor');
    expect(bumpBetween('0.9.9', '1.0.0')).toBe('major');
    expect(bumpBetween('1.2.0', '1.1.0')).toBe('none');
  });
});
