/**
 * `@claimgraph/sdk/operations`: each SDK operation on its own (`claim`, `claims`, `createClaim`…), documented
 * with what it does. Pass one to `createBaseClient(...).request` (or a full client's): a bundle that imports
 * one operation holds that operation's document alone.
 */
export * from './__generated__/operations.js';
export type { Operation, OperationKind } from './operation.js';
