import type { GraphiQLOptions } from 'graphql-yoga';

const pages = new Map<string, Promise<string>>();

/**
 * GraphiQL with its scripts and styles inlined, rather than Yoga's default page, which loads them from a CDN:
 * it works offline and behind proxies that block CDNs. The page (~9 MB) is rendered once per set of options.
 * Its bundle is imported on the first request for the page, not at start: held as strings it is ~27 MB
 * of heap that a server with GraphiQL off (production) or never opened would carry for nothing.
 */
export function renderSelfContainedGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (page === undefined) {
    page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
    pages.set(key, page);
    page.catch(() => pages.delete(key));
  }
  return page;
}
