import { createApp } from '../../apps/server/src/yoga.js';
import { operations } from '../../packages/sdk/src/index.js';
import { type Api, test as base, createApi, describe, expect } from '../support/fixtures.js';

/**
 * SQL statements per request, counted by Prisma's statement counter (the fixture's
 * `api.statements`), on PGlite and on PostgreSQL. The rule: one statement per root field, whatever
 * the page size and on every page, first or later; a root list's `totalCount` adds one statement
 * when its count is not remembered for the current data generation (the first request for a filter
 * after a write). The known exceptions are spelled out below with their reasons.
 */

type Json = Record<string, unknown>;

// Statements are counted with the response cache off: a remembered answer sends none.
const test = base.extend<{ uncached: Api }>({
  uncached: [
    async ({ api }, use) => use(createApi(createApp({ responseCache: false }), api.database, api.keys)),
    { scope: 'file' },
  ],
});

/** IDs from the story, looked up through the API (never hard-coded). */
async function storyIds(api: Api) {
  const data = await api.data<{
    articles: { edges: { node: { id: string; currentVersion: { id: string } | null } }[] };
    claims: { edges: { node: { id: string } }[] };
    sources: { edges: { node: { id: string; name: string } }[] };
    actors: { edges: { node: { id: string; name: string } }[] };
  }>(`{ articles(first: 1) { edges { node { id currentVersion { id } } } }
        claims(first: 1, filter: { statedCertainty: [UNCONFIRMED_REPORT] }) { edges { node { id } } }
        sources(first: 100) { edges { node { id name } } } actors(first: 100) { edges { node { id name } } } }`);
  const source = (name: string) => data.sources.edges.find((e) => e.node.name === name)?.node.id;
  const actor = (name: string) => data.actors.edges.find((e) => e.node.name.includes(name))?.node.id;
  const ids = {
    article: data.articles.edges[0]?.node.id,
    version: data.articles.edges[0]?.node.currentVersion?.id,
    tartous: data.claims.edges[0]?.node.id,
    independent: source('The Independent'),
    assad: actor('Assad'),
    pla: actor('Liberation Army'),
  };
  for (const [name, id] of Object.entries(ids)) if (!id) throw new Error(`no ${name} in the story`);
  return ids as Record<keyof typeof ids, string>;
}

/** A claim's revision now, to send back with an update. */
async function currentRevision(api: Api, id: string) {
  const data = await api.data<{ claim: { revision: number } }>('query ($id: ID!) { claim(id: $id) { revision } }', {
    id,
  });
  return data.claim.revision;
}

/** Variables for each SDK read operation; `first: 1` so that the story's short lists have later pages. */
function variablesFor(id: Awaited<ReturnType<typeof storyIds>>): Record<string, Json> {
  return {
    actor: { id: id.pla },
    actors: { first: 1 },
    actorClaims: { id: id.pla, first: 1 },
    actorAttributions: { id: id.assad, first: 1 },
    article: { id: id.article },
    articles: { first: 1 },
    articleText: { id: id.article, first: 1 },
    articleVersions: { id: id.article, first: 1 },
    articleVersionText: { id: id.version, first: 1 },
    entityHistory: { id: id.tartous, first: 1 },
    claim: { id: id.tartous },
    claims: { first: 1 },
    claimProvenance: { id: id.tartous, first: 1 },
    claimAssessments: { id: id.tartous, first: 1 },
    source: { id: id.independent },
    sources: { first: 1 },
    sourceClaims: { id: id.independent, first: 1 },
    sourceArticles: { id: id.independent, first: 1 },
    node: { id: id.tartous },
    nodes: { ids: [id.article, id.independent, id.assad, id.tartous] },
    search: { query: 'Syria or Independent or Assad', first: 20 },
    changes: { first: 1 },
    claimTable: { format: 'CSV' },
    apiKeys: {},
    viewer: {},
  };
}

/**
 * Operations that are not one statement: `claimTable` and `viewer` send none (a download URL; the
 * viewer comes with the request). `nodes` and `search`, which load objects of several models,
 * compile their selections into one statement (selection-sql.ts).
 */
