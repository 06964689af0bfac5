import { getDatamodel } from '../__generated__/pothos-types.js';

/**
 * Keyset pagination for Prisma: a `cursor` becomes a `where` on the ordering columns.
 *
 * Prisma 6.19 plans any query that holds a `cursor` (at the top or in a nested relation) with its
 * "query" strategy: relation joins are dropped, every nested level costs a statement of its own, and
 * a nested page is read whole and cut in memory. Yet a cursor that carries every ordering column can
 * be written as a plain condition, `(start, id) > (120, 7)` spelled as Prisma's OR of ANDs, which
 * keeps the one-statement LATERAL join plan and reads the index from the cursor on. The client
 * extension below rewrites every such cursor, at every level of `select`/`include`; a cursor it
 * cannot rewrite (an ordering column missing from it, a nullable column, an ordering by a relation)
 * is left to Prisma, which is slower but right.
 */

export type Direction = 'asc' | 'desc';

export interface OrderColumn {
  field: string;
  direction: Direction;
}

type Args = Record<string, unknown>;

/**
 * The condition "after `values` in `order`" (or before it, `backwards`), `inclusive` of the row at
 * `values` itself: `a > x OR (a = x AND b > y) OR …`.
 */
export function keysetCondition(
  order: readonly OrderColumn[],
  values: Record<string, unknown>,
  options: { backwards?: boolean; inclusive?: boolean } = {},
): Args {
  const branches: Args[] = [];
  order.forEach((column, i) => {
    const ascending = (column.direction === 'asc') !== !!options.backwards;
    const branch: Args = {};
    for (const earlier of order.slice(0, i)) branch[earlier.field] = values[earlier.field];
    branch[column.field] = { [ascending ? 'gt' : 'lt']: values[column.field] };
    branches.push(branch);
  });
  if (options.inclusive) branches.push(Object.fromEntries(order.map((c) => [c.field, values[c.field]])));
  if (branches.length === 1) return branches[0] as Args;
  // The OR alone gives PostgreSQL no place to start an index scan: it would read the index from its
  // beginning. The first column's bound (`a >= x`, implied by the OR) starts the scan at the cursor.
  const [first] = order;
  const ascending = (first?.direction === 'asc') !== !!options.backwards;
  return {
    AND: [
      { [first?.field as string]: { [ascending ? 'gte' : 'lte']: values[first?.field as string] } },
      { OR: branches },
    ],
  };
}

interface ModelInfo {
  /** Scalar fields that can never be null. */
  required: Set<string>;
  /** Relation field → the related model. */
  relations: Map<string, string>;
}

const models = new Map<string, ModelInfo>(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    {
      required: new Set(
        model.fields.filter((f) => f.kind !== 'object' && f.isRequired && !f.isList).map((f) => f.name),
      ),
      relations: new Map(model.fields.filter((f) => f.kind === 'object').map((f) => [f.name, f.type])),
    },
  ]),
);

/** `orderBy` as columns, or undefined when any part of it is not a plain column order. */
function orderColumns(orderBy: unknown): OrderColumn[] | undefined {
  const entries = Array.isArray(orderBy) ? orderBy : [orderBy];
  const columns: OrderColumn[] = [];
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') return undefined;
    const pairs = Object.entries(entry);
    if (pairs.length !== 1) return undefined;
    const [field, value] = pairs[0] as [string, unknown];
    if (value === 'asc' || value === 'desc') columns.push({ field, direction: value });
    else if (value && typeof value === 'object' && Object.keys(value).length === 1 && 'sort' in value) {
      const sort = (value as { sort: unknown }).sort;
      if (sort !== 'asc' && sort !== 'desc') return undefined;
      columns.push({ field, direction: sort });
    } else return undefined;
  }
  return columns;
}

/** The cursor's values by column: `{ id: 7 }`, or a compound unique's `{ versionId_start_id: {…} }` spread. */
function cursorValues(cursor: unknown): Record<string, unknown> | undefined {
  if (!cursor || typeof cursor !== 'object') return undefined;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cursor)) {
    if (value && typeof value === 'object' && !(value instanceof Date)) Object.assign(values, value);
    else values[key] = value;
  }
  return values;
}

function rewriteCursor(model: ModelInfo, args: Args): Args | undefined {
  const values = cursorValues(args.cursor);
  if (!values) return undefined;
  const order =
    args.orderBy === undefined
      ? Object.keys(values).map((field) => ({ field, direction: 'asc' as const }))
      : orderColumns(args.orderBy);
  if (!order?.length) return undefined;
  for (const { field } of order) {
    if (values[field] === undefined || values[field] === null || !model.required.has(field)) return undefined;
  }
  const skip = typeof args.skip === 'number' ? args.skip : 0;
  const condition = keysetCondition(order, values, {
    backwards: typeof args.take === 'number' && args.take < 0,
    // Prisma's cursor row is part of the page unless skipped; the keyset excludes it unless inclusive.
    inclusive: skip === 0,
  });
  const { cursor: _cursor, ...rest } = args;
  return {
    ...rest,
    ...(args.orderBy === undefined ? { orderBy: order.map((c) => ({ [c.field]: c.direction })) } : {}),
    skip: Math.max(skip - 1, 0),
    where: rest.where ? { AND: [rest.where, condition] } : condition,
  };
}

/** `args` with every rewritable cursor, at any depth, turned into a keyset condition. */
export function rewriteCursors(modelName: string, args: Args): Args {
  const model = models.get(modelName);
  if (!model) return args;
  let result = args;
  if (args.cursor !== undefined) result = rewriteCursor(model, args) ?? args;
  for (const key of ['select', 'include'] as const) {
    const selection = result[key];
    if (!selection || typeof selection !== 'object') continue;
    let changed: Args | undefined;
    for (const [name, value] of Object.entries(selection)) {
      const related = model.relations.get(name);
      if (!related || !value || typeof value !== 'object') continue;
      const next = rewriteCursors(related, value as Args);
      if (next !== value) {
        changed ??= { ...(selection as Args) };
        changed[name] = next;
      }
    }
    if (changed) result = { ...result, [key]: changed };
  }
  return result;
}

/** Whether any level of `args` holds a cursor (cheap check, to leave most queries untouched). */
function hasCursor(value: unknown, depth = 0): boolean {
  if (!value || typeof value !== 'object' || depth > 12) return false;
  const record = value as Args;
  if (record.cursor !== undefined) return true;
  for (const key of ['select', 'include'] as const) {
    const selection = record[key];
    if (selection && typeof selection === 'object') {
      for (const nested of Object.values(selection)) if (hasCursor(nested, depth + 1)) return true;
    }
  }
  return false;
}

/** Rewrites the cursors of a read's arguments; any other operation passes through unchanged. */
export function keysetArgs(modelName: string | undefined, operation: string, args: unknown): unknown {
  if (!modelName || !args || typeof args !== 'object') return args;
  if (!READS.has(operation) || !hasCursor(args)) return args;
  return rewriteCursors(modelName, args as Args);
}

const READS = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow']);
