import {
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { firstInArguments } from './field-arguments.js';
import { perDocument, requestKey } from './per-document.js';

/**
 * The values a client may send, checked for every argument of every field of an operation (input
 * objects, lists and JSON values walked), before anything executes:
 * - no text holds a NUL character (PostgreSQL's text cannot store one) or an unpaired surrogate
 *   (it is not Unicode: it cannot be encoded as UTF-8, stored or compared);
 * - text that a read matches against stored text (search, every `*Filter`) holds at most
 *   `MAX_MATCH_CHARS` characters and `MAX_MATCH_WORDS` words: the work a full-text or substring match
 *   does grows with its input, and PGlite runs it on the server's own thread, where nothing can
 *   interrupt it once it has started (a 35,000-word search held the process for minutes);
 * - a URL holds at most `MAX_URL_CHARS` characters (unique URLs are kept in a btree index, whose
 *   entries must fit a third of a page).
 * Variables are bounded before anything reads them (`onParams`): at most `MAX_VARIABLE_DEPTH` levels
 * of nesting, so no recursive walk (the response cache's key, coercion) runs out of stack.
 *
 * A refusal is BAD_USER_INPUT (HTTP 400) naming the argument and the path inside it.
 */
export const MAX_MATCH_CHARS = 500;
export const MAX_MATCH_WORDS = 32;
export const MAX_URL_CHARS = 2_000;
export const MAX_VARIABLE_DEPTH = 32;

export function useInputValues(): Plugin {
  const check = perDocument((document, args: ExecutionArgs) =>
    findBadValue(args.schema, document, args.variableValues ?? {}, args.operationName),
  );
  return {
    onParams({ params }) {
      const depth = depthOf(params.variables);
      if (depth > MAX_VARIABLE_DEPTH) {
        throw createGraphQLError(`Variables nest at most ${MAX_VARIABLE_DEPTH} levels deep; these nest ${depth}.`, {
          extensions: { code: 'BAD_USER_INPUT', limit: MAX_VARIABLE_DEPTH, http: { status: 400 } },
        });
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const problem = check(args.document, requestKey(args.operationName, args.variableValues), args);
      if (problem) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`\`${problem.path.join('.')}\` ${problem.message}`, {
              extensions: {
                code: 'BAD_USER_INPUT',
                argument: problem.path,
                reason: problem.reason,
                http: { status: 400 },
              },
            }),
          ],
        });
      }
    },
  };
}

/** How deeply a JSON value nests, counted without recursion (the value may be thousands deep). */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (!item || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_VARIABLE_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export interface BadValue {
  /** The field, the argument and the path inside it, e.g. ["claims", "filter", "text"]. */
  path: (string | number)[];
  message: string;
  reason: 'NUL_CHARACTER' | 'UNPAIRED_SURROGATE' | 'TOO_LONG' | 'TOO_MANY_WORDS';
}

/** What is wrong with a text, if anything, wherever it is sent. */
export function badText(text: string): Pick<BadValue, 'message' | 'reason'> | undefined {
  if (text.includes('\u0000')) return { message: 'holds a NUL character (U+0000).', reason: 'NUL_CHARACTER' };
  // With the u flag a surrogate pair reads as one code point, so only a lone surrogate matches.
  if (/\p{Surrogate}/u.test(text)) {
    return { message: 'holds an unpaired surrogate: it is not valid Unicode.', reason: 'UNPAIRED_SURROGATE' };
  }
  return undefined;
}

/** What is wrong with a text a read matches against stored text, if anything. */
export function badMatchText(text: string): Pick<BadValue, 'message' | 'reason'> | undefined {
  if (text.length > MAX_MATCH_CHARS) {
    return { message: `holds ${text.length} characters; at most ${MAX_MATCH_CHARS} are matched.`, reason: 'TOO_LONG' };
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > MAX_MATCH_WORDS) {
    return { message: `holds ${words} words; at most ${MAX_MATCH_WORDS} are matched.`, reason: 'TOO_MANY_WORDS' };
  }
  return undefined;
}

/** Whether a text under `parents` (a field, then input types) is matched against stored text by a read. */
function isMatchText(parents: readonly string[]) {
  return parents.some((parent) => parent === 'Query.search' || parent.endsWith('Filter'));
}

function findBadValue(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
): BadValue | undefined {
  return firstInArguments(schema, document, variables, operationName, ({ operation, parent, field, values }) => {
    const reads = operation.operation !== 'mutation';
    for (const arg of field.args) {
      const problem = checkValue(values[arg.name], arg.type, [field.name, arg.name], {
        reads,
        scope: [`${parent.name}.${field.name}`],
      });
      if (problem) return problem;
    }
    return undefined;
  });
}

interface Where {
  /** Whether the operation only reads (a query or subscription). */
  reads: boolean;
  /** The field and the input types the value sits in, outermost first. */
  scope: readonly string[];
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: (string | number)[],
  where: Where,
): BadValue | undefined {
  if (value == null) return undefined;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, where);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, path, where);
    for (const [index, item] of value.entries()) {
      const problem = checkValue(item, type.ofType, [...path, index], where);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    const scope = [...where.scope, type.name];
    for (const [name, field] of Object.entries(type.getFields())) {
      const problem = checkValue((value as Record<string, unknown>)[name], field.type, [...path, name], {
        ...where,
        scope,
      });
      if (problem) return problem;
    }
    return undefined;
  }
  if (isScalarType(type)) {
    if (typeof value === 'string') {
      const field = String(path.at(-1));
      const problem =
        badText(value) ??
        (where.reads && isMatchText(where.scope) ? badMatchText(value) : undefined) ??
        (/url$/i.test(field) && value.length > MAX_URL_CHARS
          ? { message: `holds ${value.length} characters; a URL holds at most ${MAX_URL_CHARS}.`, reason: 'TOO_LONG' }
          : undefined);
      return problem ? ({ path, ...problem } as BadValue) : undefined;
    }
    if (value && typeof value === 'object') return checkJson(value, path);
  }
  return undefined;
}

/** Every key and text inside a JSON value, without recursion. */
function checkJson(value: object, path: (string | number)[]): BadValue | undefined {
  const stack: [unknown, (string | number)[]][] = [[value, path]];
  while (stack.length) {
    const [item, at] = stack.pop() as [unknown, (string | number)[]];
    if (typeof item === 'string') {
      const problem = badText(item);
      if (problem) return { path: at, ...problem };
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const problem = badText(key);
        if (problem) return { path: [...at, key], ...problem };
        stack.push([child, [...at, Array.isArray(item) ? Number(key) : key]]);
      }
    }
  }
  return undefined;
}

/** The field's arguments, or none when they do not coerce: execution then reports that error. */
