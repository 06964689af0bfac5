import { createClient, type FetchLike, type OperationVariables } from '@claimgraph/sdk';
import { QueryClient } from '@tanstack/query-core';

/**
 * TanStack Query caches what the SDK's methods return; the same `queryFn` works with `useQuery` from
 * `@tanstack/react-query`, `@tanstack/vue-query` and the others.
 */
export async function storyWithTanStackQuery(url: string, fetch?: FetchLike) {
  const sdk = createClient({ url, fetch });
  const queryClient = new QueryClient();

  const variables: OperationVariables<'sources'> = { filter: { kinds: ['UNNAMED_COLLECTIVE'] } };
  const { sources } = await queryClient.fetchQuery({
    queryKey: ['claimgraph', 'sources', variables],
    queryFn: ({ signal }) => sdk.sources(variables, { signal }),
  });

  // Served from the cache: no second request.
  const cached = queryClient.getQueryData<Awaited<ReturnType<typeof sdk.sources>>>([
    'claimgraph',
    'sources',
    variables,
  ]);
  return {
    unnamed: sources.edges.map((edge) => edge.node.name),
    cached: cached === undefined ? 0 : cached.sources.totalCount,
  };
}
