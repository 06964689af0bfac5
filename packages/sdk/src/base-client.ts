import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { ClaimgraphError, type GraphQLErrorEntry } from './errors.js';
import type { Operation, OperationKind } from './operation.js';

/** Anything that looks like `fetch`: the global one, undici's, or an in-process server's `fetch`. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response> | Response;

/**
 * Header names and values. Spelled out rather than the DOM's `HeadersInit`, which Node.js' own type
 * definitions do not declare globally.
 */
export type HeaderValues = Headers | Record<string, string> | [string, string][];

/** How a subscription reconnects after its stream drops (the network, a server restart). */
export interface ReconnectOptions {
  /** How many times in a row to try again before the iterator throws; 5 by default. */
  attempts?: number | undefined;
  /** Milliseconds before the attempt numbered `attempt` (1, 2…); by default 500 ms doubling up to 30 s, with jitter. */
  delay?: ((attempt: number) => number) | undefined;
}

// Every optional property also takes `undefined`, so `{ apiKey: process.env.KEY }` type-checks under
// `exactOptionalPropertyTypes`.
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string | URL;
  /** Sent as `Authorization: Bearer <apiKey>`; left out when undefined or empty. */
  apiKey?: string | undefined;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike | undefined;
  /** Extra headers for every request, or a function that returns them (called per request). */
  headers?: HeaderValues | (() => HeaderValues | Promise<HeaderValues>) | undefined;
  /**
   * Send the SDK's own operations by hash only (`extensions.persistedQuery.sha256Hash`, the keys of
   * `persisted-operations.json`), for servers that accept persisted operations only.
   */
  persistedOperations?: boolean | undefined;
  /**
   * Prints a document that carries no source text (an AST, or a query from `graphql()`). By default
   * `createClient` prints with graphql-js and `createBaseClient` with graphql.web, each loaded on first use.
   */
  print?: ((document: DocumentNode) => string | Promise<string>) | undefined;
  /** Subscriptions reconnect after a dropped stream (default); `false` ends the iterator with the error instead. */
  reconnect?: ReconnectOptions | false | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Extra headers for this request. */
  headers?: HeaderValues | undefined;
}

/** Variables are optional when the operation has no required variable. */
// biome-ignore lint/complexity/noBannedTypes: `{}` is the type that every all-optional variables object extends.
export type Args<V> = {} extends V
  ? [variables?: V, options?: RequestOptions]
  : [variables: V, options?: RequestOptions];

/** A typed document (the SDK's, gql.tada's `graphql()`, the codegen client preset's) or one of the SDK's operations. */
export type Runnable<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> | Operation<TResult, TVariables>;

/** Any operation or document, whatever its result and variables (the engine's own, untyped view). */
type AnyRunnable = Runnable<unknown, never>;

/** The part of a Relay connection that paging needs. */
export interface ConnectionPage {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null | undefined };
}

/** Operations and documents that take an `after` cursor, so they can page. */
export type Pageable<TResult, TVariables extends { after?: unknown }> = Runnable<TResult, TVariables>;

export interface BaseClient {
  /** Runs a query or mutation (one of the SDK's operations, or a typed document of your own) and returns its data. */
  request<TResult, TVariables>(runnable: Runnable<TResult, TVariables>, ...args: Args<TVariables>): Promise<TResult>;
  /**
   * Runs a subscription over server-sent events; each event's data is one item. Leaving the loop ends the request;
   * a dropped stream is resumed with backoff (see `ClientOptions.reconnect`).
   */
  subscribe<TResult, TVariables>(
    runnable: Runnable<TResult, TVariables>,
    ...args: Args<TVariables>
  ): AsyncIterableIterator<TResult>;
  /**
   * Walks a connection page by page: runs the operation, yields the connection `select` picks from the result,
   * and follows `pageInfo.endCursor` while `hasNextPage` is true. Stops when `select` returns null.
   */
  paginate<TResult, TVariables extends { after?: unknown }, TPage extends ConnectionPage>(
    runnable: Pageable<TResult, TVariables>,
    variables: TVariables,
    select: (result: TResult) => TPage | null | undefined,
    options?: RequestOptions,
  ): AsyncIterableIterator<TPage>;
}

/** What the client sends for a document. */
export interface PreparedDocument {
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

const isOperation = (value: unknown): value is Operation<unknown, never> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { text?: unknown }).text === 'string' &&
  'document' in value;

/**
 * The text to send: an SDK operation carries its exact text (the one hashed into `persisted-operations.json`);
 * `lookup` finds it for the SDK's bare documents; a document parsed from a string (gql.tada, graphql-tag) keeps
 * its source; anything else is printed (see `ClientOptions.print`).
 */
