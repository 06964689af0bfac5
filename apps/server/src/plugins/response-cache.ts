import {
  type DocumentNode,
  type ExecutionResult,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  print,
} from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Context } from '../schema/builder.js';

export interface ResponseCacheOptions {
  /** Results kept at most; the least recently used goes first. */
  maxEntries?: number;
  /** The kept results' size at most, in characters of JSON (their objects take 2–4 times that in memory). */
  maxChars?: number;
  /** How long a result is kept at most, in ms: the bound for a deployment whose replicas share no Redis. */
  ttlMs?: number;
}

/**
 * Remembers the results of queries, keyed by the data generation the request started with
 * (generation.ts), the viewer's role, the document, the operation name and the variables.
 *
 * Every committed write changes the generation (on every replica sharing the Redis) before the
 * mutation answers, so a result read before a write is never served after it: a request that starts
 * later asks under the new generation and misses. Only successful queries are kept: no mutation, no
 * subscription, nothing with an error. A hit is answered where the execution would start, after the
 * request's checks (validation limits, cost, rate limit) ran as for any request. The key holds the
 * role, not the key: every field answers the same to every key of a role, except `viewer`, whose
 * requests are keyed by their API key.
 *
 * The plugins of graphql-yoga and envelop for this (`@graphql-yoga/plugin-response-cache`) invalidate
 * by entity: they rewrite every document to collect typenames and IDs and walk every result, which
 * costs CPU on each miss, and a write that changes a list no cached entity was in would leave stale
 * lists behind. A generation-keyed cache needs neither.
 */
export function useResponseCache(options: ResponseCacheOptions = {}): Plugin {
  const maxEntries = options.maxEntries ?? 5_000;
  const maxChars = options.maxChars ?? 16_000_000;
  const ttlMs = options.ttlMs ?? 30_000;
  const entries = new Map<string, { result: ExecutionResult; at: number; chars: number }>();
  let chars = 0;
  let generation: number | undefined;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    chars -= entry.chars;
  };

  const keyOf = (
    context: RequestContext,
    operation: OperationDefinitionNode,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: unknown,
  ) => {
    const who = identityDependent(operation)
      ? `key:${context.viewer?.apiKeyId ?? 'none'}`
      : `role:${context.viewer?.role ?? (context.anonymousReads ? 'ANONYMOUS' : 'NONE')}`;
    return `${who}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}\n${context.params?.query ?? print(document)}`;
  };

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext;
      const current = context.generations?.data;
      if (current === undefined) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      if (generation === undefined || current > generation) {
        generation = current;
        entries.clear();
        chars = 0;
      }
      // A request that started before the newest write neither reads nor fills the cache.
      if (current < generation) return;
      const key = keyOf(context, operation, args.document, args.operationName, args.variableValues);
      const hit = entries.get(key);
      if (hit && Date.now() - hit.at < ttlMs) {
        // Most recently used last: the map's order is the eviction order.
        entries.delete(key);
        entries.set(key, hit);
        setResultAndStopExecution({ ...hit.result });
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (!isPlainResult(result) || result.errors?.length || !result.data) return;
          if (generation !== current) return;
          // Measured once, when kept: what the memory bound counts.
          const size = key.length + JSON.stringify(result).length;
          if (size > maxChars / 10) return;
          remove(key);
          entries.set(key, { result, at: Date.now(), chars: size });
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