const expected: Record<string, number> = { claimTable: 0, viewer: 0 };

/** The connection the operation's `after` variable pages: the one object in the answer with a `pageInfo`. */
function pagedConnection(value: unknown): { pageInfo: { endCursor: string | null } } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  if ('pageInfo' in value) return value as { pageInfo: { endCursor: string | null } };
  for (const child of Object.values(value)) {
    const found = pagedConnection(child);
    if (found) return found;
  }
  return undefined;
}

const readOperations = Object.entries(operations).filter(([, op]) => op.kind === 'query');

describe('SQL statements of every SDK read operation', () => {
  test('the operations are all here', () => {
    expect(readOperations.map(([name]) => name).sort()).toEqual(
      Object.keys(variablesFor({ article: '', version: '', tartous: '', independent: '', assad: '', pla: '' })).sort(),
    );
  });

  test.for(readOperations.map(([name]) => name))(
    '%s: one statement per root field, on every page',
    async (name, { uncached: api }) => {
      const operation = operations[name as keyof typeof operations];
      const variables = variablesFor(await storyIds(api))[name] as Json;
      const key = name === 'apiKeys' ? { key: api.keys.admin } : {};
      // The first request may count its list (and look its key up); the count is then remembered.
      await api.data(operation.text, variables, key);
      let page: Json | undefined;
      const warm = await api.statements(async () => {
        page = await api.data(operation.text, variables, key);
      });
      expect(warm).toBe(expected[name] ?? 1);
      const cursor = pagedConnection(page)?.pageInfo.endCursor;
      if (!('after' in variables || 'first' in variables) || !cursor || name === 'search') return;
      const later = await api.statements(() => api.data(operation.text, { ...variables, after: cursor }, key));
      expect(later).toBe(expected[name] ?? 1);
    },
  );
});

/**
 * N+1 guard: the statements a nested query sends must not grow with the page size. Each shape runs
 * with a small and a large page, and then for the page after the small one. (A request that selects
 * one relation twice with different arguments, such as `currentAssessment` beside `assessments`,
 * costs a statement more: Prisma cannot alias a relation within one query.)
 */
const SHAPES = {
  'a page of articles → appearances → claims → actors': `query ($n: Int!, $after: String) {
    articles(first: $n, after: $after) { pageInfo { endCursor } edges { node { headline publisher { name }
      originalPublisher { name } currentVersion { appearances(first: $n) { totalCount edges { node { statedCertainty
        quote claim { text actors { role actor { name parent { name } } } } } } } } } } } }`,
  'a page of claims → attribution chains → sources and their reliability': `query ($n: Int!, $after: String) {
    claims(first: $n, after: $after) { pageInfo { endCursor } edges { node { text verificationStatus
      appearances(first: 3) { edges { node { statedCertainty cues { kind anchor { exact } }
        attribution { position role anchor { exact }
          agent { __typename ... on Actor { name kind } ... on Source { name reliability { rating } } } } } } } } } } }`,
  'an actor → claims by role → appearances': `query ($n: Int!, $after: String) {
    actors(first: $n, after: $after) { pageInfo { endCursor } edges { node { name claims(first: $n) { totalCount
      edges { node { role claim { text appearances(first: 2) { edges { node { quote } } } } } } } } } } }`,
  'claims ordered by text, descending, with their current assessment': `query ($n: Int!, $after: String) {
    claims(first: $n, after: $after, orderBy: { field: TEXT, direction: DESC }) { pageInfo { endCursor }
      edges { node { text currentAssessment { verificationStatus rationale } } } } }`,
  'articles by publication date (unknown dates last) → versions → blocks': `query ($n: Int!, $after: String) {
    articles(first: $n, after: $after, orderBy: { field: PUBLISHED_AT, direction: DESC }) { pageInfo { endCursor }
      edges { node { headline versions(first: 2) { edges { node { number blocks { kind } } } } } } } }`,
} as const;

