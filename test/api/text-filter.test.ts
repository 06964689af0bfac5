import { matchingClaimIds } from '../../apps/server/src/domain/search.js';
import { createApp } from '../../apps/server/src/yoga.js';
import { type Api, test as base, createApi, describe, expect } from '../support/fixtures.js';
import { claimPages } from '../support/paging.js';

// `claims(filter: { text })` puts the tsvector match in the page's own statement (schema/claim.ts,
// selection-sql.ts). The reference: the same list without `text`, kept to the claims the GIN
// index matches (matchingClaimIds), in the same order.

const test = base.extend<{ uncached: Api }>({
  uncached: [
    async ({ api }, use) => use(createApi(createApp({ responseCache: false }), api.database, api.keys)),
    { scope: 'file' },
  ],
});

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  edges: { node: { id: string } }[];
};

const rawId = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

async function list(api: Api, filter: string, order: string) {
  const { claims } = await api.data<{ claims: Page }>(
    `{ claims(first: 100, filter: ${filter}, orderBy: ${order}) { totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }`,
  );
  return claims;
}

const TEXTS = ['Syria', 'troops', 'China or Russia', '"special operations"', 'Russia -China'];
const ORDERS = [
  '{ field: CREATED_AT, direction: ASC }',
  '{ field: CREATED_AT, direction: DESC }',
  '{ field: TEXT, direction: ASC }',
  '{ field: UPDATED_AT, direction: DESC }',
];

describe('claims(filter: { text })', () => {
  test('pages, in every order, what the list without text holds of the matching claims', async ({ uncached: api }) => {
    type Ids = { edges: { node: { id: string } }[] };
    const { actors, sources, articles } = await api.data<{ actors: Ids; sources: Ids; articles: Ids }>(
      '{ actors(first: 5) { edges { node { id } } } sources(first: 3) { edges { node { id } } } articles(first: 1) { edges { node { id } } } }',
    );
    const filters = [
      '',
      'statedCertainty: [UNCONFIRMED_REPORT, ALLEGATION, OFFICIAL_STATEMENT]',
      `actor: { id: "${actors.edges[0]?.node.id}" }`,
      `actor: { id: "${actors.edges[1]?.node.id}", role: CLAIMANT }`,
      `source: "${sources.edges[0]?.node.id}"`,
      `article: "${articles.edges[0]?.node.id}"`,
      'types: [EVENT, STATEMENT], verificationStatus: [UNVERIFIED]',
      'createdAt: { from: "2000-01-01T00:00:00Z" }, eventTime: { from: "2016-01-01T00:00:00Z" }',
    ];
    let nonEmpty = 0;
    for (const text of TEXTS) {
      const matching = new Set(await matchingClaimIds(text));
      expect(matching.size).toBeGreaterThan(0);
      for (const filter of filters) {
        for (const order of ORDERS.slice(0, filter ? 1 : ORDERS.length)) {
          const all = await list(api, `{ ${filter} }`, order);
          const expected = all.edges.map((e) => e.node.id).filter((id) => matching.has(rawId(id)));
          const withText = `{ ${filter} text: ${JSON.stringify(text)} }`;
          const { forwards, backwards } = await claimPages(api, withText, order, 2);
          expect(forwards, `${text} | ${filter} | ${order}`).toEqual(expected);
          expect(backwards).toEqual(expected);
          expect((await list(api, withText, order)).totalCount).toBe(expected.length);
          if (expected.length > 0) nonEmpty += 1;
        }
      }
    }
    // The cases reach real matches, not only empty lists.
    expect(nonEmpty).toBeGreaterThan(15);
  });

  test('a page is one statement, first and later, with nested fields', async ({ uncached: api }) => {
    const query = `query ($after: String) { claims(first: 2, after: $after, filter: { text: "Syria or China" }) {
      totalCount pageInfo { endCursor } edges { node { text actors { actor { name } } appearances(first: 2) { edges { node { quote } } } } } } }`;
    // The first request counts the list; the count is then remembered until a write.
    const first = await api.data<{ claims: Page }>(query, {});
    let second: { claims: Page } | undefined;
    const statements = await api.statements(async () => {
      second = await api.data(query, { after: first.claims.pageInfo.endCursor });
    });
    expect(statements).toBe(1);
    expect(second?.claims.edges).toHaveLength(2);
    expect(await api.statements(() => api.data(query, {}))).toBe(1);
  });
});
