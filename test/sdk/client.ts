import {
  type ClaimgraphClient,
  type ClientOptions,
  createClient,
  type OperationName,
  type Operations,
} from '../../packages/sdk/src/index.js';
import type { Api } from '../support/fixtures.js';

export const endpoint = 'http://claimgraph.test/graphql';

/** An SDK client whose requests go to the in-process app: the real server code, without a socket. */
export function inProcessClient(api: Api, options: Partial<ClientOptions> = {}): ClaimgraphClient {
  return createClient({ url: endpoint, fetch: (input, init) => api.app.fetch(input, init), ...options });
}

/** Queries about keys and the change feed, checked with the write side (they need keys and writes). */
export const writeSideQueries = ['viewer', 'apiKeys', 'changes', 'claimTable'] as const;
type WriteSideQuery = (typeof writeSideQueries)[number];

/** The read operations: every query but the write side's. */
export type ReadOperation = Exclude<
  { [K in OperationName]: Operations[K]['kind'] extends 'query' ? K : never }[OperationName],
  WriteSideQuery
>;
/** Mutations, subscriptions and the write side's queries. */
export type WriteOperation = Exclude<OperationName, ReadOperation>;
