import { createBaseClient, type FetchLike } from '@claimgraph/sdk';
import { claim, claims } from '@claimgraph/sdk/operations';

/**
 * The small client: it runs the operations it is given, so a bundle holds only those it imports
 * (the client and one operation: under 5 KB gzip).
 */
export async function storyWithTheBaseClient(url: string, fetch?: FetchLike) {
  const client = createBaseClient({ url, fetch });

  const list = await client.request(claims, { first: 1, filter: { statedCertainty: ['UNCONFIRMED_REPORT'] } });
  const id = list.claims.edges[0]?.node.id;
  if (!id) return undefined;

  const { claim: found } = await client.request(claim, { id });
  return { text: found?.text, actors: found?.actors.length };
}
