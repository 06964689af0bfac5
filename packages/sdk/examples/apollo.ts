import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ClaimDocument, ClaimsDocument, type FetchLike } from '@claimgraph/sdk';

/** Apollo Client takes the SDK's typed documents as they are; so does `useQuery` from `@apollo/client/react`. */
export async function storyWithApollo(url: string, fetch?: FetchLike) {
  const apollo = new ApolloClient({
    // Apollo and urql type their options without `undefined`: spread the optional `fetch` in.
    link: new HttpLink({ uri: url, ...(fetch && { fetch: fetch as typeof globalThis.fetch }) }),
    cache: new InMemoryCache(),
  });

  const list = await apollo.query({
    query: ClaimsDocument,
    variables: { filter: { verificationStatus: ['PROBABLY_TRUE'] } },
  });
  const id = list.data?.claims.edges[0]?.node.id ?? '';

  const { data } = await apollo.query({ query: ClaimDocument, variables: { id } });
  const assessment = data?.claim?.currentAssessment;
  return { claim: data?.claim?.text, status: assessment?.verificationStatus, likelihood: assessment?.likelihood };
}
