// A query of one's own, typed by the SDK's graphql() (gql.tada), with the client.
import { createBaseClient, graphql } from '@claimgraph/sdk';

const ClaimTitle = graphql(`
  query ClaimTitle($id: ID!) {
    claim(id: $id) {
      text
    }
  }
`);
const client = createBaseClient({ url: '/graphql' });
const { claim } = await client.request(ClaimTitle, { id: location.hash.slice(1) });
document.title = claim?.text ?? 'No such claim';
