import { createApp } from '../../apps/server/src/yoga.js';
import { type Api, test as base, createApi, describe, expect } from '../support/fixtures.js';

// `nodes(ids:)` reads objects of every kind in one statement (schema/nodes.ts, selection-sql.ts).
// `node(id:)` still loads through the Relay plugin and Prisma, so it is the reference: whatever
// `nodes` answers must be what `node` answers for each ID, in the order asked.

type Json = Record<string, unknown>;

const test = base.extend<{ uncached: Api }>({
  uncached: [
    async ({ api }, use) => use(createApi(createApp({ responseCache: false }), api.database, api.keys)),
    { scope: 'file' },
  ],
});

/** A selection that reaches relations, nested lists and dates on every kind the story has. */
const BASE = `__typename id
  ... on Claim { text type verificationStatus createdAt time { text start } actors { role actor { name } }
    currentAssessment { verificationStatus assessedAt } }
  ... on Article { headline publishedAt publisher { name } currentVersion { number sha256 } }
  ... on Actor { name actorKind: kind aliases parent { name } }
  ... on Source { name sourceKind: kind reliability { rating assessedAt } }
  ... on ClaimAppearance { quote anchor { start end } claim { text } }`;
const FIELDS = `${BASE}
  ... on Claim { appearances(first: 2) { totalCount edges { node { quote statedCertainty attribution { position role } } } } }`;

/** Every claim, article, actor, source and appearance of the story, by global ID. */
async function storyIds(api: Api) {
  const data = await api.data<
    Record<string, { edges: { node: { id: string; appearances?: { edges: { node: { id: string } }[] } } }[] }>
  >(
    `{ claims(first: 30) { edges { node { id appearances(first: 5) { edges { node { id } } } } } }
       articles(first: 30) { edges { node { id } } } actors(first: 50) { edges { node { id } } }
       sources(first: 50) { edges { node { id } } } }`,
  );
  const nodes = Object.values(data).flatMap((connection) => connection.edges.map((edge) => edge.node));
  const appearances = nodes.flatMap((node) => node.appearances?.edges.map((edge) => edge.node.id) ?? []);
  return [...nodes.map((node) => node.id), ...appearances];
}

/** The same IDs through `node(id:)`, one aliased field each. */
async function oneByOne(api: Api, ids: string[]) {
  const answers: (Json | null | undefined)[] = [];
  // A few per request: the whole list would pass the token and alias limits.
  for (let start = 0; start < ids.length; start += 4) {
    const chunk = ids.slice(start, start + 4);
    const data = await api.data<Record<string, Json | null>>(
      `query (${chunk.map((_, i) => `$id${i}: ID!`).join(', ')}) {
        ${chunk.map((_, i) => `n${i}: node(id: $id${i}) { ${FIELDS} }`).join('\n')} }`,
      Object.fromEntries(chunk.map((id, i) => [`id${i}`, id])),
    );
    answers.push(...chunk.map((_, i) => data[`n${i}`]));
  }
  return answers;
}

describe('nodes(ids:)', () => {
  test('answers every kind of object as node(id:) does, in the order asked, in one statement', async ({
    uncached: api,
  }) => {
    const ids = (await storyIds(api)).reverse().slice(0, 100);
    expect(new Set(ids.map((id) => Buffer.from(id, 'base64url').toString().split(':')[0])).size).toBe(5);
    let nodes: (Json | null)[] = [];
    const statements = await api.statements(async () => {
      ({ nodes } = await api.data<{ nodes: (Json | null)[] }>(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ${FIELDS} } }`,
        { ids },
      ));
    });
    expect(statements).toBe(1);
    expect(nodes.map((node) => node?.id)).toEqual(ids);
    expect(nodes).toEqual(await oneByOne(api, ids));
  });

  test('missing objects and repeats keep their places; an ID past any possible row is INVALID_ID', async ({
    uncached: api,
  }) => {
    const [claim, actor] = (await storyIds(api)).filter((id) =>
      /^(Claim|Actor):/.test(Buffer.from(id, 'base64url').toString()),
    );
    const missing = Buffer.from('Claim:999999').toString('base64url');
    const { nodes } = await api.data<{ nodes: ({ id: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [claim, missing, actor, claim] },
    );
    expect(nodes).toEqual([{ id: claim }, null, { id: actor }, { id: claim }]);
    // Keys are PostgreSQL integers: such an ID is malformed, not missing (global-id.ts).
    const pastInt = Buffer.from('Actor:2147483648').toString('base64url');
    const refused = await api.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [claim, pastInt] });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_ID']);
  });

  test('a selection the compiler leaves to Prisma still answers the same, one statement per kind', async ({
    uncached: api,
  }) => {
    const ids = (await storyIds(api)).slice(0, 60);
    const kinds = new Set(ids.map((id) => Buffer.from(id, 'base64url').toString().split(':')[0])).size;
    const { claims } = await api.data<{
      claims: { edges: { node: { appearances: { pageInfo: { endCursor: string } } } }[] };
    }>('{ claims(first: 1) { edges { node { appearances(first: 1) { pageInfo { endCursor } } } } } }');
    const after = claims.edges[0]?.node.appearances.pageInfo.endCursor;
    // A cursor inside a nested connection is not compiled (selection-sql.ts).
    const paged = `... on Claim { appearances(first: 1, after: $after) { edges { node { quote } } } }`;
    let viaPrisma: Json[] = [];
    const statements = await api.statements(async () => {
      ({ nodes: viaPrisma } = await api.data<{ nodes: Json[] }>(
        `query ($ids: [ID!]!, $after: String) { nodes(ids: $ids) { ${BASE} ${paged} } }`,
        { ids, after },
      ));
    });
    expect(statements).toBe(kinds);
    const { nodes: compiled } = await api.data<{ nodes: Json[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ${BASE} } }`,
      { ids },
    );
    expect(viaPrisma.map(({ appearances: _paged, ...rest }) => rest)).toEqual(compiled);
    expect(viaPrisma.some((node) => node.appearances)).toBe(true);
  });

  test('an API key is an admin’s to read, through nodes as through node', async ({ api }) => {
    const created = await api.data<{ createApiKey: { created: { apiKey: { id: string } } } }>(
      `mutation { createApiKey(input: { name: "nodes test", owner: "nodes", role: READER }) {
        ... on CreateApiKeySuccess { created { apiKey { id } } } } }`,
      {},
      { key: api.keys.admin },
    );
    const id = created.createApiKey.created.apiKey.id;
    const query = 'query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }';
    const asAdmin = await api.graphql(query, { id }, { key: api.keys.admin });
    expect(asAdmin.data).toEqual({ node: { id }, nodes: [{ id }] });
    const asReader = await api.graphql<{ node: unknown; nodes: unknown[] }>(query, { id }, { key: api.keys.reader });
    expect(asReader.data).toEqual({ node: null, nodes: [null] });
    expect(asReader.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
