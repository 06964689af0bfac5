import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './__generated__/graphql-env.js';

/**
 * Writes a GraphQL document of your own, typed from the claimgraph schema with no setup: results, variables
 * and fragments are inferred from the string (gql.tada). Pass fragments used by a document as the second argument;
 * a fragment's fields stay masked in the parent's result until `readFragment(Fragment, data)` unmasks them.
 *
 * ```ts
 * const ClaimCard = graphql(`fragment ClaimCard on Claim { id text verificationStatus }`);
 * const Claims = graphql(`query Claims { claims(first: 5) { nodes { ...ClaimCard } } }`, [ClaimCard]);
 * ```
 */
export const graphql = /* @__PURE__ */ initGraphQLTada<{
  introspection: introspection;
  // The schema's scalars as the server sends them (the same mapping as the SDK's generated types).
  scalars: { ID: string; DateTime: string; JSON: unknown };
}>();

export { type FragmentOf, maskFragments, readFragment, unsafe_readResult } from 'gql.tada';
