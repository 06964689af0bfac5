import { getDatamodel } from '../__generated__/pothos-types.js';
import { Prisma } from '../__generated__/prisma/client.js';

/**
 * Compiles the `select`/`include` arguments Pothos builds for a selection (`queryFromInfo`) into
 * one PostgreSQL expression that yields, as JSON, the object Prisma would return for them. It
 * exists for statements Prisma cannot express, so that they still load what the client asked for
 * in the same statement: `search` ranks hits of four models at once, `nodes` reads objects of any
 * kind, and `claims(filter: { text })` needs a tsvector match in its page's `where`. Prisma's own
 * compiler is not public API, so this covers what this schema's fields ask for: scalars, to-one
 * and to-many relations, `where` on scalars (equality, `in`, comparisons, AND/OR/NOT) and through
 * relations (`some`, `none`, `every`, `is`, `isNot`), `orderBy` on scalars, `take` and `skip`, and
 * `_count`. For anything else (cursors, `distinct`, negative `take`) it returns undefined and the
 * caller loads through Prisma, so a new field shape costs statements, never a wrong answer.
 */
export interface CompiledSelection {
  /** A JSON expression over the row aliased `alias`. */
  sql: Prisma.Sql;
  /** Turns the JSON value back into Prisma's shape (dates become `Date`s). */
  decode: (value: unknown) => Record<string, unknown> | null;
}

type Args = Record<string, unknown>;
type Decoder = (value: unknown) => unknown;

const models = getDatamodel().datamodel.models;
type DMMFField = NonNullable<(typeof models)[string]>['fields'][number];
const IDENTIFIER = /^\w+$/;
const RELATION_ARGS = new Set(['select', 'include', 'where', 'orderBy', 'take', 'skip']);
const OPERATORS = { equals: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** Thrown inside the compiler for a shape it does not cover; `compileSelection` returns undefined. */
class Unsupported extends Error {}

/** Compiles the selection of `model` for the row aliased `alias` (say `n0` in `FROM "Claim" n0`). */
export function compileSelection(model: string, args: Args, alias: string): CompiledSelection | undefined {
  const compiler = fresh(alias);
  try {
    const { sql, decode } = objectOf(model, args, alias, compiler);
    return { sql, decode: (value) => decode(value) as Record<string, unknown> | null };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

interface Compiler {
  alias: () => string;
}

/** Aliases for subqueries, unique within one statement: `n_0`, `n_1`… */
function fresh(alias: string): Compiler {
  let next = 0;
  return { alias: () => `${alias}_${next++}` };
}

function identifier(name: string) {
  if (!IDENTIFIER.test(name)) throw new Unsupported(`not a plain identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
}

function column(alias: string, name: string) {
  return Prisma.raw(`${alias}.${identifier(name).text}`);
}

function fieldsOf(model: string) {
  const found = models[model];
  if (!found) throw new Unsupported(`unknown model ${model}`);
  return found.fields;
}

function fieldOf(model: string, name: string) {
  const field = fieldsOf(model).find((f) => f.name === name);
  if (!field) throw new Unsupported(`unknown field ${model}.${name}`);
  return field;
}

/** Scalars come back as JSON; only dates need turning back into what Prisma returns. */
function scalarDecoder(field: DMMFField): Decoder | undefined {
  switch (field.type) {
    case 'DateTime': {
      // PostgreSQL's JSON writes a `timestamp(3)` without a zone; Prisma stores UTC.
      const date = (v: unknown) => (typeof v === 'string' ? new Date(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`) : v);
      return field.isList ? (v) => (Array.isArray(v) ? v.map(date) : (v ?? [])) : date;
    }
    case 'BigInt':
    case 'Decimal':
    case 'Bytes':
      // JSON would lose their precision or encoding.
      throw new Unsupported(`${field.type} fields`);
    default:
      // A scalar list column can hold NULL (a row written without it); Prisma reads that as [].
      return field.isList ? (v) => v ?? [] : undefined;
  }
}

