import { useQuery } from '@tanstack/preact-query';
import { reader } from '../api.js';
import { href } from '../route.js';
import { ErrorBox, Loading } from './ui.js';

const kinds = { Article: 'article', Claim: 'claim', Actor: 'actor', Source: 'source' } as const;

/** The API's ranked search across articles, claims, actors and sources, with the matching words marked. */
export function SearchResults({ query }: { query: string }) {
  const results = useQuery({ queryKey: ['search', query], queryFn: () => reader.search({ query, first: 50 }) });
  return (
    <section class="search-results" aria-labelledby="search-title">
      <h2 id="search-title">Search: {query}</h2>
      {results.isPending ? (
        <Loading what="matches" />
      ) : results.isError ? (
        <ErrorBox error={results.error} />
      ) : results.data.search.length === 0 ? (
        <p>Nothing matches.</p>
      ) : (
        <ol class="hits">
          {results.data.search.map(({ node, highlights }) => {
            const link =
              node.__typename === 'Article'
                ? href('article', node.id)
                : node.__typename === 'Claim'
                  ? href('claim', node.id)
                  : href(node.__typename === 'Actor' ? 'actors' : 'sources', node.id);
            const title =
              node.__typename === 'Article' ? node.headline : node.__typename === 'Claim' ? node.text : node.name;
            return (
              <li key={node.id}>
                <span class="kind">{kinds[node.__typename]}</span> <a href={link}>{title}</a>
                {highlights.slice(0, 2).map((highlight) => (
                  <p class="snippet" key={highlight.text}>
                    {highlight.parts.map((part, index) =>
                      part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                    )}
                  </p>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
