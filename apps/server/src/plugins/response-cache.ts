import { type ExecutionResult, getOperationAST, Kind, type OperationDefinitionNode, print } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Generations } from '../cache/generation.js';
import type { Viewer } from '../domain/api-keys.js';
import { metrics } from '../observability/metrics.js';
import type { Context } from '../schema/builder.js';
import { costOf } from './cost.js';
import type { RequestContext as ClientContext, RateLimiting } from './rate-limit.js';

export interface ResponseCacheOptions {
  /** Results kept at most; the least recently used goes first. */
  maxEntries?: number;
  /** The kept results' size at most, in characters of JSON (their objects take 2–4 times that in memory). */
  maxChars?: number;
  /** How long a result is kept at most, in ms: the bound for a deployment whose replicas share no Redis. */
  ttlMs?: number;
}

/** What the cache needs from the app to answer a request before the GraphQL pipeline runs. */
export interface EarlyAnswers {
  /**
   * The request's data generations and who it acts as (its API key's viewer, null without a key,
   * undefined for a key that is not valid, which the pipeline refuses), read once per request.
   */
  identify(
    request: Request,
    req?: ClientContext['req'],
  ): Promise<{ generations: Generations | undefined; viewer: Viewer | null | undefined }>;
  /** Whether requests without a key may read (the role their answers are kept under). */
  anonymousReads: boolean;
  /** The rate limit's spending (plugins/rate-limit.ts), when it is on: a cached answer costs what executing it did. */
  admit?: RateLimiting['admit'];
}

interface Entry {
  result: ExecutionResult;
  /** The result as sent, serialised once when kept: a hit is not serialised again. */
  json: string;
  /** The operation's cost (plugins/cost.ts), which each hit spends from the rate limit. */
  points: number;
  at: number;
  chars: number;
}

/**
 * Remembers the results of queries, keyed by the data generation the request started with
 * (generation.ts), the viewer's role, the document, the operation name and the variables.
 *
 * Every committed write changes the generation (on every replica sharing the Redis) before the
 * mutation answers, so a result read before a write is never served after it: a request that starts
 * later asks under the new generation and misses. Only successful queries are kept: no mutation, no
 * subscription, nothing with an error. The key holds the role, not the key: every field answers the
 * same to every key of a role, except `viewer`, whose requests are keyed by their API key.
 *
 * A request whose parameters match a kept result is answered as soon as they are read (`onParams`),
 * before parsing, validation, limits and the context: the same document, variables and role passed
 * all of them when the result was kept, and none of them changes while the server runs. What does
 * depend on the request still runs: its API key is checked (a revoked key bumps the key generation
 * and misses) and the rate limit spends the operation's cost. The kept JSON is sent as it is
 * (Yoga's `stringify` hook), so a hit serialises nothing. A request whose parameters alone do not
 * make the key (a persisted operation sent by hash without its text) is answered later, where the
 * execution would start, after the checks.
 *
 * The plugins of graphql-yoga and envelop for this (`@graphql-yoga/plugin-response-cache`) invalidate
 * by entity: they rewrite every document to collect typenames and IDs and walk every result, which
 * costs CPU on each miss, and a write that changes a list no cached entity was in would leave stale
 * lists behind. A generation-keyed cache needs neither.
 */