export async function prepare(
  runnable: AnyRunnable,
  lookup?: (document: unknown) => Operation<unknown, never> | undefined,
  print?: ClientOptions['print'],
): Promise<PreparedDocument> {
  const known = isOperation(runnable) ? runnable : lookup?.(runnable);
  if (known) return { operationName: known.name, kind: known.kind, text: known.text, sha256: known.sha256 };
  const document = runnable as TypedDocumentNode<unknown, never>;
  const definition = (document.definitions as readonly DefinitionLike[]).find((d) => d.kind === 'OperationDefinition');
  const source = (document as { loc?: { source?: { body?: string } } }).loc?.source?.body;
  // graphql.web's printer (gql.tada's GraphQL library, a few hundred bytes) is loaded only for such documents.
  const text =
    source ?? (print ? await print(document) : (await import('@0no-co/graphql.web')).print(document as never));
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

/** 500 ms, 1 s, 2 s… up to 30 s, each with up to a quarter of random jitter so clients do not return in step. */
const defaultDelay = (attempt: number) => {
  const base = Math.min(30_000, 500 * 2 ** (attempt - 1));
  return base - Math.random() * base * 0.25;
};

function sleep(ms: number, signal: AbortSignal | undefined) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Worth reconnecting: no response, a server error or overload, or a stream that ended without `complete`. */
const transient = (error: unknown) =>
  ClaimgraphError.is(error) && (error.kind === 'network' || error.status === 429 || error.status >= 500);

/**
 * The client's engine, shared by `createBaseClient` and `createClient`. `lookup` lets the full client send its
 * bare documents' exact text (and hash) without the base client importing every operation.
 */
export function createEngine(
  options: ClientOptions,
  lookup?: (document: unknown) => Operation<unknown, never> | undefined,
) {
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
        signal: requestOptions?.signal ?? null,
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
      // A refused subscription (e.g. HTTP 401) may carry its errors as an event: read its first `data:` line.
      payload = JSON.parse(/^data: ?(.*)$/m.exec(text)?.[1] ?? text);
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

  async function request(runnable: AnyRunnable, variables: unknown, requestOptions?: RequestOptions) {
    const prepared = await prepare(runnable, lookup, options.print);
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

  /** One subscription request: yields each event's data; returns true when the server completed the stream. */
  async function* stream(
    prepared: PreparedDocument,
    variables: unknown,
    requestOptions: RequestOptions | undefined,
  ): AsyncGenerator<unknown, boolean> {
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
        if (event === 'complete') return true;
        // `next` in GraphQL over SSE; unnamed (`message`) events from servers that send bare `data:` lines.
        if (event !== 'next' && event !== 'message') continue;
        const payload: unknown = JSON.parse(data);
        if (!isPayload(payload)) continue;
        if (payload.errors?.length || payload.data == null)
          throw graphQLError(payload, response.status, prepared.operationName);
        yield payload.data;
      }
      return false;
    } catch (error) {
      if (ClaimgraphError.is(error) || outer?.aborted) throw error;
      // The body broke off mid-stream: a network error, so it may be resumed.
      throw new ClaimgraphError(`${describe(prepared.operationName)}: the event stream broke off`, {
        kind: 'network',
        status: 0,
        operationName: prepared.operationName,
        cause: error,
      });
    } finally {
      // Ends the request when the caller stops early (break, return, throw) or the stream ends.
      controller.abort();
    }
  }

  async function* subscribe(
    runnable: AnyRunnable,
    variables: unknown,
    requestOptions?: RequestOptions,
  ): AsyncGenerator<unknown> {
    const prepared = await prepare(runnable, lookup, options.print);
    const reconnect = options.reconnect === false ? { attempts: 0 } : (options.reconnect ?? {});
    const attempts = reconnect.attempts ?? 5;
    const delay = reconnect.delay ?? defaultDelay;
    const signal = requestOptions?.signal;
    let failures = 0;
    for (;;) {
      const events = stream(prepared, variables, requestOptions);
      try {
        for (;;) {
          const next = await events.next();
          if (next.done) {
            if (next.value) return;
            // The server closed the stream without `complete` (a restart): resume like a dropped connection.
            throw new ClaimgraphError(`${describe(prepared.operationName)}: the event stream ended early`, {
              kind: 'network',
              status: 0,
              operationName: prepared.operationName,
            });
          }
          failures = 0;
          yield next.value;
        }
      } catch (error) {
        if (signal?.aborted || !transient(error) || failures >= attempts) throw error;
        failures += 1;
        await sleep(delay(failures), signal);
        if (signal?.aborted) throw error;
      } finally {
        // Ends the current request when the caller leaves the loop.
        await events.return(false);
      }
    }
  }

  async function* paginate(
    runnable: AnyRunnable,
    variables: Record<string, unknown>,
    select: (result: unknown) => ConnectionPage | null | undefined,
    requestOptions?: RequestOptions,
  ): AsyncGenerator<ConnectionPage> {
    let after = variables.after;
    for (;;) {
      const page = select(await request(runnable, { ...variables, after }, requestOptions));
      if (!page) return;
      yield page;
      const { hasNextPage, endCursor } = page.pageInfo;
      if (!hasNextPage || !endCursor || endCursor === after) return;
      after = endCursor;
    }
  }

  return { request, subscribe, paginate };
}

/**
 * A client that runs what it is given: one of the SDK's operations (`import { claim } from
 * '@claimgraph/sdk/operations'`) or a typed document of your own. It holds no operation itself, so a bundle pays
 * only for the operations it imports (under 5 KB gzip for the client and one operation).
 */
export function createBaseClient(options: ClientOptions): BaseClient {
  const engine = createEngine(options);
  return {
    request: (runnable: AnyRunnable, variables?: unknown, requestOptions?: RequestOptions) =>
      engine.request(runnable, variables, requestOptions),
    subscribe: (runnable: AnyRunnable, variables?: unknown, requestOptions?: RequestOptions) =>
      engine.subscribe(runnable, variables, requestOptions),
    paginate: engine.paginate,
  } as BaseClient;
}
