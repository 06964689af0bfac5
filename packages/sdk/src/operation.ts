import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export type OperationKind = 'query' | 'mutation' | 'subscription';

/**
 * One of the SDK's operations, ready to send: its typed document (for urql, Apollo Client and the like), the
 * exact text the client posts and that text's SHA-256 (the key of `persisted-operations.json`). Import one from
 * `@claimgraph/sdk/operations` and pass it to a client's `request`: a bundle then holds that operation alone.
 */
export interface Operation<
  TResult = unknown,
  TVariables = Record<string, unknown>,
  TKind extends OperationKind = OperationKind,
> {
  readonly kind: TKind;
  readonly name: string;
  readonly document: TypedDocumentNode<TResult, TVariables>;
  readonly text: string;
  readonly sha256: string;
}
