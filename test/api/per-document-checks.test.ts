import { describe, expect, test } from '../support/fixtures.js';

/**
 * The page-size, cost and list-length checks remember what they found per document and variables
 * (apps/server/src/plugins/per-document.ts). The same document sent again with other variables is
 * judged by those variables: a result found for one request never answers for another.
 */
describe('checks remembered per document', () => {
  test('a page size is judged by each request’s variables', async ({ api }) => {
    const query = 'query ($n: Int) { claims(first: $n) { edges { node { id } } } }';
    expect((await api.graphql(query, { n: 5 })).errors).toBeUndefined();
    expect((await api.graphql(query, { n: 5 })).errors).toBeUndefined();
    const refused = await api.graphql(query, { n: 1000 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect((await api.graphql(query, { n: 6 })).errors).toBeUndefined();
  });

  test('a cost is priced with each request’s page sizes', async ({ api }) => {
    const query = `query ($n: Int, $m: Int) { articles(first: $n) { edges { node {
      versions(first: $m) { edges { node { appearances(first: $m) { edges { node { id } } } } } } } } } }`;
    const cheap = await api.graphql(query, { n: 2, m: 2 });
    expect(cheap.errors).toBeUndefined();
    const again = await api.graphql(query, { n: 2, m: 2 });
    expect(again.extensions?.cost).toEqual(cheap.extensions?.cost);
    const costly = await api.graphql(query, { n: 100, m: 100 });
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((await api.graphql(query, { n: 3, m: 2 })).errors).toBeUndefined();
  });

  test('a list is measured in each request’s variables, and in the document once', async ({ api }) => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect((await api.graphql(query, { ids: ['a'] })).errors?.[0]?.extensions?.code).not.toBe('BAD_USER_INPUT');
    const long = await api.graphql(query, { ids: Array.from({ length: 101 }, (_, i) => `id${i}`) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 100 });
    const written = `{ claims(filter: { statedCertainty: [${Array.from({ length: 101 }, () => 'RUMOUR').join(', ')}] }) { totalCount } }`;
    for (let i = 0; i < 2; i += 1) {
      expect((await api.graphql(written)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        limit: 100,
      });
    }
  });
});
