// One operation with the client: what most screens of a frontend pay for.
import { createBaseClient } from '@claimgraph/sdk';
import { claim } from '@claimgraph/sdk/operations';

const client = createBaseClient({ url: '/graphql' });
const { claim: found } = await client.request(claim, { id: location.hash.slice(1) });
document.title = found?.text ?? 'No such claim';
