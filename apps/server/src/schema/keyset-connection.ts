import { PothosValidationError } from '@pothos/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { type GraphQLResolveInfo, getNamedType, isObjectType, Kind } from 'graphql';
import { getDatamodel } from '../__generated__/pothos-types.js';
import type { Direction } from '../db/keyset.js';
import type { Context } from './builder.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';

/**
 * Root lists (`claims`, `articles`, `actors`, `sources`) paged by keyset: the cursor carries the
 * values of every ordering column (the chosen field, then `id`), and the next page is a `where` on
 * them, not Prisma's `cursor`. Prisma 6.19 drops relation joins for any query with a `cursor`, so a
 * second page with nested fields would cost one statement per nested level; this way every page is
 * one statement, reading the ordering index from the cursor on (no OFFSET). Pothos'
 * `prismaConnection` takes a cursor of one column or one unique index, which cannot follow a
 * client-chosen order: hence this helper, built on Pothos' `queryFromInfo` (the nested selection)
 * and `resolveCursorConnection` (the page arithmetic).
 */

export interface KeysetOrder {
  field: string;
  direction: Direction;
}

interface ColumnInfo {
  type: string;
  nullable: boolean;
}

const columns = new Map<string, Map<string, ColumnInfo>>(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    new Map(
      model.fields
        .filter((f) => f.kind !== 'object')
        .map((f) => [f.name, { type: f.type, nullable: !f.isRequired } satisfies ColumnInfo]),
    ),
  ]),
);

interface Column extends KeysetOrder, ColumnInfo {}

type Where = Record<string, unknown>;

function resolveColumns(model: string, order: readonly KeysetOrder[]): Column[] {
  return order.map((o) => {
    const info = columns.get(model)?.get(o.field);
    if (!info) throw new Error(`${model}.${o.field} is not a column`);
    return { ...o, ...info };
  });
}

/** Prisma's `orderBy` for the columns; nullable ones put nulls last (or first, read backwards). */
function orderBy(order: readonly Column[], backwards: boolean) {
  return order.map((c) => {
    const direction = (c.direction === 'asc') !== backwards ? 'asc' : 'desc';
    return { [c.field]: c.nullable ? { sort: direction, nulls: backwards ? 'first' : 'last' } : direction };
  });
}

/**
 * Rows strictly after `values` in the order (before them, `backwards`). A nullable column sorts its
 * nulls last when read forwards.
 */
function after(order: readonly Column[], values: readonly unknown[], backwards: boolean): Where {
  const branches: Where[] = [];
  const equal: Where = {};
  order.forEach((c, i) => {
    const value = values[i] ?? null;
    const ascending = (c.direction === 'asc') !== backwards;
    const nullsAfter = c.nullable && !backwards;
    const past: Where[] = [];
    if (value === null) {
      // Nothing sorts after a null when nulls come last; every value does when they come first.
      if (c.nullable && backwards) past.push({ [c.field]: { not: null } });
    } else {
      past.push({ [c.field]: { [ascending ? 'gt' : 'lt']: value } });
      if (nullsAfter) past.push({ [c.field]: null });
    }
    for (const condition of past) branches.push({ ...equal, ...condition });
    equal[c.field] = value;
  });
  if (branches.length === 1) return branches[0] as Where;
  // The OR alone gives PostgreSQL no place to start an index scan on the ordering columns: it would
  // read the index from its beginning (every earlier page again). The first column's bound, implied
  // by the OR, starts the scan at the cursor. A nullable first column has none: its nulls sort last.
  const [first] = order;
  const start = values[0];
  if (!first || first.nullable || start === null || start === undefined) return { OR: branches };
  const ascending = (first.direction === 'asc') !== backwards;
  return { AND: [{ [first.field]: { [ascending ? 'gte' : 'lte']: start } }, { OR: branches }] };
}

function encodeCursor(order: readonly Column[], row: Record<string, unknown>) {
  const values = order.map((c) => {
    const value = row[c.field];
    return value instanceof Date ? value.toISOString() : (value ?? null);
  });
  return Buffer.from(JSON.stringify([order.map((c) => `${c.field}:${c.direction}`).join(','), values])).toString(
    'base64url',
  );
}

