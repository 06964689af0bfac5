import { brandWithType, type OutputType } from '@pothos/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../__generated__/prisma/client.js';
import { readSql } from '../db/database.js';
import { type CompiledSelection, compileSelection } from '../db/selection-sql.js';
import type { Context, SchemaTypes } from './builder.js';

/** Row ids are PostgreSQL `integer`s: a larger one names nothing (and would fail the cast). */
const MAX_ROW_ID = 2_147_483_647;

interface GlobalId {
  typename: string;
  id: string;
}

/**
 * `nodes(ids:)` in one statement. The Relay plugin loads each kind of object through its own Prisma
 * query (one statement per kind asked for); here each kind's selection is compiled
 * (db/selection-sql.ts) into one statement that reads the objects in the order asked. When a kind's
 * selection cannot be compiled, `fallback` (the plugin's loader) answers instead.
 */
export async function loadNodes(
  ids: readonly (GlobalId | null | undefined)[],
  context: Context,
  info: GraphQLResolveInfo,
  fallback: () => Promise<unknown[]>,
): Promise<unknown[]> {
  const wanted = ids.flatMap((globalId, index) => {
    const id = Number(globalId?.id);
    return globalId && Number.isSafeInteger(id) && id <= MAX_ROW_ID ? [{ index, type: globalId.typename, id }] : [];
  });
  if (wanted.length === 0) return ids.map(() => null);

  const selections = new Map<string, CompiledSelection>();
  for (const type of new Set(wanted.map((w) => w.type))) {
    const compiled = compileSelection(type, queryFromInfo({ context, info, typeName: type }), 'n');
    if (!compiled) return fallback();
    selections.set(type, compiled);
  }
  const branches = [...selections].map(
    ([type, selection]) =>
      Prisma.sql`WHEN ${type} THEN (SELECT ${selection.sql} FROM ${Prisma.raw(`"${type}"`)} n WHERE n.id = k.id)`,
  );
  const rows = await readSql<{ ord: number; node: unknown }>(Prisma.sql`
    SELECT k.ord::int AS ord, CASE k.type ${Prisma.join(branches, ' ')} END AS node
      FROM unnest(${wanted.map((w) => w.type)}::text[], ${wanted.map((w) => w.id)}::int[]) WITH ORDINALITY k(type, id, ord)
     ORDER BY k.ord`);

  const results: unknown[] = ids.map(() => null);
  for (const row of rows) {
    const asked = wanted[row.ord - 1];
    if (!asked) continue;
    const node = selections.get(asked.type)?.decode(row.node) ?? null;
    // The brand tells the Node interface which type the object is (as the Relay plugin does).
    if (node) brandWithType(node, asked.type as OutputType<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>>);
    results[asked.index] = node;
  }
  return results;
}
