/**
 * @claimgraph/sdk: typed documents for every operation of the claimgraph API, and a small fetch-based client.
 *
 * - `createClient({ url, apiKey })` gives one typed method per operation, `request` for any typed document,
 *   `subscribe` for subscriptions and `paginate` to walk a connection.
 * - The `*Document` exports are `TypedDocumentNode`s: urql, Apollo Client and others take them as they are.
 * - `*Query`, `*QueryVariables` and `*Fragment` types describe each operation's result, variables and views;
 *   the schema's enums and inputs are string-literal unions and plain object types.
 */

export type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
export * from './__generated__/graphql.js';
// How verification statuses map to schema.org ClaimReview ratings and back (the server's own table).
export {
  BEST_RATING,
  type ClaimReviewRating,
  foldRating,
  NUMERIC_BANDS,
  RATING_TABLE,
  type RatingResolution,
  type RatingRow,
  type ReviewRatingInput,
  ratingForStatus,
  statusForRating,
  TEXTUAL_RATINGS,
  VERIFICATION_STATUSES,
  WORST_RATING,
} from './__generated__/rating-map.js';
export { RATING_WORDS, type RatingWord } from './__generated__/rating-words.js';
export type * from './__generated__/schema-types.js';
export {
  type BaseClient,
  type ClientOptions,
  type ConnectionPage,
  createBaseClient,
  type FetchLike,
  type HeaderValues,
  type ReconnectOptions,
  type RequestOptions,
  type Runnable,
} from './base-client.js';
export {
  type ClaimgraphClient,
  createClient,
  type OperationMethods,
  type OperationName,
  type OperationResult,
  type Operations,
  type OperationVariables,
  operations,
  type PaginatedOperationName,
} from './client.js';
export { ClaimgraphError, type ClaimgraphErrorKind, type GraphQLErrorEntry, type ServerErrorCode } from './errors.js';
// Documents of one's own, typed from the schema (gql.tada), with fragment masking.
export { type FragmentOf, graphql, maskFragments, readFragment, unsafe_readResult } from './graphql.js';
export type { Operation, OperationKind } from './operation.js';
export { type OperationQueryKey, type OperationQueryOptions, queryOptionsFor } from './query-options.js';