/** `(SELECT row_to_json(r) FROM (SELECT … AS "key", …) r)`: one object per row of `alias`. */
function objectOf(model: string, args: Args, alias: string, compiler: Compiler) {
  const { select, include } = args as { select?: Args; include?: Args };
  if (select && include) throw new Unsupported('select and include together');
  const picked = (select ?? include ?? {}) as Args;
  const columns: Prisma.Sql[] = [];
  const decoders: [string, Decoder][] = [];

  for (const field of fieldsOf(model)) {
    if (field.kind === 'object') continue;
    if (select && !picked[field.name]) continue;
    columns.push(Prisma.sql`${column(alias, field.name)} AS ${identifier(field.name)}`);
    const decode = scalarDecoder(field);
    if (decode) decoders.push([field.name, decode]);
  }
  for (const [key, value] of Object.entries(picked)) {
    if (!value) continue;
    if (key === '_count') {
      columns.push(Prisma.sql`${countsOf(model, value, alias, compiler)} AS "_count"`);
      continue;
    }
    const field = fieldOf(model, key);
    if (field.kind !== 'object') continue;
    const relation = relationOf(model, field, value === true ? {} : (value as Args), alias, compiler);
    columns.push(Prisma.sql`${relation.sql} AS ${identifier(key)}`);
    decoders.push([key, relation.decode]);
  }
  if (columns.length === 0) throw new Unsupported('an empty selection');

  const row = compiler.alias();
  return {
    sql: Prisma.sql`(SELECT row_to_json(${Prisma.raw(row)}) FROM (SELECT ${Prisma.join(columns)}) ${Prisma.raw(row)})`,
    decode: (value: unknown) => {
      if (value === null || typeof value !== 'object') return value ?? null;
      const object = value as Record<string, unknown>;
      for (const [key, decode] of decoders) object[key] = decode(object[key]);
      return object;
    },
  };
}

/** How a relation's rows are found from the parent row: the join condition over `child`. */
function joinOf(model: string, field: DMMFField, parent: string, child: string) {
  const [from] = field.relationFromFields ?? [];
  if (from) {
    // The key is on this side; every relation in this schema references `id`.
    if ((field.relationFromFields?.length ?? 0) > 1) throw new Unsupported('compound foreign keys');
    return Prisma.sql`${column(child, 'id')} = ${column(parent, from)}`;
  }
  const back = fieldsOf(field.type).find(
    (f) => f.relationName === field.relationName && f.kind === 'object' && (f.relationFromFields?.length ?? 0) > 0,
  );
  const [key] = back?.relationFromFields ?? [];
  if (!back || !key || back.relationFromFields?.length !== 1) {
    throw new Unsupported(`the other side of ${model}.${field.name}`);
  }
  return Prisma.sql`${column(child, key)} = ${column(parent, 'id')}`;
}

/** The arguments this compiler understands; any other (a cursor, `distinct`) is left to Prisma. */
function checkArgs(args: Args) {
  for (const key of Object.keys(args)) {
    if (!RELATION_ARGS.has(key) && args[key] !== undefined) throw new Unsupported(`the argument ${key}`);
  }
}

/**
 * `take` and `skip` as LIMIT and OFFSET; a negative `take` (Prisma reads backwards) is left to Prisma.
 * They are written into the statement as numbers, not parameters: with a parameter for LIMIT,
 * PostgreSQL's generic plan of the prepared statement (direct-reads.ts) is costed as if most of the
 * table were read, so it plans afresh on every execution (0.7–1.4 ms for a page of articles with
 * their claims). A page size is one of a few integers, checked here, so the texts stay few.
 */
function pageOf({ take, skip }: Args) {
  if (take !== undefined && (!Number.isInteger(take) || (take as number) < 0)) throw new Unsupported('take < 0');
  if (skip !== undefined && (!Number.isInteger(skip) || (skip as number) < 0)) throw new Unsupported('skip < 0');
  return Prisma.raw(`${take === undefined ? '' : ` LIMIT ${take}`}${skip ? ` OFFSET ${skip}` : ''}`);
}

function relationOf(model: string, field: DMMFField, args: Args, parent: string, compiler: Compiler) {
  checkArgs(args);
  const child = compiler.alias();
  const table = identifier(field.type);
  const object = objectOf(field.type, args, child, compiler);
  const join = joinOf(model, field, parent, child);

  if (!field.isList) {
    return {
      sql: Prisma.sql`(SELECT ${object.sql} FROM ${table} ${Prisma.raw(child)} WHERE ${join} LIMIT 1)`,
      decode: object.decode,
    };
  }
  const where = args.where
    ? Prisma.sql` AND ${whereOf(field.type, args.where as Args, child, compiler)}`
    : Prisma.empty;
  const order = orderOf(field.type, args.orderBy, child);
  return {
    // The page is cut in a subquery (so LIMIT can stop an index scan early), and ARRAY() collects its
    // rows in the order the subquery returns them: a fifth cheaper for PostgreSQL than numbering the
    // rows and sorting them again inside json_agg (test/api/selection-sql.test.ts checks the order).
    sql: Prisma.sql`array_to_json(ARRAY(
      SELECT ${object.sql} FROM ${table} ${Prisma.raw(child)} WHERE ${join}${where} ORDER BY ${order}${pageOf(args)}))`,
    decode: (value: unknown) => (Array.isArray(value) ? value.map(object.decode) : value),
  };
}

