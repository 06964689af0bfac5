import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { schema } from '../../apps/server/src/schema/index.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';

// Property-based fuzzing of documents and variables against the in-process server: whatever a
// client sends, the answer is a 2xx or 4xx JSON body, within seconds, and the server keeps serving.
// CI runs a fixed seed; `FUZZ_RUNS=5000 FUZZ_SEED=<n> vitest run test/api/fuzz.test.ts` runs longer.

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const SLOW_MS = 5_000;

/** Reads choices from a list fast-check generates (and shrinks), wrapping around. */
class Choices {
  private at = 0;
  constructor(private readonly values: readonly number[]) {}
  next(n: number): number {
    const value = this.values[this.at % this.values.length] ?? 0;
    this.at += 1;
    return n <= 0 ? 0 : value % n;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.next(items.length)] as T;
  }
  chance(percent: number) {
    return this.next(100) < percent;
  }
}

const NASTY_STRINGS = ['', ' ', '"', '\\', '\u0000', '\u{1F600}', 'x'.repeat(300), '!!!', 'Q2xhaW06MQ', '-1', '1e309'];
const NASTY_NUMBERS = [0, 1, -1, 20, 100, 101, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 1.5];

function literal(type: GraphQLInputType, c: Choices, depth: number): string {
  if (c.chance(8)) return c.pick(['null', '"wrong"', '42', '[]', '{}', 'true', 'NOT_AN_ENUM', '$undeclared']);
  if (isNonNullType(type)) return literal(type.ofType, c, depth);
  if (isListType(type)) {
    const length = c.pick([0, 1, 2, 3, 101]);
    if (length > 3 && depth > 1) return '[]';
    return `[${Array.from({ length }, () => literal(type.ofType, c, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return c.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || c.chance(40));
    return `{ ${fields.map((field) => `${field.name}: ${literal(field.type, c, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(Math.trunc(c.pick(NASTY_NUMBERS)));
      case 'Float':
        return String(c.pick(NASTY_NUMBERS));
      case 'Boolean':
        return c.pick(['true', 'false']);
      case 'ID':
        return JSON.stringify(
          c.pick([
            Buffer.from(`${c.pick(['Claim', 'Actor', 'Source', 'Article', 'Query'])}:${c.next(40)}`).toString(
              'base64url',
            ),
            ...NASTY_STRINGS,
          ]),
        );
      case 'DateTime':
        return JSON.stringify(c.pick(['2016-11-28T00:00:00Z', 'yesterday', '0000-00-00', '']));
      default:
        return JSON.stringify(c.pick(['rumour', 'Chinese troops', 'Tartous', ...NASTY_STRINGS]));
    }
  }
  return 'null';
}

function argumentsFor(args: readonly GraphQLArgument[], c: Choices): string {
  const chosen = args.filter((arg) => isNonNullType(arg.type) || c.chance(35));
  if (chosen.length === 0) return '';
  return `(${chosen.map((arg) => `${arg.name}: ${literal(arg.type, c, 0)}`).join(', ')})`;
}

function selection(type: GraphQLNamedType, c: Choices, depth: number): string {
  if (isLeafType(type)) return '';
  const objects: readonly GraphQLObjectType[] = isAbstractType(type)
    ? schema.getPossibleTypes(type)
    : isObjectType(type)
      ? [type]
      : [];
  if (isAbstractType(type)) {
    const parts = ['__typename'];
    if (depth < 6 && objects.length) {
      const member = c.pick(objects);
      parts.push(`... on ${member.name} ${selection(member, c, depth + 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }
  const object = objects[0];
  if (!object) return '{ __typename }';
  const fields = Object.values(object.getFields());
  const count = 1 + c.next(3);
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const field = c.pick(fields);
    const named = getNamedType(field.type);
    if (!isLeafType(named) && depth >= 6) {
      parts.push('__typename');
      continue;
    }
    const alias = c.chance(10) ? `a${i}: ` : '';
    parts.push(`${alias}${field.name}${argumentsFor(field.args, c)} ${selection(named, c, depth + 1)}`.trim());
  }
  return `{ ${parts.join(' ')} }`;
}

/** A document built from the schema (mostly valid in shape, often wrong in detail), sometimes mangled. */
function documentFrom(values: readonly number[]): string {
  const c = new Choices(values);
  const root = c.chance(85) ? schema.getQueryType() : (schema.getMutationType() ?? schema.getQueryType());
  if (!root) throw new Error('the schema has no root type');
  let document = `${root === schema.getMutationType() ? 'mutation ' : ''}${selection(root, c, 0)}`;
  if (c.chance(15)) {
    // Mangle: cut it short, or drop in a stray token.
    const at = c.next(document.length);
    document = c.chance(50)
      ? document.slice(0, at)
      : `${document.slice(0, at)}${c.pick(['{', '}', '(', '$', '...', '@skip', '"', '#', '\u0000'])}${document.slice(at)}`;
  }
  return document;
}

async function send(api: Api, body: unknown) {
  const started = performance.now();
  const response = await api.app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

function expectGraceful(answer: Awaited<ReturnType<typeof send>>, sent: unknown) {
  const where = JSON.stringify(sent).slice(0, 500);
  expect(answer.status, where).toBeLessThan(500);
  expect(answer.ms, where).toBeLessThan(SLOW_MS);
  if (answer.text) expect(() => JSON.parse(answer.text), where).not.toThrow();
  expect(answer.text, where).not.toMatch(/\bat \S+\.(ts|js):\d+|node_modules|PrismaClient/);
}

describe('fuzzing (fast-check)', () => {
  test('documents from the schema, valid or not: never a 5xx, a hang or a leak', async ({ api }) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 16, maxLength: 200 }), async (values) => {
        const body = { query: documentFrom(values) };
        expectGraceful(await send(api, body), body);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('variables of any JSON shape, against declared variables of every kind', async ({ api }) => {
    const declared =
      'query ($ids: [ID!]!, $n: Int, $f: ClaimFilter, $q: String!, $o: ClaimOrder) { ' +
      'nodes(ids: $ids) { id } claims(first: $n, filter: $f, orderBy: $o) { totalCount } search(query: $q, first: $n) { rank } }';
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('ids', 'n', 'f', 'q', 'o', 'extra'), fc.jsonValue({ maxDepth: 3 })),
        async (variables) => {
          const body = { query: declared, variables };
          expectGraceful(await send(api, body), body);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('raw bodies: any text, any JSON, any parameter types', async ({ api }) => {
    const bodies = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc
        .record({
          query: fc.oneof(fc.string({ maxLength: 100 }), fc.jsonValue({ maxDepth: 2 })),
          variables: fc.jsonValue({ maxDepth: 2 }),
          operationName: fc.jsonValue({ maxDepth: 1 }),
          extensions: fc.jsonValue({ maxDepth: 2 }),
        })
        .map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        expectGraceful(await send(api, body), body);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('after all of that, the server still answers', async ({ api }) => {
    expect(await api.data('{ claims { totalCount } }')).toEqual({ claims: { totalCount: 24 } });
  });
});
