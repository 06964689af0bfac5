// The client with a method for every operation: it holds them all.
import { createClient } from '@claimgraph/sdk';

const client = createClient({ url: '/graphql' });
const { claim } = await client.claim({ id: location.hash.slice(1) });
document.title = claim?.text ?? 'No such claim';
