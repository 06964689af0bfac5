import { type Api, describe, expect, test } from '../support/fixtures.js';

/**
 * Pages are read by keyset (a `where` on the ordering columns, apps/server/src/db/keyset.ts and
 * schema/keyset-connection.ts): walking a list page by page, forwards or backwards, in any order the
 * API offers, gives exactly the list one big page gives, with no item skipped or repeated.
 */

interface Page {
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

const pageFields = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }';

/** Every id of a root list, in order, read `size` at a time forwards, then backwards. */
async function walk(api: Api, field: string, orderBy: string, size: number) {
  const read = async (args: string) =>
    (
      await api.data<Record<string, Page>>(
        `{ ${field}(${args}${orderBy ? `, orderBy: ${orderBy}` : ''}) { ${pageFields} } }`,
      )
    )[field] as Page;
  const forwards: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await read(`first: ${size}${after ? `, after: "${after}"` : ''}`);
    forwards.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backwards: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await read(`last: ${size}${before ? `, before: "${before}"` : ''}`);
    backwards.unshift(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  const whole = (await read('first: 100')).edges.map((e) => e.node.id);
  return { whole, forwards, backwards };
}

async function addArticles(api: Api) {
  const ingest = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }`;
  const articles = [
    { headline: 'Beta report', publishedAt: '2017-11-20T09:00:00.000Z' },
    { headline: 'Alpha report', publishedAt: null },
    { headline: 'Gamma report', publishedAt: '2017-11-21T09:00:00.000Z' },
    { headline: 'Delta report', publishedAt: '2017-11-20T09:00:00.000Z' },
  ];
  for (const [i, article] of articles.entries()) {
    await api.data(
      ingest,
      { input: { ...article, url: `https://example.org/keyset/${i}`, text: `${article.headline}\n\nBody ${i}.` } },
      { key: api.keys.editor },
    );
  }
}

