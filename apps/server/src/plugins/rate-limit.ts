import { createHash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../config/profile.js';
import { costOf } from './cost.js';

export interface RateLimiting {
  plugin: Plugin;
  /**
   * Spends `points` from the request's buckets: the answer to send instead when one is empty
   * (RATE_LIMITED), undefined when the request may go on. The response cache calls it for a request
   * it answers before execution, so a cached answer costs what executing it would.
   */
  admit(context: RequestContext, points: number): Promise<ExecutionResult | undefined>;
  /**
   * Runs `check` (an API-key lookup: undefined when the key is not valid) unless the client's
   * address has presented `failedKeyPoints` invalid keys this window, and counts a miss against it.
   * Past the limit no key from that address is checked at all, so a right guess cannot be told from
   * a wrong one: the request is refused with RATE_LIMITED (429, thrown as a GraphQL error).
   */
  checkKey<T>(context: RequestContext, check: () => Promise<T | undefined>): Promise<T | undefined>;
  close(): Promise<void>;
}

/**
 * Spends each operation's cost (plugins/cost.ts; 1 at least) from two buckets that refill every
 * window: the client address's and, when the request carries an API key, the key's. A third bucket
 * per address counts invalid API keys (`checkKey`), so guessing keys meets a limit of its own. An empty bucket
 * answers RATE_LIMITED (HTTP 429) with `Retry-After` and `extensions.retryAfter` in seconds.
 * Buckets live in Redis when `redisUrl` is set, so replicas share them, with an in-memory fallback
 * while Redis is unreachable; in memory otherwise. rate-limiter-flexible does the counting.
 */
export function createRateLimiting(options: RateLimit): RateLimiting {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, {
        // Fail fast while Redis is away (the in-memory insurance limiter answers), never queue.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      })
    : undefined;
  // ioredis reports a lost connection as an 'error' event; without a listener it would crash the process.
  redis?.on('error', () => {});
  const limiter = (prefix: string, points: number): RateLimiterAbstract => {
    const settings = { keyPrefix: `claimgraph:rl:${prefix}`, points, duration: options.windowSeconds };
    const memory = new RateLimiterMemory(settings);
    return redis ? new RateLimiterRedis({ ...settings, storeClient: redis, insuranceLimiter: memory }) : memory;
  };
  const byAddress = limiter('address', options.addressPoints);
  const byKey = limiter('key', options.keyPoints);
  const failedKeys = limiter('failed-key', options.failedKeyPoints);

  const admit = async (context: RequestContext, points: number): Promise<ExecutionResult | undefined> => {
    const buckets: [RateLimiterAbstract, string][] = [[byAddress, clientAddress(context, options.trustProxy)]];
    const key = apiKeyOf(context);
    if (key) buckets.push([byKey, key]);
    for (const [bucket, id] of buckets) {
      try {
        await bucket.consume(id, points);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { errors: [rateLimited('Too many requests', rejection)] };
      }
    }
    return undefined;
  };

  const checkKey = async <T>(context: RequestContext, check: () => Promise<T | undefined>) => {
    const address = clientAddress(context, options.trustProxy);
    const spent = await failedKeys.get(address);
    if (spent && spent.consumedPoints >= options.failedKeyPoints) throw rateLimited('Too many invalid API keys', spent);
    const found = await check();
    if (found !== undefined) return found;
    try {
      await failedKeys.consume(address, 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw rateLimited('Too many invalid API keys', rejection);
    }
    return undefined;
  };

  const plugin: Plugin = {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as RequestContext;
      const refusal = await admit(context, Math.max(costOf(context) ?? 1, 1));
      if (refusal) setResultAndStopExecution(refusal);
    },
  };
  return {
    plugin,
    admit,
    checkKey,
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** RATE_LIMITED (HTTP 429) with the seconds until the bucket has points again. */
function rateLimited(what: string, state: RateLimiterRes) {
  const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return createGraphQLError(`${what}: retry in ${retryAfter} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter,
      http: { status: 429, headers: { 'retry-after': String(retryAfter) } },
    },
  });
}

export interface RequestContext {
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
  viewer?: { apiKeyId?: unknown } | null;
}

/**
 * The client's address: the socket's peer, or behind a proxy that appends to X-Forwarded-For
 * (`trustProxy`), the last address the proxy added (earlier entries are the client's to forge).
 */
export function clientAddress(context: RequestContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = context.request?.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return context.req?.socket?.remoteAddress ?? 'unknown';
}

/** The API key's ID once authenticated, or a hash of the presented bearer token. */
function apiKeyOf(context: RequestContext): string | undefined {
  const id = context.viewer?.apiKeyId;
  if (id !== undefined && id !== null) return `id:${String(id)}`;
  const header = context.request?.headers.get('authorization');
  const token = header && /^bearer\s+(\S+)/i.exec(header.trim())?.[1];
  return token ? `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}` : undefined;
}
