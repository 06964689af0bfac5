import { type ClaimgraphClient, type ClientOptions, createClient } from '../../packages/sdk/src/index.js';
import type { Api } from '../support/fixtures.js';

export const endpoint = 'http://claimgraph.test/graphql';

/** An SDK client whose requests go to the in-process app: the real server code, without a socket. */
export function inProcessClient(api: Api, options: Partial<ClientOptions> = {}): ClaimgraphClient {
  return createClient({ url: endpoint, fetch: (input, init) => api.app.fetch(input, init), ...options });
}
