import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { operations } from './__generated__/operations.js';
import {
  type Args,
  type BaseClient,
  type ClientOptions,
  type ConnectionPage,
  createEngine,
  type Pageable,
  type RequestOptions,
  type Runnable,
} from './base-client.js';
import type { Operation } from './operation.js';

/** The SDK's operations, by client method name (generated from `src/operations/*.graphql`). */
export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What an operation returns, e.g. `OperationResult<'claim'>`. */
export type OperationResult<K extends OperationName> = ResultOf<Operations[K]['document']>;
/** What an operation takes, e.g. `OperationVariables<'claims'>`. */
export type OperationVariables<K extends OperationName> = VariablesOf<Operations[K]['document']>;

/** The operations that page through a connection: they take an `after` cursor. */
export type PaginatedOperationName = {
  [K in OperationName]: 'after' extends keyof OperationVariables<K> ? K : never;
}[OperationName];

type Method<K extends OperationName> = Operations[K]['kind'] extends 'subscription'
  ? (...args: Args<OperationVariables<K>>) => AsyncIterableIterator<OperationResult<K>>
  : (...args: Args<OperationVariables<K>>) => Promise<OperationResult<K>>;

/** One typed method per operation, documented with what it does: `client.claim({ id })`, `client.claims({ first: 10 })`… */
export type OperationMethods = { [K in keyof Operations]: Method<K> };

export interface ClaimgraphClient extends OperationMethods, Omit<BaseClient, 'paginate'> {
  /**
   * Walks a connection page by page: runs the operation (by method name, or an operation or document), yields the
   * connection `select` picks from the result, and follows `pageInfo.endCursor` while `hasNextPage` is true.
   * Stops when `select` returns null.
   */
  paginate<K extends PaginatedOperationName, TPage extends ConnectionPage>(
    operation: K,
    variables: OperationVariables<K>,
    select: (result: OperationResult<K>) => TPage | null | undefined,
    options?: RequestOptions,
  ): AsyncIterableIterator<TPage>;
  paginate<TResult, TVariables extends { after?: unknown }, TPage extends ConnectionPage>(
    runnable: Pageable<TResult, TVariables>,
    variables: TVariables,
    select: (result: TResult) => TPage | null | undefined,
    options?: RequestOptions,
  ): AsyncIterableIterator<TPage>;
}

const entries = Object.entries(operations as Record<string, Operation<unknown, never>>);
const byDocument = new Map<unknown, Operation<unknown, never>>(entries.map(([, entry]) => [entry.document, entry]));

/**
 * Creates a client for a claimgraph server with one typed method per SDK operation. It runs in browsers,
 * Node.js 20+ and edge runtimes alike. It holds every operation (about 19 KB gzip): a bundle that uses a few
 * should take `createBaseClient` and import them from `@claimgraph/sdk/operations`.
 */
export function createClient(options: ClientOptions): ClaimgraphClient {
  // graphql-js prints documents that carry no source text; loaded only then.
  const print: ClientOptions['print'] = async (document) => (await import('graphql')).print(document);
  const engine = createEngine({ ...options, print: options.print ?? print }, (document) => byDocument.get(document));
  const client: Record<string, unknown> = {
    request: (runnable: Runnable<unknown, never>, variables?: unknown, requestOptions?: RequestOptions) =>
      engine.request(runnable, variables, requestOptions),
    subscribe: (runnable: Runnable<unknown, never>, variables?: unknown, requestOptions?: RequestOptions) =>
      engine.subscribe(runnable, variables, requestOptions),
    paginate: (
      operation: string | Runnable<unknown, never>,
      variables: Record<string, unknown>,
      select: (result: unknown) => ConnectionPage | null | undefined,
      requestOptions?: RequestOptions,
    ) =>
      engine.paginate(
        typeof operation === 'string'
          ? ((operations as Record<string, Operation<unknown, never>>)[operation] ?? missing(operation))
          : operation,
        variables,
        select,
        requestOptions,
      ),
  };
  for (const [method, entry] of entries) {
    client[method] =
      entry.kind === 'subscription'
        ? (variables?: unknown, requestOptions?: RequestOptions) => engine.subscribe(entry, variables, requestOptions)
        : (variables?: unknown, requestOptions?: RequestOptions) => engine.request(entry, variables, requestOptions);
  }
  return client as unknown as ClaimgraphClient;
}

function missing(name: string): never {
  throw new TypeError(`The SDK has no operation named ${name}.`);
}

export { operations };
