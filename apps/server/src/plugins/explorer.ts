import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { repoRoot } from '../config/paths.js';

/** Where `pnpm --filter @claimgraph/explorer build` writes the explorer (`npm start` runs it first). */
export const explorerDir = path.join(repoRoot, 'apps/explorer/dist');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const notBuilt = `<!doctype html><meta charset="utf-8"><title>claimgraph</title>
<p>The explorer is not built. Run <code>pnpm --filter @claimgraph/explorer build</code> (<code>npm start</code> does),
or open <a href="/graphql">GraphiQL</a>.</p>`;

/**
 * Serves the built explorer (a static Vite build) at `/`, beside the GraphQL endpoint, so the README's first
 * command shows the story in a browser. A few lines of static serving rather than a static-file library: the
 * files are known, small and fingerprinted (`assets/*` never change, so they are cached for a year).
 */
export function useExplorer(options: { dir?: string; graphqlEndpoint?: string; graphiql?: boolean } = {}): Plugin {
  const dir = path.resolve(options.dir ?? explorerDir);
  const endpoint = options.graphqlEndpoint ?? '/graphql';
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === endpoint || url.pathname.startsWith(`${endpoint}/`)) return;
      const relative = url.pathname === '/' ? 'index.html' : safeDecode(url.pathname.slice(1));
      if (relative === null) return;
      const file = path.resolve(dir, relative);
      if (!file.startsWith(`${dir}${path.sep}`)) return;
      const contentType = contentTypes[path.extname(file)];
      if (!contentType) return;
      const body = await readFile(file).catch(() => null);
      if (body === null) {
        if (relative !== 'index.html') return;
        endResponse(
          new fetchAPI.Response(notBuilt, {
            status: 503,
            headers: { 'content-type': contentTypes['.html'] as string },
          }),
        );
        return;
      }
      // With GraphiQL off, the page's link to it says so (it leads to the page that says how to turn it on).
      const sent =
        relative === 'index.html' && options.graphiql === false
          ? body.toString('utf8').replace(GRAPHIQL_LINK, '$1GraphiQL (off)</a>')
          : body;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : sent, {
          headers: {
            'content-type': contentType,
            'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}

const GRAPHIQL_LINK = /(<a href="\/graphql"[^>]*>)GraphiQL<\/a>/;

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
