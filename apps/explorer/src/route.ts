import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes, so every view is a link that works from a bookmark and the server needs no routing:
 * `#/articles`, `#/article/<id>[/<appearance id>]`, `#/claim/<id>`, `#/actors[/<id>]`, `#/sources[/<id>]`,
 * `#/ingest[/<article id>]`, `#/search/<words>`.
 */
export type Route =
  | { view: 'articles' }
  | { view: 'article'; id: string; appearanceId?: string }
  | { view: 'claim'; id: string }
  | { view: 'actors'; id?: string }
  | { view: 'sources'; id?: string }
  | { view: 'ingest'; articleId?: string }
  | { view: 'search'; query: string };

export function parseRoute(hash: string): Route {
  const [view = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const [first, second] = rest.map((part) => decodeURIComponent(part));
  switch (view) {
    case 'article':
      return first ? { view, id: first, ...(second ? { appearanceId: second } : {}) } : { view: 'articles' };
    case 'claim':
      return first ? { view, id: first } : { view: 'articles' };
    case 'actors':
    case 'sources':
      return first ? { view, id: first } : { view };
    case 'ingest':
      return first ? { view, articleId: first } : { view };
    case 'search':
      return { view, query: rest.map((part) => decodeURIComponent(part)).join('/') };
    default:
      return { view: 'articles' };
  }
}

export function href(...parts: string[]): string {
  return `#/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}

export function navigate(...parts: string[]) {
  window.location.hash = href(...parts);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
