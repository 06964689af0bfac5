import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { schema } from '../../apps/server/src/schema/index.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';

// Every text, ID, DateTime, JSON and list that any query or mutation takes, found by walking the
// schema (arguments and every input field under them), gets each class of hostile value a client
// can send. Whatever it is, the answer is an answer: data, a typed error or a refusal, never
// INTERNAL_SERVER_ERROR and never a 5xx other than 503 (the database is busy).

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 1);

type Kind = 'String' | 'ID' | 'DateTime' | 'JSON' | 'List';

/** One place a value can be sent: a root field, the path to the value, and what it is. */
interface Slot {
  root: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** The argument's name, then input field names ('[]' steps into a list's first item). */
  path: string[];
  kind: Kind;
}

function slotsOf(root: 'query' | 'mutation', type: GraphQLObjectType | null | undefined): Slot[] {
  const slots: Slot[] = [];
  const walk = (field: GraphQLField<unknown, unknown>, input: GraphQLInputType, path: string[], seen: string[]) => {
    const inner = isNonNullType(input) ? input.ofType : input;
    if (isListType(inner)) {
      slots.push({ root, field, path, kind: 'List' });
      walk(field, inner.ofType, [...path, '[]'], seen);
    } else if (isInputObjectType(inner)) {
      if (seen.includes(inner.name)) return;
      for (const child of Object.values(inner.getFields())) {
        walk(field, child.type, [...path, child.name], [...seen, inner.name]);
      }
    } else if (isScalarType(inner) && ['String', 'ID', 'DateTime', 'JSON'].includes(inner.name)) {
      slots.push({ root, field, path, kind: inner.name as Kind });
    }
  };
  for (const field of Object.values(type?.getFields() ?? {})) {
    for (const arg of field.args) walk(field, arg.type, [arg.name], []);
  }
  return slots;
}

const SLOTS = [...slotsOf('query', schema.getQueryType()), ...slotsOf('mutation', schema.getMutationType())];

