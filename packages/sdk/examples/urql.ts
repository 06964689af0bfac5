import { ArticlesDocument, ArticleTextDocument, type FetchLike } from '@claimgraph/sdk';
import { Client, fetchExchange } from '@urql/core';

/** urql takes the SDK's typed documents as they are; `useQuery` in urql's React bindings does too. */
export async function storyWithUrql(url: string, fetch?: FetchLike) {
  const urql = new Client({
    url,
    exchanges: [fetchExchange],
    // urql sends queries as GET when they fit in a URL; the server refuses a GET without a CSRF header.
    preferGetMethod: false,
    ...(fetch && { fetch: fetch as typeof globalThis.fetch }),
  });

  const articles = await urql.query(ArticlesDocument, { first: 1 }).toPromise();
  const article = articles.data?.articles.edges[0]?.node;

  const text = await urql.query(ArticleTextDocument, { id: article?.id ?? '' }).toPromise();
  const appearances = text.data?.article?.currentVersion.appearances.edges ?? [];
  const rumours = appearances.filter((edge) => edge.node.statedCertainty === 'RUMOUR');

  return { headline: article?.headline, appearances: appearances.length, rumours: rumours.length };
}