describe('SQL statements per request, whatever the page size', () => {
  for (const [shape, query] of Object.entries(SHAPES)) {
    test(`${shape}: one, on the first page and the next`, async ({ uncached: api }) => {
      let first: Json | undefined;
      const small = await api.statements(async () => {
        first = await api.data<Json>(query, { n: 2 });
      });
      const large = await api.statements(() => api.data(query, { n: 20 }));
      const end = pagedConnection(first)?.pageInfo.endCursor;
      expect(end).toBeTruthy();
      const later = await api.statements(() => api.data(query, { n: 2, after: end }));
      expect({ small, large, later }).toEqual({ small: 1, large: 1, later: 1 });
    });
  }

  test("a mutation answers with the row it wrote: asking for the row's columns sends no statement", async ({
    uncached: api,
  }) => {
    // Claims, appearances, articles, actors and sources load only the columns a read asks for; the
    // row a write hands back carries them all, so its fields answer from it rather than re-reading
    // the row after the commit, which could show another writer's later revision as this one's.
    const { tartous } = await storyIds(api);
    const update = `mutation ($input: UpdateClaimInput!) { updateClaim(input: $input) {
      ... on UpdateClaimSuccess { claim { SELECTION } } ... on Error { message } } }`;
    const written = async (selection: string, revision: number) => {
      let claim: Json | undefined;
      const statements = await api.statements(async () => {
        const data = await api.data<{ updateClaim: { claim?: Json; message?: string } }>(
          update.replace('SELECTION', selection),
          { input: { id: tartous, revision, text: `Tartous, revision ${revision}` } },
          { key: api.keys.editor },
        );
        expect(data.updateClaim.message).toBeUndefined();
        claim = data.updateClaim.claim;
      });
      return { statements, claim };
    };
    // The first write of the key looks the key up; the two counted after it do not.
    await written('__typename', await currentRevision(api, tartous));
    const bare = await written('__typename', await currentRevision(api, tartous));
    const revision = await currentRevision(api, tartous);
    const full = await written('revision text type updatedAt archivedAt time { text } quantity { value }', revision);
    expect(full.claim).toMatchObject({ text: `Tartous, revision ${revision}`, revision: revision + 1 });
    expect(full.statements).toBe(bare.statements);
  });

  test('a search across every kind, with nested fields: one statement', async ({ uncached: api }) => {
    const query = `query ($n: Int!) { search(query: "Syria or Independent", first: $n) { rank highlights { text }
      node { __typename ... on Claim { text actors { actor { name } } appearances(first: 2) { totalCount edges { node { quote } } } }
        ... on Actor { name parent { name } } ... on Source { name reliability { rating } } ... on Article { headline publisher { name } } } } }`;
    let hits: { search: { node: { __typename: string } }[] } | undefined;
    const small = await api.statements(async () => {
      hits = await api.data(query, { n: 30 });
    });
    const large = await api.statements(() => api.data(query, { n: 100 }));
    expect(new Set(hits?.search.map((hit) => hit.node.__typename))).toEqual(
      new Set(['Claim', 'Actor', 'Source', 'Article']),
    );
    expect({ small, large }).toEqual({ small: 1, large: 1 });
  });

  test('a search whose hits page a connection by cursor: the ranking, then one per kind found', async ({
    uncached: api,
  }) => {
    // Cursors are left to Prisma (selection-sql.ts covers what it can compile exactly).
    const query = `query ($after: String) { search(query: "Syria or Independent", first: 100) { rank
      node { __typename ... on Claim { text appearances(first: 1, after: $after) { edges { node { quote } } } }
        ... on Actor { name } ... on Source { name } ... on Article { headline } } } }`;
    const { claims } = await api.data<{
      claims: { edges: { node: { appearances: { pageInfo: { endCursor: string } } } }[] };
    }>('{ claims(first: 1) { edges { node { appearances(first: 1) { pageInfo { endCursor } } } } } }');
    const after = claims.edges[0]?.node.appearances.pageInfo.endCursor;
    expect(after).toBeTruthy();
    let hits: { search: { node: { __typename: string } }[] } | undefined;
    const paged = await api.statements(async () => {
      hits = await api.data(query, { after });
    });
    expect(new Set(hits?.search.map((hit) => hit.node.__typename)).size).toBe(4);
    expect(paged).toBe(5);
  });
});
