import type { BaseClient, RequestOptions } from './base-client.js';
import type { Operation } from './operation.js';

/** The key TanStack Query caches an operation's result under: `['claimgraph', name, variables]`. */
export type OperationQueryKey<TVariables> = readonly ['claimgraph', string, TVariables | undefined];

export interface OperationQueryOptions<TResult, TVariables> {
  queryKey: OperationQueryKey<TVariables>;
  queryFn: (context: { signal: AbortSignal }) => Promise<TResult>;
}

/**
 * Options for TanStack Query (`useQuery`, `queryClient.fetchQuery`, `queryOptions`) that run one of the SDK's
 * queries with a client: a stable key from the operation's name and variables, and a `queryFn` that passes
 * TanStack's abort signal on. Works with any adapter (React, Vue, Solid, Svelte) without depending on one.
 *
 * ```ts
 * useQuery(queryOptionsFor(client, claim, { id }));
 * ```
 */
export function queryOptionsFor<TResult, TVariables>(
  client: Pick<BaseClient, 'request'>,
  operation: Operation<TResult, TVariables, 'query'>,
  variables?: TVariables,
  options?: Omit<RequestOptions, 'signal'>,
): OperationQueryOptions<TResult, TVariables> {
  return {
    queryKey: ['claimgraph', operation.name, variables],
    queryFn: ({ signal }) =>
      (client.request as (o: unknown, v: unknown, r: RequestOptions) => Promise<TResult>)(operation, variables, {
        ...options,
        signal,
      }),
  };
}
