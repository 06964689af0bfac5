import type { Plugin } from 'graphql-yoga';

/** What a browser gets at the GraphQL endpoint when GraphiQL is off (the production profile). */
export const graphiqlOffPage = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>claimgraph: GraphQL endpoint</title>
<p>This is claimgraph's GraphQL endpoint. Its in-browser IDE is off on this server (the production profile
turns it off, with introspection and field suggestions).</p>
<p>To turn it on, start the server with <code>CLAIMGRAPH_GRAPHIQL=true</code> (and
<code>CLAIMGRAPH_INTROSPECTION=true</code> for the schema in the IDE). Clients send queries with
<code>POST</code> and <code>Content-Type: application/json</code>.</p>
<p><a href="/">The explorer</a></p>
</html>
`;

/**
 * A browser opening the endpoint with GraphiQL off gets a short page saying so and how to turn it on,
 * not Yoga's 403 about a missing CSRF header. 404: the IDE is not served, which is what scanners check.
 * Only a plain page load (Accept: text/html, no query): a GET query keeps its CSRF check.
 */
export function useGraphiqlOffPage(endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname !== endpoint || url.search) return;
      if (!request.headers.get('accept')?.includes('text/html')) return;
      endResponse(
        new fetchAPI.Response(graphiqlOffPage, {
          status: 404,
          headers: { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' },
        }),
      );
    },
  };
}
