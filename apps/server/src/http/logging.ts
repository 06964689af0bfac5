import { randomUUID } from 'node:crypto';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { type Logger, pino } from 'pino';
import { isDatabaseUnavailable } from '../plugins/database-errors.js';

export type { Logger };

/** The process's logger: one JSON object per line on stdout (pino). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'claimgraph' } });
}

/**
 * Yoga's own messages (masked errors with their stacks, for instance) through pino. An unreachable
 * database is an outage, not a bug: one warning line each, without a stack, so an outage does not
 * bury the log in identical traces.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error && isDatabaseUnavailable(first)) {
        logger.warn({ code: 'DATABASE_UNAVAILABLE' }, first.message.split('\n').at(-1) ?? first.message);
      } else if (first instanceof Error) logger[level]({ err: first }, first.message);
      else logger[level]({ details: rest.length ? rest : undefined }, String(first));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const requestIds = new WeakMap<Request, string>();

/** The request's ID: the caller's `X-Request-Id` when it is a sane token, a fresh UUID otherwise. */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && REQUEST_ID.test(given) ? given : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

/**
 * One log line per request (method, path, status, duration, operation, cost, error codes) with its
 * request ID, which is also sent back as `X-Request-Id` so a client can quote it.
 */
export function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, { at: number; operation?: string; codes?: string[]; cost?: unknown }>();
  return {
    onRequest({ request }) {
      requestIdOf(request);
      started.set(request, { at: performance.now() });
    },
    onParams({ params, request }) {
      const entry = started.get(request);
      if (entry && params.operationName) entry.operation = params.operationName;
    },
    onResultProcess({ request, result }) {
      const entry = started.get(request);
      if (!entry) return;
      const single = Array.isArray(result)
        ? undefined
        : (result as { errors?: unknown[]; extensions?: { cost?: unknown } });
      const codes = single?.errors
        ?.map((error) => (error as { extensions?: { code?: unknown } }).extensions?.code)
        .filter((code): code is string => typeof code === 'string');
      if (codes?.length) entry.codes = codes;
      if (single?.extensions?.cost) entry.cost = single.extensions.cost;
    },
    onResponse({ request, response }) {
      const id = requestIdOf(request);
      response.headers.set('x-request-id', id);
      const entry = started.get(request);
      const url = new URL(request.url);
      if (url.pathname === '/health' || url.pathname === '/ready') return;
      logger.info(
        {
          requestId: id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: entry ? Math.round(performance.now() - entry.at) : undefined,
          operation: entry?.operation,
          cost: entry?.cost,
          errors: entry?.codes,
        },
        'request',
      );
    },
  };
}