describe('keyset pagination of root lists', () => {
  const orders: [string, string][] = [
    ['claims', ''],
    ['claims', '{ field: CREATED_AT, direction: DESC }'],
    ['claims', '{ field: TEXT }'],
    ['claims', '{ field: TEXT, direction: DESC }'],
    ['claims', '{ field: UPDATED_AT, direction: DESC }'],
    ['actors', ''],
    ['actors', '{ field: NAME, direction: DESC }'],
    ['actors', '{ field: CREATED_AT }'],
    ['sources', ''],
    ['sources', '{ field: CREATED_AT, direction: DESC }'],
    ['articles', ''],
    ['articles', '{ field: PUBLISHED_AT }'],
    ['articles', '{ field: PUBLISHED_AT, direction: DESC }'],
    ['articles', '{ field: HEADLINE, direction: DESC }'],
  ];

  test.for(orders)(
    '%s ordered by %s: pages forwards and backwards give the whole list',
    async ([field, orderBy], { api }) => {
      if (field === 'articles') {
        const { articles } = await api.data<{ articles: { totalCount: number } }>('{ articles { totalCount } }');
        if (articles.totalCount < 5) await addArticles(api);
      }
      const { whole, forwards, backwards } = await walk(api, field, orderBy, 3);
      expect(whole.length).toBeGreaterThan(4);
      expect(new Set(whole).size).toBe(whole.length);
      expect(forwards).toEqual(whole);
      expect(backwards).toEqual(whole);
    },
  );

  test('unknown publication dates come last, in either direction', async ({ api }) => {
    const { articles } = await api.data<{ articles: { totalCount: number } }>('{ articles { totalCount } }');
    if (articles.totalCount < 5) await addArticles(api);
    for (const direction of ['ASC', 'DESC']) {
      const { articles: page } = await api.data<{ articles: { edges: { node: { publishedAt: string | null } }[] } }>(
        `{ articles(first: 100, orderBy: { field: PUBLISHED_AT, direction: ${direction} }) { edges { node { publishedAt } } } }`,
      );
      const dates = page.edges.map((e) => e.node.publishedAt);
      const known = dates.filter((d): d is string => d !== null);
      expect(dates.slice(known.length).every((d) => d === null)).toBe(true);
      const sorted = [...known].sort();
      expect(known).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    }
  });

  test('a cursor holds only for the order it came from', async ({ api }) => {
    const { claims } = await api.data<{ claims: Page }>(`{ claims(first: 2) { ${pageFields} } }`);
    const response = await api.graphql(
      `query ($after: String) { claims(first: 2, after: $after, orderBy: { field: TEXT }) { edges { node { id } } } }`,
      { after: claims.pageInfo.endCursor },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('keyset pagination of nested lists', () => {
  test("an article's appearances in reading order, page by page", async ({ api }) => {
    const { articles } = await api.data<{ articles: { edges: { node: { id: string } }[] } }>(
      '{ articles(first: 1, orderBy: { field: CREATED_AT }) { edges { node { id } } } }',
    );
    const query = `query ($id: ID!, $first: Int, $after: String) { article(id: $id) { currentVersion {
      appearances(first: $first, after: $after) { ${pageFields} edges { node { anchor { start } } } } } } }`;
    type Appearances = Omit<Page, 'edges'> & { edges: { node: { id: string; anchor: { start: number } } }[] };
    type Result = { article: { currentVersion: { appearances: Appearances } } };
    const id = articles.edges[0]?.node.id;
    const whole = (await api.data<Result>(query, { id, first: 100 })).article.currentVersion.appearances.edges;
    const paged: typeof whole = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const page: Appearances = (await api.data<Result>(query, { id, first: 5, after })).article.currentVersion
        .appearances;
      paged.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(whole.length).toBe(24);
    expect(paged.map((e) => e.node.id)).toEqual(whole.map((e) => e.node.id));
    const starts = whole.map((e) => e.node.anchor.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test("a claim's assessments, latest first, page by page", async ({ api }) => {
    const { claims } = await api.data<{ claims: { edges: { node: { id: string } }[] } }>(
      '{ claims(first: 1, filter: { statedCertainty: [RUMOUR] }) { edges { node { id } } } }',
    );
    const claimId = claims.edges[0]?.node.id;
    const add = `mutation ($input: AddAssessmentInput!) { addAssessment(input: $input) { __typename } }`;
    for (const status of ['IN_PROGRESS', 'UNVERIFIED', 'IN_PROGRESS', 'UNVERIFIED']) {
      await api.data(add, { input: { claimId, verificationStatus: status, credibility: 4 } }, { key: api.keys.editor });
    }
    const query = `query ($id: ID!, $first: Int, $after: String) { claim(id: $id) {
      assessments(first: $first, after: $after) { ${pageFields} } } }`;
    type Result = { claim: { assessments: Page } };
    const whole = (await api.data<Result>(query, { id: claimId, first: 100 })).claim.assessments.edges;
    const paged: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const page: Page = (await api.data<Result>(query, { id: claimId, first: 2, after })).claim.assessments;
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(whole.length).toBeGreaterThanOrEqual(4);
    expect(paged).toEqual(whole.map((e) => e.node.id));
  });

  test("an article's versions, latest first, page by page", async ({ api }) => {
    const url = 'https://example.org/keyset/versions';
    const ingest = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
      __typename ... on IngestArticleSuccess { ingested { article { id } } } } }`;
    let articleId: string | undefined;
    for (const n of [1, 2, 3, 4]) {
      const result = await api.data<{ ingestArticle: { ingested: { article: { id: string } } } }>(
        ingest,
        { input: { headline: 'Versions', url, text: `Versions\n\nText number ${n}.` } },
        { key: api.keys.editor },
      );
      articleId = result.ingestArticle.ingested.article.id;
    }
    const query = `query ($id: ID!, $after: String) { article(id: $id) {
      versions(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { number } } } } }`;
    type Versions = { pageInfo: Page['pageInfo']; edges: { node: { number: number } }[] };
    type Result = { article: { versions: Versions } };
    const numbers: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: Versions = (await api.data<Result>(query, { id: articleId, after })).article.versions;
      numbers.push(...page.edges.map((e) => e.node.number));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(numbers).toEqual([4, 3, 2, 1]);
  });
});
