import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { operations } from './__generated__/operations.js';
import { ClaimgraphError, type GraphQLErrorEntry } from './errors.js';

/** The SDK's operations, by client method name (generated from `src/operations/*.graphql`). */
export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationKind = 'query' | 'mutation' | 'subscription';
/** What an operation returns, e.g. `OperationResult<'claim'>`. */
export type OperationResult<K extends OperationName> = ResultOf<Operations[K]['document']>;
/** What an operation takes, e.g. `OperationVariables<'claims'>`. */
export type OperationVariables<K extends OperationName> = VariablesOf<Operations[K]['document']>;

/** The operations that page through a connection: they take an `after` cursor. */
export type PaginatedOperationName = {
  [K in OperationName]: 'after' extends keyof OperationVariables<K> ? K : never;
}[OperationName];

/** Anything that looks like `fetch`: the global one, undici's, or an in-process server's `fetch`. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response> | Response;

/**
 * Header names and values. Spelled out rather than the DOM's `HeadersInit`, which Node.js' own type
 * definitions do not declare globally.
 */
export type HeaderValues = Headers | Record<string, string> | [string, string][];

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string | URL;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** Extra headers for every request, or a function that returns them (called per request). */
  headers?: HeaderValues | (() => HeaderValues | Promise<HeaderValues>);
  /**
   * Send the SDK's own operations by hash only (`extensions.persistedQuery.sha256Hash`, the keys of
   * `persisted-operations.json`), for servers that accept persisted operations only.
   */
  persistedOperations?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers for this request. */
  headers?: HeaderValues;
}

/** Variables are optional when the operation has no required variable. */
// biome-ignore lint/complexity/noBannedTypes: `{}` is the type that every all-optional variables object extends.
type Args<V> = {} extends V ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

type Method<K extends OperationName> = Operations[K]['kind'] extends 'subscription'
  ? (...args: Args<OperationVariables<K>>) => AsyncIterableIterator<OperationResult<K>>
  : (...args: Args<OperationVariables<K>>) => Promise<OperationResult<K>>;

/** One typed method per operation: `client.claim({ id })`, `client.claims({ first: 10 })`… */
export type OperationMethods = { [K in OperationName]: Method<K> };

/** The part of a Relay connection that paging needs. */
export interface ConnectionPage {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ClaimgraphClient extends OperationMethods {
  /** Runs any typed document (the SDK's, or one of your own) and returns its data. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: Args<TVariables>
  ): Promise<TResult>;
  /** Runs a subscription document over server-sent events; each event's data is one item. */
  subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: Args<TVariables>
  ): AsyncIterableIterator<TResult>;
  /**
   * Walks a connection page by page: runs the operation, yields the connection `select` picks from the result,
   * and follows `pageInfo.endCursor` while `hasNextPage` is true. Stops when `select` returns null.
   */
  paginate<K extends PaginatedOperationName, TPage extends ConnectionPage>(
    operation: K,
    variables: OperationVariables<K>,
    select: (result: OperationResult<K>) => TPage | null | undefined,
    options?: RequestOptions,
  ): AsyncIterableIterator<TPage>;
}

interface OperationEntry {
  kind: OperationKind;
  name: string;
  document: TypedDocumentNode<unknown, unknown>;
  text: string;
  sha256: string;
}

const entries = Object.entries(operations as Record<string, OperationEntry>);
const byDocument = new Map<unknown, OperationEntry>(entries.map(([, entry]) => [entry.document, entry]));

interface PreparedDocument {
  operationName: string | undefined;
  kind: OperationKind;
  text: string;
  sha256: string | undefined;
}

interface DefinitionLike {
  kind: string;
  operation?: OperationKind;
  name?: { value: string };
}

/**
 * The text to send for a document. The SDK's documents carry their exact text (the one hashed into
 * `persisted-operations.json`); a document parsed from a string keeps its source; anything else is printed
 * with graphql-js, loaded only then, so a browser bundle that uses the SDK's own operations never includes it.
 */
async function prepare(document: TypedDocumentNode<unknown, unknown>): Promise<PreparedDocument> {
  const known = byDocument.get(document);
  if (known) return { operationName: known.name, kind: known.kind, text: known.text, sha256: known.sha256 };
  const definition = (document.definitions as readonly DefinitionLike[]).find((d) => d.kind === 'OperationDefinition');
  const source = (document as { loc?: { source?: { body?: string } } }).loc?.source?.body;
  const text = source ?? (await import('graphql')).print(document);
  return { operationName: definition?.name?.value, kind: definition?.operation ?? 'query', text, sha256: undefined };
}

