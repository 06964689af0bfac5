import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

const pages = new Map<string, string>();

/**
 * GraphiQL with its scripts and styles inlined, rather than Yoga's default page, which loads them from a CDN:
 * it works offline and behind proxies that block CDNs. The page (~9 MB) is rendered once per set of options.
 */
export function renderSelfContainedGraphiQL(options: GraphiQLOptions): string {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (page === undefined) {
    page = renderGraphiQL(options);
    pages.set(key, page);
  }
  return page;
}