function countsOf(model: string, value: unknown, parent: string, compiler: Compiler) {
  const picked = (value as { select?: Args }).select;
  if (!picked || typeof picked !== 'object') throw new Unsupported('_count without select');
  const counts: Prisma.Sql[] = [];
  for (const [key, args] of Object.entries(picked)) {
    if (!args) continue;
    const field = fieldOf(model, key);
    if (field.kind !== 'object' || !field.isList) throw new Unsupported(`_count of ${key}`);
    const where = args === true ? undefined : (args as Args).where;
    if (args !== true && Object.keys(args as Args).some((k) => k !== 'where')) throw new Unsupported('_count args');
    const child = compiler.alias();
    const filter = where ? Prisma.sql` AND ${whereOf(field.type, where as Args, child, compiler)}` : Prisma.empty;
    counts.push(
      Prisma.sql`(SELECT count(*)::int FROM ${identifier(field.type)} ${Prisma.raw(child)} WHERE ${joinOf(model, field, parent, child)}${filter}) AS ${identifier(key)}`,
    );
  }
  const row = compiler.alias();
  return Prisma.sql`(SELECT row_to_json(${Prisma.raw(row)}) FROM (SELECT ${Prisma.join(counts)}) ${Prisma.raw(row)})`;
}

/** Prisma's `where`: scalar filters, and relation filters as EXISTS subqueries. */
function whereOf(model: string, where: Args, alias: string, compiler: Compiler): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === 'AND' || key === 'OR' || key === 'NOT') {
      const list = (Array.isArray(value) ? value : [value]).map((w: Args) => whereOf(model, w, alias, compiler));
      if (key === 'OR') parts.push(list.length ? Prisma.sql`(${Prisma.join(list, ' OR ')})` : Prisma.sql`false`);
      else if (key === 'AND') parts.push(...list);
      else parts.push(...list.map((part) => Prisma.sql`NOT (${part})`));
      continue;
    }
    const field = fieldOf(model, key);
    if (field.kind === 'object') parts.push(relationFilter(model, field, value, alias, compiler));
    else if (field.isList) throw new Unsupported(`a filter on the list ${model}.${key}`);
    else parts.push(...scalarFilter(column(alias, key), value));
  }
  return parts.length ? Prisma.join(parts, ' AND ', '(', ')') : Prisma.sql`true`;
}

/** `some`/`none`/`every` on a list relation, `is`/`isNot` (or a bare filter) on a single one. */
function relationFilter(model: string, field: DMMFField, value: unknown, parent: string, compiler: Compiler) {
  if (value === null || typeof value !== 'object') throw new Unsupported(`the filter on ${model}.${field.name}`);
  const filter = value as Args;
  const child = compiler.alias();
  const rows = (condition?: Args, negate = false) => {
    const inner = condition ? whereOf(field.type, condition, child, compiler) : Prisma.sql`true`;
    return Prisma.sql`EXISTS (SELECT 1 FROM ${identifier(field.type)} ${Prisma.raw(child)}
      WHERE ${joinOf(model, field, parent, child)} AND ${negate ? Prisma.sql`NOT (${inner})` : inner})`;
  };
  const keys = Object.keys(filter).filter((key) => filter[key] !== undefined);
  if (field.isList) {
    if (keys.length !== 1) throw new Unsupported(`the filter on ${model}.${field.name}`);
    const [key] = keys;
    const condition = filter[key as string] as Args;
    if (key === 'some') return rows(condition);
    if (key === 'none') return Prisma.sql`NOT ${rows(condition)}`;
    if (key === 'every') return Prisma.sql`NOT ${rows(condition, true)}`;
    throw new Unsupported(`the relation filter ${key}`);
  }
  if (keys.length === 1 && (keys[0] === 'is' || keys[0] === 'isNot')) {
    const condition = filter[keys[0]] as Args | null;
    // `is: null` holds when no row exists; `isNot` is the opposite of `is`.
    const holds = condition === null ? Prisma.sql`NOT ${rows()}` : rows(condition);
    return keys[0] === 'is' ? holds : Prisma.sql`NOT (${holds})`;
  }
  return rows(filter);
}

