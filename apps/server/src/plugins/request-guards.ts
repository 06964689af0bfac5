import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Requests a browser could send cross-site without asking first are refused:
 * - a form (`application/x-www-form-urlencoded`, `multipart/form-data`) or `text/plain` POST
 *   is a 415: this API reads JSON only;
 * - a GET without one of `csrfHeaders` is a 403 (graphql-yoga's CSRF prevention): a page on
 *   another site cannot add a custom header without a CORS preflight, which it does not pass.
 * Mutations over GET are refused by Yoga itself (405).
 */
export function useRequestGuards(csrfHeaders: string[]): Plugin[] {
  const forms: Plugin = {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = request.headers.get('content-type')?.toLowerCase() ?? '';
      if (/^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/.test(type)) {
        throw createGraphQLError('Send GraphQL requests as JSON (`content-type: application/json`).', {
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
        });
      }
    },
  };
  return [forms, useCSRFPrevention({ requestHeaders: csrfHeaders }) as Plugin];
}
