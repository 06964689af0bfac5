import { createBaseClient, type FetchLike, type FragmentOf, graphql, readFragment } from '@claimgraph/sdk';

// A component's view of a claim: its fields stay hidden from the rest of the query's result (masked).
export const ClaimCard = graphql(`
  fragment ClaimCard on Claim {
    text
    verificationStatus
    actors {
      actor {
        name
      }
    }
  }
`);

/** The component reads its own fragment, and nothing else. */
export function renderClaimCard(claim: FragmentOf<typeof ClaimCard>) {
  const card = readFragment(ClaimCard, claim);
  return `${card.text} [${card.verificationStatus}] ${card.actors.map((part) => part.actor.name).join(', ')}`;
}

/** A query of one's own, typed from the schema with no setup: variables, result and fragments are inferred. */
const RumoursQuery = graphql(
  `
    query Rumours($first: Int!) {
      claims(first: $first, filter: { statedCertainty: [RUMOUR] }) {
        totalCount
        edges {
          node {
            id
            ...ClaimCard
          }
        }
      }
    }
  `,
  [ClaimCard],
);

export async function rumoursWithOwnQuery(url: string, fetch?: FetchLike) {
  const client = createBaseClient({ url, fetch });
  const { claims } = await client.request(RumoursQuery, { first: 5 });
  return { total: claims.totalCount, cards: claims.edges.map((edge) => renderClaimCard(edge.node)) };
}
