// One typed document alone, for urql, Apollo Client or TanStack Query to send.
import { ClaimDocument } from '@claimgraph/sdk';

console.log(ClaimDocument);
