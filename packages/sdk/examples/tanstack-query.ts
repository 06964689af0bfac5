import { createBaseClient, type FetchLike, queryOptionsFor } from '@claimgraph/sdk';
import { sources } from '@claimgraph/sdk/operations';
import { QueryClient } from '@tanstack/query-core';

/**
 * `queryOptionsFor` gives TanStack Query a key and a `queryFn` for one of the SDK's queries; the same object works
 * with `useQuery` from `@tanstack/react-query`, `@tanstack/vue-query` and the others.
 */
export async function storyWithTanStackQuery(url: string, fetch?: FetchLike) {
  const client = createBaseClient({ url, fetch });
  const queryClient = new QueryClient();

  const unnamedSources = queryOptionsFor(client, sources, { filter: { kinds: ['UNNAMED_COLLECTIVE'] } });
  const { sources: found } = await queryClient.fetchQuery(unnamedSources);

  // Served from the cache: no second request.
  const cached = queryClient.getQueryData<Awaited<ReturnType<typeof unnamedSources.queryFn>>>(unnamedSources.queryKey);
  return {
    unnamed: found.edges.map((edge) => edge.node.name),
    cached: cached === undefined ? 0 : cached.sources.totalCount,
  };
}