/** One model's `findMany` as a statement of its own, with `condition` (over `n`) added to its `where`. */
export function compileFindMany(
  model: string,
  args: Args,
  condition: Prisma.Sql = Prisma.sql`true`,
): CompiledSelection | undefined {
  const compiler = fresh('n');
  try {
    checkArgs(args);
    const object = objectOf(model, args, 'n', compiler);
    const where = args.where ? whereOf(model, args.where as Args, 'n', compiler) : Prisma.sql`true`;
    return {
      sql: Prisma.sql`SELECT ${object.sql} AS node FROM ${identifier(model)} n WHERE ${where} AND ${condition}
        ORDER BY ${orderOf(model, args.orderBy, 'n')}${pageOf(args)}`,
      decode: (value) => object.decode(value) as Record<string, unknown> | null,
    };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** `count(*)` of one model under a `where`, with `condition` (over `n`) added. */
export function compileCount(model: string, where: Args, condition: Prisma.Sql = Prisma.sql`true`) {
  try {
    return Prisma.sql`SELECT count(*)::int AS count FROM ${identifier(model)} n
      WHERE ${whereOf(model, where, 'n', fresh('n'))} AND ${condition}`;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function scalarFilter(col: Prisma.Sql, value: unknown): Prisma.Sql[] {
  if (value === null) return [Prisma.sql`${col} IS NULL`];
  if (typeof value !== 'object' || value instanceof Date) return [Prisma.sql`${col} = ${value}`];
  const parts: Prisma.Sql[] = [];
  for (const [op, operand] of Object.entries(value as Args)) {
    if (operand === undefined) continue;
    if (op === 'equals') parts.push(...scalarFilter(col, operand));
    else if (op === 'not') {
      const inner = scalarFilter(col, operand);
      parts.push(operand === null ? Prisma.sql`${col} IS NOT NULL` : Prisma.sql`NOT (${Prisma.join(inner, ' AND ')})`);
    } else if (op === 'in' || op === 'notIn') {
      const list = operand as unknown[];
      if (!Array.isArray(list)) throw new Unsupported(`${op} without a list`);
      // One parameter per value: each takes the column's type, enums included.
      if (list.length === 0) parts.push(op === 'in' ? Prisma.sql`false` : Prisma.sql`true`);
      else parts.push(Prisma.sql`${col} ${Prisma.raw(op === 'in' ? 'IN' : 'NOT IN')} (${Prisma.join(list)})`);
    } else if (op in OPERATORS) {
      parts.push(Prisma.sql`${col} ${Prisma.raw(OPERATORS[op as keyof typeof OPERATORS])} ${operand}`);
    } else throw new Unsupported(`the filter ${op}`);
  }
  return parts;
}

/** Prisma's `orderBy` on scalar fields. */
function orderOf(model: string, orderBy: unknown, alias: string) {
  const terms: Prisma.Sql[] = [];
  const seen = new Set<string>();
  for (const entry of orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy]) {
    for (const [key, direction] of Object.entries(entry as Args)) {
      const field = fieldOf(model, key);
      if (field.kind === 'object') throw new Unsupported(`ordering by ${model}.${key}`);
      const sort = typeof direction === 'string' ? direction : (direction as { sort?: unknown })?.sort;
      if (sort !== 'asc' && sort !== 'desc') throw new Unsupported(`the order ${JSON.stringify(direction)}`);
      if (typeof direction === 'object' && Object.keys(direction as Args).some((k) => k !== 'sort')) {
        throw new Unsupported('nulls ordering');
      }
      terms.push(Prisma.sql`${column(alias, key)} ${Prisma.raw(sort.toUpperCase())}`);
      seen.add(key);
    }
  }
  // The key last, so that every order is total: `id`, or the columns of a compound key.
  const key = fieldsOf(model).some((f) => f.name === 'id') ? ['id'] : (models[model]?.primaryKey?.fields ?? []);
  for (const name of key) if (!seen.has(name)) terms.push(Prisma.sql`${column(alias, name)} ASC`);
  if (terms.length === 0) throw new Unsupported(`an order for ${model}`);
  return Prisma.join(terms);
}