interface GraphQLPayload {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

function isPayload(value: unknown): value is GraphQLPayload {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

function describe(operationName: string | undefined) {
  return operationName ? `claimgraph ${operationName}` : 'claimgraph request';
}

function graphQLError(payload: GraphQLPayload, status: number, operationName: string | undefined) {
  const errors = payload.errors ?? [];
  const messages = errors.map((error) =>
    error.extensions?.code ? `${error.message} (${error.extensions.code})` : error.message,
  );
  return new ClaimgraphError(`${describe(operationName)} failed: ${messages.join('; ') || 'no data'}`, {
    kind: 'graphql',
    status,
    operationName,
    errors,
    data: payload.data,
  });
}

/** Splits a server-sent-events stream into its events. */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let boundary = buffer.search(/\r?\n\r?\n/);
      while (boundary !== -1) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length > 0 || event !== 'message') yield { event, data: data.join('\n') };
        boundary = buffer.search(/\r?\n\r?\n/);
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** Creates a client for a claimgraph server. It runs in browsers, Node.js 20+ and edge runtimes alike. */
export function createClient(options: ClientOptions): ClaimgraphClient {
  const url = String(options.url);
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function headersFor(accept: string, extra: HeaderValues | undefined) {
    const headers = new Headers({ 'content-type': 'application/json', accept });
    const base = typeof options.headers === 'function' ? await options.headers() : options.headers;
    for (const source of [base, extra]) {
      new Headers(source).forEach((value, key) => {
        headers.set(key, value);
      });
    }
    if (options.apiKey) headers.set('authorization', `Bearer ${options.apiKey}`);
    return headers;
  }

  function body(prepared: PreparedDocument, variables: unknown) {
    const persisted = options.persistedOperations && prepared.sha256;
    return JSON.stringify({
      operationName: prepared.operationName,
      variables: variables ?? {},
      ...(persisted
        ? { extensions: { persistedQuery: { version: 1, sha256Hash: prepared.sha256 } } }
        : { query: prepared.text }),
    });
  }

  async function post(prepared: PreparedDocument, variables: unknown, accept: string, requestOptions?: RequestOptions) {
    try {
      return await fetchImpl(url, {
        method: 'POST',
        headers: await headersFor(accept, requestOptions?.headers),
        body: body(prepared, variables),
        signal: requestOptions?.signal,
      });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new ClaimgraphError(`${describe(prepared.operationName)}: no response from ${url} (${reason})`, {
        kind: 'network',
        status: 0,
        operationName: prepared.operationName,
        cause,
      });
    }
  }

  /** Turns a response that is not a GraphQL result into an error that says what came back. */
  async function unexpected(response: Response, operationName: string | undefined) {
    const text = await response.text().catch(() => '');
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
    if (isPayload(payload) && payload.errors?.length) return graphQLError(payload, response.status, operationName);
    const detail = text ? `: ${text.slice(0, 200)}` : '';
    return new ClaimgraphError(`${describe(operationName)}: HTTP ${response.status}${detail}`, {
      kind: 'http',
      status: response.status,
      operationName,
    });
  }

  async function execute(
    document: TypedDocumentNode<unknown, unknown>,
    variables: unknown,
    requestOptions?: RequestOptions,
  ) {
    const prepared = await prepare(document);
    if (prepared.kind === 'subscription') {
      throw new TypeError(`${prepared.operationName ?? 'This'} is a subscription: use subscribe().`);
    }
    const response = await post(
      prepared,
      variables,
      'application/graphql-response+json, application/json',
      requestOptions,
    );
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.includes('json')) throw await unexpected(response, prepared.operationName);
    const payload: unknown = await response.json().catch(() => undefined);
    if (!isPayload(payload)) throw await unexpected(response, prepared.operationName);
    if (payload.errors?.length || payload.data == null) {
      throw graphQLError(payload, response.status, prepared.operationName);
    }
    if (!response.ok) throw await unexpected(response, prepared.operationName);
    return payload.data;
  }

  async function* subscribe(
    document: TypedDocumentNode<unknown, unknown>,
    variables: unknown,
    requestOptions?: RequestOptions,
  ): AsyncGenerator<unknown> {
    const prepared = await prepare(document);
    const controller = new AbortController();
    const outer = requestOptions?.signal;
    if (outer) outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    const response = await post(prepared, variables, 'text/event-stream', {
      ...requestOptions,
      signal: controller.signal,
    });
    try {
      const contentType = response.headers.get('content-type') ?? '';
      if (!response.ok || !contentType.includes('text/event-stream') || !response.body) {
        throw await unexpected(response, prepared.operationName);
      }
      for await (const { event, data } of serverSentEvents(response.body)) {
        if (event === 'complete') return;
        // `next` in GraphQL over SSE; unnamed (`message`) events from servers that send bare `data:` lines.
        if (event !== 'next' && event !== 'message') continue;
        const payload: unknown = JSON.parse(data);
        if (!isPayload(payload)) continue;
        if (payload.errors?.length || payload.data == null)
          throw graphQLError(payload, response.status, prepared.operationName);
        yield payload.data;
      }
    } finally {
      // Ends the request when the caller stops early (break, return, throw) or the stream ends.
      controller.abort();
    }
  }

  async function* paginate(
    operation: OperationName,
    variables: Record<string, unknown>,
    select: (result: unknown) => ConnectionPage | null | undefined,
    requestOptions?: RequestOptions,
  ): AsyncGenerator<ConnectionPage> {
    const entry = operations[operation] as OperationEntry;
    let after = variables.after;
    for (;;) {
      const page = select(await execute(entry.document, { ...variables, after }, requestOptions));
      if (!page) return;
      yield page;
      const { hasNextPage, endCursor } = page.pageInfo;
      if (!hasNextPage || !endCursor || endCursor === after) return;
      after = endCursor;
    }
  }

  const client: Record<string, unknown> = {
    request: (document: TypedDocumentNode<unknown, unknown>, variables?: unknown, requestOptions?: RequestOptions) =>
      execute(document, variables, requestOptions),
    subscribe: (document: TypedDocumentNode<unknown, unknown>, variables?: unknown, requestOptions?: RequestOptions) =>
      subscribe(document, variables, requestOptions),
    paginate,
  };
  for (const [method, entry] of entries) {
    client[method] =
      entry.kind === 'subscription'
        ? (variables?: unknown, requestOptions?: RequestOptions) => subscribe(entry.document, variables, requestOptions)
        : (variables?: unknown, requestOptions?: RequestOptions) => execute(entry.document, variables, requestOptions);
  }
  return client as unknown as ClaimgraphClient;
}

export { operations };
