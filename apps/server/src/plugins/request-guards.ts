import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Media types are read case-insensitively. Requests a browser could send cross-site without asking
 * first are refused:
 * - a form (`application/x-www-form-urlencoded`, `multipart/form-data`) or `text/plain` POST
 *   is a 415: this API reads JSON only;
 * - a GET without one of `csrfHeaders` is a 403 (graphql-yoga's CSRF prevention): a page on
 *   another site cannot add a custom header without a CORS preflight, which it does not pass.
 * Mutations over GET are refused by Yoga itself (405).
 */
export function useRequestGuards(csrfHeaders: string[]): Plugin[] {
  // Media types are case-insensitive (RFC 9110 §8.3.1) but Yoga matches `content-type` and `accept`
  // as written: `APPLICATION/JSON` would be refused as a 415. Each header's types are written in
  // lower case before anything reads them; parameters (a multipart boundary) keep their case.
  const mediaTypes: Plugin = {
    onRequest({ request }) {
      for (const name of ['content-type', 'accept']) {
        const value = request.headers.get(name);
        if (!value || !/[A-Z]/.test(value)) continue;
        request.headers.set(
          name,
          value.replace(/(^|,)\s*([^;,]+)/g, (type) => type.toLowerCase()),
        );
      }
    },
  };
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
  return [mediaTypes, forms, useCSRFPrevention({ requestHeaders: csrfHeaders }) as Plugin];
}
