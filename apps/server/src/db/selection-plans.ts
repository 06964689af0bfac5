import { isDeepStrictEqual } from 'node:util';
import { type CompiledSelection, compileFindMany } from './selection-sql.js';

/**
 * A `findMany`'s compiled statement, compiled once per shape of its arguments. Pothos builds new
 * arguments for every request, but the requests of one operation document differ only in their
 * values (an id, a cursor's keys, a filter's values); the statement's text depends on the rest (the
 * selection, the operators, the orders, the page sizes written into it). So the arguments with each
 * value replaced by a numbered slot are compiled once into a template, and a request sends the
 * template's text with its own values in the slots' places. Compiling was 3–4% of a read's CPU, and
 * a fresh text also had to be joined from its fragments on every request.
 *
 * What is a value and what is shape: strings, numbers and dates are values, except `take` and `skip`
 * (written into the text as LIMIT and OFFSET) and anything under `orderBy` (written as ASC/DESC);
 * keys, nulls, booleans and list lengths are shape. A template is kept only when compiling the
 * request's own arguments gives the same text and the same parameters as the filled template, so a
 * value the compiler writes into the text, or one that changes what it writes, is caught at the
 * first request of its shape and that shape is compiled every time instead.
 */
export interface PlannedSelection {
  sql: { text: string; values: unknown[] };
  decode: CompiledSelection['decode'];
}

type Args = Record<string, unknown>;

interface Template {
  text: string;
  /** Per parameter: the index of the request value it takes. */
  slots: number[];
  decode: CompiledSelection['decode'];
}

/** Shapes are few per operation document; this bounds what varied clients can make it hold. */
const MAX_TEMPLATES = 2_000;
const SLOT = '\u0000slot:';
const STRUCTURAL_VALUES = new Set(['take', 'skip']);
const STRUCTURAL_TREES = new Set(['orderBy']);

/** null: this shape is compiled on every request. */
const templates = new Map<string, Template | null>();

/** `findMany(args)` on `model` as one statement, or undefined where the compiler does not cover it. */
export function planFindMany(model: string, args: Args): PlannedSelection | undefined {
  const shape = shapeOf(args);
  const key = `${model}\n${shape.key}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = templateFor(model, args, shapeOf(args, true).templateArgs as Args, shape.values);
    templates.set(key, template);
    if (templates.size > MAX_TEMPLATES) {
      const oldest = templates.keys().next().value;
      if (oldest !== undefined) templates.delete(oldest);
    }
  }
  if (template === null) return compileFindMany(model, args);
  const { slots, text, decode } = template;
  return { sql: { text, values: slots.map((slot) => shape.values[slot]) }, decode };
}

function templateFor(model: string, args: Args, templateArgs: Args, values: unknown[]): Template | null {
  const compiled = compileFindMany(model, templateArgs);
  if (!compiled) return null;
  const text = compiled.sql.text;
  if (text.includes(SLOT)) return null;
  const slots: number[] = [];
  for (const parameter of compiled.sql.values) {
    if (typeof parameter !== 'string' || !parameter.startsWith(SLOT)) return null;
    slots.push(Number(parameter.slice(SLOT.length)));
  }
  // The request's own statement must be the filled template, or this shape is not one.
  const direct = compileFindMany(model, args);
  if (
    !direct ||
    direct.sql.text !== text ||
    !isDeepStrictEqual(
      direct.sql.values,
      slots.map((slot) => values[slot]),
    )
  ) {
    return null;
  }
  return { text, slots, decode: compiled.decode };
}

/**
 * The arguments' shape as a key and their values in the order met; with `template`, also the
 * arguments with each value replaced by its slot. Keys are walked in insertion order, the order the
 * compiler writes them in.
 */
export function shapeOf(args: Args, template = false) {
  const values: unknown[] = [];
  let key = '';
  const walk = (value: unknown, structural: boolean): unknown => {
    if (value === null || value === undefined || typeof value === 'boolean') {
      key += ` ${value}`;
      return value;
    }
    if (Array.isArray(value)) {
      key += ` [${value.length}`;
      // Only a template needs the copy: a request's walk (every read) makes the key alone.
      let items: unknown[] | undefined;
      if (template) items = value.map((item) => walk(item, structural));
      else for (const item of value) walk(item, structural);
      key += ' ]';
      return items;
    }
    if (value instanceof Date || typeof value !== 'object') {
      if (structural) {
        key += ` =${typeof value}:${String(value)}`;
        return value;
      }
      key += value instanceof Date ? ' $date' : ` $${typeof value}`;
      values.push(value);
      return `${SLOT}${values.length - 1}`;
    }
    key += ' {';
    const copy: Args | undefined = template ? {} : undefined;
    for (const name in value as Args) {
      if (!Object.hasOwn(value, name)) continue;
      // Field and operator names are identifiers (the compiler refuses any other), so a space ends one.
      key += ` ${name}:`;
      const item = walk((value as Args)[name], structural || STRUCTURAL_VALUES.has(name) || STRUCTURAL_TREES.has(name));
      if (copy) copy[name] = item;
    }
    key += ' }';
    return copy;
  };
  const templateArgs = walk(args, false) as Args | undefined;
  return { key, values, templateArgs };
}