const id = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i.toString(36)}`).join(' ');

/** The hostile classes, each an arbitrary of values of that class. */
const textClasses = {
  nul: fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  unpairedSurrogate: fc
    .tuple(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u{1F600}'.slice(0, 1)),
    )
    .map(([s, half]) => `${s}${half}${s}`),
  manyWords: fc.constantFrom(33, 600, 35_000).map(words),
  long: fc.constantFrom(3_000, 100_000).map((n) => 'x'.repeat(n)),
  unicode: fc.constantFrom('Cafe\u0301', '\u202Eevil', '\uFEFF', 'Tarto\u0302us', '😀😀', '\u00A0\u2028'),
  injection: fc.constantFrom('\'; DROP TABLE "Claim"; --', '%_\\', '" or 1=1 --', '$1', ':*&!|'),
} satisfies Record<string, fc.Arbitrary<string>>;

const idClasses = {
  pastInt4: fc
    .constantFrom('Claim', 'Actor', 'Source', 'Article', 'ChangeEvent', 'ApiKey')
    .chain((type) => fc.constantFrom(2_147_483_648, 9_999_999_999, 99_999_999_999_999).map((n) => id(`${type}:${n}`))),
  malformed: fc.constantFrom('', '=', id('Claim:0'), id('Claim:-1'), id('Nope:1'), id('Claim:1\u0000')),
  ...textClasses,
};

const dateClasses = {
  yearZero: fc.constantFrom('0000-01-01T00:00:00Z', '0000-12-31T23:59:59.999Z'),
  edges: fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00+14:00'),
  notDates: textClasses.nul,
};

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
};
const jsonClasses = {
  nulKeys: fc.string({ maxLength: 10 }).map((s) => ({ [`k\u0000${s}`]: 1, '@context': 'x' })),
  nulValues: textClasses.nul.map((s) => ({ '@type': s, name: s })),
  surrogates: textClasses.unpairedSurrogate.map((s) => [s]),
  deep: fc.constantFrom(15, 40).map(nested),
  numbers: fc.constantFrom(1e308, -0, 2 ** 53 + 1).map((n) => ({ n, claimReviewed: n })),
};

const listClasses = {
  tooMany: fc.constant(101).map((n) => Array.from({ length: n }, () => null)),
  hostileItems: fc.array(fc.oneof(textClasses.nul, textClasses.unpairedSurrogate, idClasses.pastInt4), {
    minLength: 1,
    maxLength: 3,
  }),
};

const CLASSES: Record<Kind, Record<string, fc.Arbitrary<unknown>>> = {
  String: textClasses,
  ID: idClasses,
  DateTime: dateClasses,
  JSON: jsonClasses,
  List: listClasses,
};

const SEED_CLAIM = id('Claim:1');

/** A plain valid value of `type`: required input fields filled, optional ones left out. */
function plain(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plain(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, plain(field.type)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return SEED_CLAIM;
    case 'DateTime':
      return '2017-11-28T00:00:00Z';
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'JSON':
      return {};
    default:
      return 'Chinese troops';
  }
}

/** The argument's plain value with `value` put at `path` (creating the objects and lists on the way). */
function place(type: GraphQLInputType, path: string[], value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (step === '[]' && isListType(inner)) return [place(inner.ofType, rest, value)];
  if (isInputObjectType(inner)) {
    const field = inner.getFields()[step];
    if (!field) throw new Error(`no field ${step} on ${inner.name}`);
    return { ...(plain(inner) as object), [step]: place(field.type, rest, value) };
  }
  throw new Error(`cannot step ${step} into ${String(inner)}`);
}

/** A request that sends `value` at the slot, every other required argument plain. */
function requestFor(slot: Slot, value: unknown) {
  const [argName, ...rest] = slot.path;
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args = slot.field.args
    .filter((arg) => arg.name === argName || (isNonNullType(arg.type) && arg.defaultValue === undefined))
    .map((arg) => {
      variables[arg.name] = arg.name === argName ? place(arg.type, rest, value) : plain(arg.type);
      declarations.push(`$${arg.name}: ${String(arg.type)}`);
      return `${arg.name}: $${arg.name}`;
    });
  const selection = isLeafType(getNamedType(slot.field.type)) ? '' : ' { __typename }';
  const query = `${slot.root} (${declarations.join(', ')}) { ${slot.field.name}(${args.join(', ')})${selection} }`;
  return { query, variables };
}

async function send(api: Api, slot: Slot, value: unknown) {
  const body = requestFor(slot, value);
  const response = await api.app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      // Admin may do every mutation (key management too), so the value reaches the resolver.
      ...(slot.root === 'mutation' ? { authorization: `Bearer ${api.keys.admin}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body };
}

describe('hostile input, in every place the schema takes text, IDs, dates, JSON and lists', () => {
  test('the walk finds the places (arguments and input fields of every query and mutation)', () => {
    const named = SLOTS.map((slot) => `${slot.field.name}.${slot.path.join('.')}`);
    // A few the issue names, as a check that the walk reaches them.
    expect(named).toEqual(
      expect.arrayContaining([
        'search.query',
        'claims.filter.text',
        'node.id',
        'nodes.ids',
        'nodes.ids.[]',
        'ingestArticle.input.text',
        'ingestArticle.input.url',
        'claims.filter.createdAt.from',
        'importClaimReview.input.document',
      ]),
    );
    expect(SLOTS.length).toBeGreaterThan(150);
  });

  test('no value is an internal error, and no answer is a 5xx other than 503', { timeout: 300_000 }, async ({
    api,
  }) => {
    const failures: string[] = [];
    let sent = 0;
    for (const slot of SLOTS) {
      for (const [name, arbitrary] of Object.entries(CLASSES[slot.kind])) {
        await fc.assert(
          fc.asyncProperty(arbitrary, async (value) => {
            sent += 1;
            const answer = await send(api, slot, value);
            const internal = answer.text.includes('INTERNAL_SERVER_ERROR');
            const serverError = answer.status >= 500 && answer.status !== 503;
            if (internal || serverError) {
              failures.push(
                `${slot.root} ${slot.field.name}.${slot.path.join('.')} × ${name}: ${answer.status} ${answer.text.slice(0, 200)}`,
              );
            }
          }),
          { numRuns: RUNS, seed: SEED },
        );
      }
    }
    expect(failures).toEqual([]);
    // The size of this run, for the README: places × classes × runs.
    console.info(`hostile input: ${SLOTS.length} places, ${sent} requests`);
  });
});
