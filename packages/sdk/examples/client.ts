import { ClaimgraphError, createClient, type FetchLike } from '@claimgraph/sdk';

/** The SDK's own client: one typed method per operation, pages, and errors that keep their codes. */
export async function storyWithTheClient(url: string, fetch?: FetchLike) {
  const client = createClient({ url, fetch });

  // Variables and results are typed: `statedCertainty` only takes the schema's values.
  const { claims } = await client.claims({ first: 5, filter: { statedCertainty: ['UNCONFIRMED_REPORT'] } });
  const tartous = claims.edges[0]?.node;

  // A traversal: where the claim is stated, and who the text says it comes from, hop by hop.
  const { claim } = await client.claimProvenance({ id: tartous?.id ?? '' });
  const chain = claim?.appearances.edges[0]?.node.attribution.map((hop) => `${hop.role}: ${hop.agent.name}`);

  // Every actor, page by page.
  const actors: string[] = [];
  for await (const page of client.paginate('actors', { first: 20 }, (result) => result.actors)) {
    actors.push(...page.edges.map((edge) => edge.node.name));
  }

  // Errors carry the server's codes (and any partial data).
  let code: string | undefined;
  try {
    await client.claim({ id: 'not-an-id' });
  } catch (error) {
    if (error instanceof ClaimgraphError) code = error.codes[0]; // 'INVALID_ID'
  }

  return { claim: tartous?.text, chain, actors: actors.length, code };
}
