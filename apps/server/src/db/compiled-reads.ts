import type { Prisma } from '../__generated__/prisma/client.js';
import { readSql } from './database.js';
import { type PlannedSelection, planFindMany } from './selection-plans.js';
import { compileFindMany } from './selection-sql.js';

/**
 * Reads for the API's root fields, run as the statement selection-sql.ts compiles from the
 * arguments Pothos planned (the nested selection included) rather than through Prisma's client.
 * Both make one statement; Prisma also plans the query and builds the result objects in
 * JavaScript on every request, which CPU profiles put at 40–45% of a read's cost. Here PostgreSQL
 * builds the JSON and the server only parses it. A selection the compiler does not cover (a
 * cursor inside a nested list, an order with nulls placement, `distinct`) goes through Prisma, so
 * a new field shape can cost speed, never a wrong answer.
 */

type Args = Record<string, unknown>;

/**
 * `findMany(args)` on `model`: one compiled statement when the compiler covers `args`. `condition`
 * (SQL over the row `n`) joins the `where`, for what Prisma cannot express (a tsvector match).
 */
export async function findManyCompiled<Row>(
  model: string,
  args: Args,
  viaPrisma: () => Promise<Row[]>,
  condition?: Prisma.Sql,
): Promise<Row[]> {
  const compiled = compile(model, args, condition);
  return compiled ? run<Row>(compiled) : viaPrisma();
}

/** `findUnique` by `id` on `model` with the planned selection: the row, or null. */
export async function findByIdCompiled<Row>(
  model: string,
  selection: Args,
  id: number,
  viaPrisma: () => Promise<Row | null>,
): Promise<Row | null> {
  const compiled = compile(model, { ...selection, where: { id }, take: 1 });
  if (!compiled) return viaPrisma();
  const [row] = await run<Row>(compiled);
  return row ?? null;
}

function compile(model: string, args: Args, condition?: Prisma.Sql): PlannedSelection | undefined {
  // Prisma's join strategy means nothing to the compiler, whose statement always joins.
  const { relationLoadStrategy: _joins, ...rest } = args;
  // A condition of the caller's own (a text match) is compiled with its statement each time.
  return condition ? compileFindMany(model, rest, condition) : planFindMany(model, rest);
}

async function run<Row>(compiled: PlannedSelection) {
  const rows = await readSql<{ node: unknown }>(compiled.sql);
  return rows.map((row) => compiled.decode(row.node) as Row);
}
