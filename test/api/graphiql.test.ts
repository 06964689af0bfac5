import { expect, test } from '../support/fixtures.js';

test('GET /graphql in a browser serves GraphiQL, opened on a query that walks the story', async ({ api }) => {
  const response = await api.app.fetch('http://claimgraph.test/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/html');
  const html = await response.text();
  expect(html).toContain('<title>claimgraph</title>');
  expect(html).toContain('query StoryClaims');
});

test('the default query runs, and shows claims with certainty, attribution and the quoted words', async ({ api }) => {
  const { defaultQuery } = await import('../../apps/server/src/http/graphiql-default-query.js');
  const data = await api.data<{
    claims: { totalCount: number; edges: { node: { appearances: { edges: { node: Record<string, unknown> }[] } } }[] };
  }>(defaultQuery);
  expect(data.claims.totalCount).toBe(24);
  const first = data.claims.edges[0]?.node.appearances.edges[0]?.node;
  expect(first).toMatchObject({
    statedCertainty: 'SPECULATION',
    quote: 'The People’s Republic of China may have sent two crack special operations teams to Syria',
    attribution: [{ role: 'REPORTER', agent: { __typename: 'Source', name: 'The Independent', kind: 'NEWS_OUTLET' } }],
  });
});
