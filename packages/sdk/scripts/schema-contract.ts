/**
 * The schema contract: what changed between the last release's schema (`release/schema.graphql`) and the
 * current one, how big a version bump that needs, and whether the pending changesets (or the changelog of a
 * version already bumped) declare it. graphql-inspector classifies each change; this module only decides what
 * a classification requires of the SDK's version:
 *
 * | change                                              | needs                                                |
 * | --------------------------------------------------- | ---------------------------------------------------- |
 * | breaking (field removed or renamed, type changed…)  | a major bump, and a changelog entry naming its path |
 * | dangerous (enum value added, optional arg added…)   | a minor bump, and a changelog entry naming its path |
 * | safe (field or type added, field deprecated…)       | nothing                                              |
 *
 * `@deprecated` with a reason is how a field is retired: deprecating is safe; removing it later is still a
 * breaking change (clients built on the release may select it), and the report says it was deprecated.
 */
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  printSchema,
} from 'graphql';

export type Bump = 'none' | 'patch' | 'minor' | 'major';
const order: Bump[] = ['none', 'patch', 'minor', 'major'];
const atLeast = (bump: Bump, needed: Bump) => order.indexOf(bump) >= order.indexOf(needed);
const larger = (a: Bump, b: Bump) => (order.indexOf(a) >= order.indexOf(b) ? a : b);

/** A changeset's entry for the SDK (or the changelog of a version bumped since the release): its bump and text. */
export interface DeclaredChange {
  bump: Exclude<Bump, 'none'>;
  summary: string;
}

export interface ContractInput {
  /** The last release: its version and its schema (SDL). */
  release: { version: string; schema: string };
  /** The schema now (SDL or a built schema). */
  current: string | GraphQLSchema;
  /** The SDK's version in package.json now. */
  version: string;
  /** Pending changesets for the SDK, and changelog entries of versions after the release. */
  declared: DeclaredChange[];
}

export interface ContractVerdict {
  /** True when the declared bump and entries cover every change. */
  ok: boolean;
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** The smallest bump the changes need. */
  required: Bump;
  /** The bump the version and changesets declare. */
  declared: Bump;
  /** Why the verdict is not ok, one line each. */
  problems: string[];
  /** A report a person can read: the problems, then every change by level, each with its path. */
  text: string;
}

/** The bump from one version to the next (semver's major.minor.patch; pre-release tags are not used here). */
export function bumpBetween(from: string, to: string): Bump {
  const [a, b] = [from, to].map((version) => version.split(/[.-]/).slice(0, 3).map(Number)) as [number[], number[]];
  for (const [index, bump] of (['major', 'minor', 'patch'] as const).entries()) {
    if ((b[index] ?? 0) > (a[index] ?? 0)) return bump;
    if ((b[index] ?? 0) < (a[index] ?? 0)) return 'none';
  }
  return 'none';
}

/** Both sides printed and rebuilt from SDL, so a directive only one representation keeps (`@specifiedBy`) is not a change. */
const normalise = (schema: string | GraphQLSchema) =>
  buildSchema(typeof schema === 'string' ? schema : printSchema(schema));

/** Fields, arguments, input fields and enum values deprecated with no reason of their own. */
function deprecatedWithoutReason(schema: GraphQLSchema): string[] {
  const bare = (reason: string | null | undefined) =>
    reason !== undefined && reason !== null && (reason.trim() === '' || reason === 'No longer supported');
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (bare(field.deprecationReason)) found.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (bare(arg.deprecationReason)) found.push(`${type.name}.${field.name}.${arg.name}`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (bare(field.deprecationReason)) found.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (bare(value.deprecationReason)) found.push(`${type.name}.${value.name}`);
    }
  }
  return found;
}

/** Whether the release deprecated what a change removes (for the report: removal is still breaking). */
function wasDeprecated(release: GraphQLSchema, path: string | undefined) {
  const [typeName, member] = path?.split('.') ?? [];
  const type = typeName ? release.getType(typeName) : undefined;
  if (!type || !member) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
    return Boolean(type.getFields()[member]?.deprecationReason);
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  return false;
}

const where = (change: Change) => change.path ?? change.message;

export async function checkContract(input: ContractInput): Promise<ContractVerdict> {
  const release = normalise(input.release.schema);
  const current = normalise(input.current);
  const changes = await diff(release, current);
  const of = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  const breaking = of(CriticalityLevel.Breaking);
  const dangerous = of(CriticalityLevel.Dangerous);
  const safe = of(CriticalityLevel.NonBreaking);

  const required: Bump = breaking.length > 0 ? 'major' : dangerous.length > 0 ? 'minor' : 'none';
  const declared = input.declared.reduce<Bump>(
    (bump, entry) => larger(bump, entry.bump),
    bumpBetween(input.release.version, input.version),
  );

  const problems: string[] = [];
  if (!atLeast(declared, required)) {
    problems.push(
      `The changes since ${input.release.version} need a ${required} version bump; the version and pending changesets declare ${declared === 'none' ? 'none' : `a ${declared} one`}. Add a changeset (pnpm changeset) with "@claimgraph/sdk": ${required}.`,
    );
  }
  const unnamed = (list: Change[], needed: Bump) =>
    list
      .map(where)
      .filter((path) => !input.declared.some((entry) => atLeast(entry.bump, needed) && entry.summary.includes(path)));
  const breakingUnnamed = unnamed(breaking, 'major');
  if (breakingUnnamed.length > 0) {
    problems.push(`No major changeset names these breaking changes: ${[...new Set(breakingUnnamed)].join(', ')}.`);
  }
  const dangerousUnnamed = unnamed(dangerous, 'minor');
  if (dangerousUnnamed.length > 0) {
    problems.push(
      `No minor (or major) changeset names these dangerous changes: ${[...new Set(dangerousUnnamed)].join(', ')}.`,
    );
  }
  const bare = deprecatedWithoutReason(current);
  if (bare.length > 0) {
    problems.push(`Deprecated without a reason (write @deprecated(reason: "Use … instead.")): ${bare.join(', ')}.`);
  }

  const line = (change: Change) => {
    const note = change.criticality.level === CriticalityLevel.Breaking && wasDeprecated(release, change.path);
    return `  - ${change.path ? `${change.path}: ` : ''}${change.message}${note ? ' (deprecated in the release)' : ''}`;
  };
  const sections: [string, Change[]][] = [
    [`Breaking changes since ${input.release.version} (need a major bump)`, breaking],
    [`Dangerous changes since ${input.release.version} (need a minor bump)`, dangerous],
    [`Safe changes since ${input.release.version}`, safe],
  ];
  const text = [
    ...problems.map((problem) => `✗ ${problem}`),
    ...sections.filter(([, list]) => list.length > 0).map(([title, list]) => `${title}:\n${list.map(line).join('\n')}`),
  ].join('\n\n');
  return {
    ok: problems.length === 0,
    breaking,
    dangerous,
    safe,
    required,
    declared,
    problems,
    text: text || `No changes since ${input.release.version}.`,
  };
}