function decodeCursor(order: readonly Column[], cursor: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const shape = order.map((c) => `${c.field}:${c.direction}`).join(',');
  if (!Array.isArray(parsed) || parsed[0] !== shape || !Array.isArray(parsed[1])) {
    throw new PothosValidationError(`Invalid cursor: ${cursor} (cursors hold only for the order they came from)`);
  }
  const raw = parsed[1] as unknown[];
  if (raw.length !== order.length) throw new PothosValidationError(`Invalid cursor: ${cursor}`);
  return order.map((c, i) => {
    const value = raw[i];
    if (value === null && c.nullable) return null;
    const valid =
      c.type === 'DateTime'
        ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
        : c.type === 'Int'
          ? Number.isSafeInteger(value)
          : c.type === 'String'
            ? typeof value === 'string'
            : false;
    if (!valid) throw new PothosValidationError(`Invalid cursor: ${cursor}`);
    return c.type === 'DateTime' ? new Date(value as string) : value;
  });
}

/** True when the connection's selection asks for nothing but `totalCount` (and `__typename`). */
function countOnly(info: GraphQLResolveInfo) {
  const type = getNamedType(info.returnType);
  const fields = isObjectType(type) ? type.getFields() : {};
  return info.fieldNodes.every((node) =>
    node.selectionSet?.selections.every(
      (s) =>
        s.kind === Kind.FIELD &&
        (s.name.value === '__typename' || (s.name.value === 'totalCount' && fields.totalCount !== undefined)),
    ),
  );
}

export interface KeysetPageOptions<Row> {
  args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null };
  context: Context;
  info: GraphQLResolveInfo;
  /** The Prisma model and the GraphQL type of the nodes. */
  model: string;
  /** The ordering; its last column must be unique (`id`). */
  order: readonly KeysetOrder[];
  where: Where;
  /**
   * Runs the one query: `findMany` with these arguments. They hold the selection Pothos planned from
   * the request too; their types are left open (`never`) so that any model's `findMany` takes them.
   */
  find: (query: { where: never; orderBy: never; take: number }) => Promise<Row[]>;
  /** The whole list's count, for `totalCount`. */
  count: () => Promise<number>;
  /**
   * Reads the page through another table whose index holds the ordering columns under other names
   * and the node under a relation (ActorClaim for an actor's claims). `where` then applies to that
   * table, and `find` queries it and returns each row's node.
   */
  via?: KeysetVia;
}

export interface KeysetVia {
  /** That table's name for each ordering field of the node's model. */
  columns: Readonly<Record<string, string>>;
  /** The relation from that table to the node. */
  node: string;
}

export interface KeysetConnection<Row> {
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** A page of a root list, by keyset: one `findMany` statement (plus the count when asked and not cached). */
export async function keysetPage<Row extends object>(options: KeysetPageOptions<Row>): Promise<KeysetConnection<Row>> {
  const { args, model } = options;
  if (args.after != null && args.before != null) {
    throw new PothosValidationError('Arguments "before" and "after" are not supported at the same time');
  }
  if (args.before != null && args.first != null) {
    throw new PothosValidationError('Arguments "before" and "first" are not supported at the same time');
  }
  if (args.after != null && args.last != null) {
    throw new PothosValidationError('Arguments "after" and "last" are not supported at the same time');
  }
  const order = resolveColumns(model, options.order);
  const cursor = args.after ?? args.before;
  const position = cursor == null ? undefined : decodeCursor(order, cursor);
  const totalCount = () => options.count();
  if (countOnly(options.info)) return { edges: [], pageInfo: emptyPageInfo, totalCount };
  const nodeSelection = await queryFromInfo({
    context: options.context,
    info: options.info,
    typeName: model,
    paths: [['edges', 'node'], ['nodes']],
    select: Object.fromEntries(order.map((c) => [c.field, true])),
    awaitSelections: true,
  });
  const { via } = options;
  // The order as the queried table names it, and the selection from that table's rows.
  const queried = via ? order.map((c) => ({ ...c, field: via.columns[c.field] ?? c.field })) : order;
  const selection = via ? { select: { [via.node]: nodeSelection } } : nodeSelection;
  const connection = await resolveCursorConnection(
    {
      args,
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
      toCursor: (row) => encodeCursor(order, row as Record<string, unknown>),
    },
    ({ limit, inverted }) => {
      const where = position ? { AND: [options.where, after(queried, position, inverted)] } : options.where;
      const query = { ...selection, where, orderBy: orderBy(queried, inverted), take: limit };
      return options.find(query as typeof query & { where: never; orderBy: never });
    },
  );
  return { ...(connection as Omit<KeysetConnection<Row>, 'totalCount'>), totalCount };
}

const emptyPageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
