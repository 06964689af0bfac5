import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';

export interface SchemaChangeReport {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** A report a person can read: one line per change, breaking ones first, each with its path and reason. */
  text: string;
}

function line(change: Change) {
  const reason = change.criticality.reason ? ` (${change.criticality.reason})` : '';
  return `  - ${change.path ? `${change.path}: ` : ''}${change.message}${reason}`;
}

/** What changed from `base` (the committed contract) to `current`, sorted by how much it hurts clients. */
export async function schemaChanges(base: string | GraphQLSchema, current: GraphQLSchema): Promise<SchemaChangeReport> {
  const baseSchema = typeof base === 'string' ? buildSchema(base) : base;
  const changes = await diff(baseSchema, current);
  const of = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  const breaking = of(CriticalityLevel.Breaking);
  const dangerous = of(CriticalityLevel.Dangerous);
  const safe = of(CriticalityLevel.NonBreaking);
  const sections: [string, Change[]][] = [
    ['Breaking changes (clients built on the committed schema would fail)', breaking],
    ['Dangerous changes (clients may behave differently)', dangerous],
    ['Safe changes', safe],
  ];
  const text = sections
    .filter(([, list]) => list.length > 0)
    .map(([title, list]) => `${title}:\n${list.map(line).join('\n')}`)
    .join('\n\n');
  return { breaking, dangerous, safe, text: text || 'No changes.' };
}
