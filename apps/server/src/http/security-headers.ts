import type { Plugin } from 'graphql-yoga';

/** GraphiQL's page has its scripts and styles inlined (graphiql.ts); every other page loads its own files. */
const PAGE_POLICY =
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const GRAPHIQL_POLICY = `${PAGE_POLICY}; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'`;

/**
 * Headers every response carries: `nosniff`, so no browser reads a JSON answer or a download as a
 * page or a script. In production, HTML pages (the explorer, GraphiQL when on) also get a content
 * security policy that lets them load only this server's files and be framed by no other site
 * (`frame-ancestors 'none'`, and `X-Frame-Options` for older browsers), and send no referrer.
 */
export function useSecurityHeaders(options: { production: boolean; graphqlEndpoint: string }): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      if (!options.production || !response.headers.get('content-type')?.toLowerCase().startsWith('text/html')) return;
      const graphiql = new URL(request.url).pathname === options.graphqlEndpoint;
      response.headers.set('content-security-policy', graphiql ? GRAPHIQL_POLICY : PAGE_POLICY);
      response.headers.set('x-frame-options', 'DENY');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
}