export function useResponseCache(options: ResponseCacheOptions = {}, early?: EarlyAnswers): Plugin {
  const maxEntries = options.maxEntries ?? 5_000;
  const maxChars = options.maxChars ?? 16_000_000;
  const ttlMs = options.ttlMs ?? 30_000;
  const entries = new Map<string, Entry>();
  let chars = 0;
  let generation: number | undefined;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    chars -= entry.chars;
  };
  /** Whether a request that started at data generation `current` may use the cache. */
  const usable = (current: number | undefined): current is number => {
    if (current === undefined) return false;
    if (generation === undefined || current > generation) {
      generation = current;
      entries.clear();
      chars = 0;
    }
    // A request that started before the newest write neither reads nor fills the cache.
    return current === generation;
  };
  const lookup = (key: string) => {
    const hit = entries.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.at >= ttlMs) {
      remove(key);
      return undefined;
    }
    // Most recently used last: the map's order is the eviction order.
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  };
  // The kept result's properties as they are (its data stays parsed on demand), and its JSON as sent.
  const answer = (hit: Entry): ExecutionResult =>
    Object.defineProperties(
      { stringify: () => hit.json },
      Object.getOwnPropertyDescriptors(hit.result),
    ) as ExecutionResult;

  return {
    async onParams({ params, request, context, setResult }) {
      if (!early || typeof params.query !== 'string') return;
      // A failure (the database down while the key is looked up) is the pipeline's to report.
      const server = context as { req?: ClientContext['req'] };
      const identity = await early.identify(request, server.req).catch(() => undefined);
      if (!identity || !usable(identity.generations?.data) || identity.viewer === undefined) return;
      const { viewer } = identity;
      const rest = keyRest(params.operationName, params.variables, params.query);
      // A document that reads `viewer` is kept under the API key, any other under the role.
      const hit =
        lookup(`${roleOf(viewer, early.anonymousReads)}\n${rest}`) ??
        lookup(`key:${viewer?.apiKeyId ?? 'none'}\n${rest}`);
      // A miss here is looked up again, with the parsed document, in onExecute: counted there.
      if (!hit) return;
      metrics()?.cache.inc({ cache: 'response', result: 'hit' });
      const refusal = await early.admit?.({ request, viewer, ...(server.req ? { req: server.req } : {}) }, hit.points);
      setResult(refusal ?? answer(hit));
    },
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext;
      const current = context.generations?.data;
      if (!usable(current)) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const who = identityDependent(operation)
        ? `key:${context.viewer?.apiKeyId ?? 'none'}`
        : roleOf(context.viewer, context.anonymousReads);
      const key = `${who}\n${keyRest(args.operationName, args.variableValues, context.params?.query ?? print(args.document))}`;
      const hit = lookup(key);
      metrics()?.cache.inc({ cache: 'response', result: hit ? 'hit' : 'miss' });
      if (hit) {
        setResultAndStopExecution(answer(hit));
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!isPlainResult(result) || result.errors?.length || !result.data) return;
          if (generation !== current) return;
          const json = JSON.stringify(result);
          // Sent as serialised here: the answer that fills the cache is not serialised twice.
          setResult({ ...result, stringify: () => json } as ExecutionResult);
          // Measured once, when kept: what the memory bound counts.
          const size = key.length + json.length;
          if (size > maxChars / 10) return;
          remove(key);
          const points = Math.max(costOf(context) ?? 1, 1);
          entries.set(key, { result: kept(result, json), json, points, at: Date.now(), chars: size });
          chars += size;
          while (entries.size > maxEntries || chars > maxChars) {
            const oldest = entries.keys().next().value;
            if (oldest === undefined) break;
            remove(oldest);
          }
        },
      };
    },
  };
}

/**
 * The result as a hit gives it to the plugins after this one: its extensions, and its data parsed
 * from the JSON only if one reads them. Keeping the executed objects would hold every field's object
 * graph in the old generation for as long as the entry lives, which the garbage collector then
 * walks on each major collection; under traffic that does not repeat, most entries are never read.
 */
function kept(result: ExecutionResult, json: string): ExecutionResult {
  const light: ExecutionResult = result.extensions ? { extensions: result.extensions } : {};
  let data: ExecutionResult['data'];
  Object.defineProperty(light, 'data', {
    enumerable: true,
    get: () => {
      data ??= (JSON.parse(json) as ExecutionResult).data;
      return data;
    },
  });
  return light;
}

function roleOf(viewer: Viewer | null | undefined, anonymousReads: boolean) {
  return `role:${viewer?.role ?? (anonymousReads ? 'ANONYMOUS' : 'NONE')}`;
}

/** The key's part after who asks: the operation name, the variables and the document's text. */
function keyRest(operationName: string | null | undefined, variables: unknown, query: string) {
  return `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}\n${query}`;
}

type RequestContext = Context & Partial<Pick<YogaInitialContext, 'params'>>;

/** Whether the operation reads who the request acts as (`viewer`), not only what its role may see. */
function identityDependent(operation: OperationDefinitionNode) {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || selection.name.value === 'viewer',
  );
}

function isPlainResult(result: unknown): result is ExecutionResult {
  return !!result && typeof result === 'object' && !(Symbol.asyncIterator in result);
}
