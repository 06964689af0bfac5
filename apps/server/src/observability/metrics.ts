import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { getOperationAST } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { boundedLabels } from './operation-labels.js';

/** Distinct operation names with a label of their own; later ones count as `other` (operation-labels.ts). */
export const OPERATION_LABELS = 100;

/** What the PostgreSQL connection pool reports. */
export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/**
 * The process's Prometheus metrics (prom-client), served at `/metrics` by @graphql-yoga/plugin-prometheus:
 * requests and latency per operation, errors by code, SQL statements and their duration, the pool's use
 * and waits, cache hits, SSE subscribers, and Node's own (event-loop lag, heap, GC).
 */
export interface Metrics {
  registry: Registry;
  requests: Histogram<'operation' | 'status'>;
  errors: Counter<'code'>;
  statements: Histogram;
  poolWait: Histogram;
  cache: Counter<'cache' | 'result'>;
  subscribers: Gauge;
}

let current: Metrics | undefined;

/**
 * The metrics, or undefined when they are off: call sites write `metrics()?.cache.inc(…)`, so a server
 * without metrics does no work for them.
 */
export function metrics(): Metrics | undefined {
  return current;
}

/**
 * Turns the metrics on for this process (once: prom-client names are unique within a registry). `pool`
 * reads the PostgreSQL pool; without it (PGlite, one connection in process) there are no pool gauges.
 */
export function enableMetrics(pool?: () => PoolStats | undefined): Metrics {
  if (current) return current;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  if (pool) poolGauges(registers, pool);
  current = {
    registry,
    requests: new Histogram({
      name: 'claimgraph_graphql_request_duration_seconds',
      help: 'GraphQL requests over HTTP by operation name and status, including those answered from the cache or refused before parsing.',
      labelNames: ['operation', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers,
    }),
    errors: new Counter({
      name: 'claimgraph_graphql_errors_total',
      help: 'GraphQL errors sent to clients, by extensions.code.',
      labelNames: ['code'],
      registers,
    }),
    statements: new Histogram({
      name: 'claimgraph_db_statement_duration_seconds',
      help: 'SQL statements sent by Prisma, by duration.',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    poolWait: new Histogram({
      name: 'claimgraph_db_pool_wait_seconds',
      help: 'Time spent waiting for a PostgreSQL pool connection (or for a new one to open).',
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2],
      registers,
    }),
    cache: new Counter({
      name: 'claimgraph_cache_requests_total',
      help: 'Cache look-ups by cache (response, count) and result (hit, stale, miss).',
      labelNames: ['cache', 'result'],
      registers,
    }),
    subscribers: new Gauge({
      name: 'claimgraph_subscriptions_active',
      help: 'Open GraphQL subscriptions (Server-Sent Events streams).',
      registers,
    }),
  };
  return current;
}

function poolGauges(registers: Registry[], pool: () => PoolStats | undefined) {
  const gauge = (name: string, help: string, read: (stats: PoolStats) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const stats = pool();
        if (stats) this.set(read(stats));
      },
    });
  gauge('claimgraph_db_pool_max', 'Connections the PostgreSQL pool may open.', (s) => s.max);
  gauge('claimgraph_db_pool_connections', 'Connections the PostgreSQL pool holds open.', (s) => s.total);
  gauge('claimgraph_db_pool_idle', 'Open pool connections not in use.', (s) => s.idle);
  gauge('claimgraph_db_pool_waiting', 'Queries waiting for a pool connection now.', (s) => s.waiting);
}

/** The Yoga plugins that count requests and serve `/metrics`. */
export function useMetrics(m: Metrics): Plugin[] {
  return [
    // The GraphQL phases (parse, validate, execute) per operation, and errors by phase. Its HTTP histogram
    // is off: it counts only requests whose document was parsed, so it would miss cache hits.
    usePrometheus({
      registry: m.registry,
      endpoint: '/metrics',
      // The phases by operation type only: names are the client's to choose and error paths carry list
      // indices, so either as a label grows the series without bound. Names are counted, bounded, below.
      labels: { operationName: false, path: false },
      metrics: {
        graphql_yoga_http_duration: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_request_time_summary: false,
        graphql_envelop_phase_context: false,
        graphql_envelop_phase_subscribe: false,
        graphql_envelop_schema_change: false,
        graphql_envelop_request: true,
        graphql_envelop_request_duration: true,
        graphql_envelop_error_result: true,
        graphql_envelop_phase_parse: true,
        graphql_envelop_phase_validate: true,
        graphql_envelop_phase_execute: true,
      },
    }),
    useRequestCounts(m),
  ];
}

/**
 * A document's first operation name, read from its text: a request answered from the response cache is
 * never parsed. A document with several operations names the one to run in `operationName`.
 */
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * Every GraphQL request by operation name and status (whatever answered it), errors by their
 * `extensions.code`, and the subscriptions open now.
 */
function useRequestCounts(m: Metrics): Plugin {
  const requests = new WeakMap<
    Request,
    { end: (labels: { operation: string; status: number }) => void; operation: string }
  >();
  const label = boundedLabels(OPERATION_LABELS);
  return {
    onParams({ params, request }) {
      const named = params.operationName || (params.query && OPERATION_NAME.exec(params.query)?.[1]);
      requests.set(request, { end: m.requests.startTimer(), operation: named || 'anonymous' });
    },
    onExecute({ args }) {
      // The parsed document's own name, where the text's first one was a guess.
      const entry = requests.get((args.contextValue as YogaInitialContext).request);
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (entry && name) entry.operation = name;
    },
    onResultProcess({ result }) {
      for (const item of Array.isArray(result) ? result : [result]) {
        const errors = (item as { errors?: readonly { extensions?: { code?: unknown } }[] } | undefined)?.errors;
        for (const error of errors ?? []) {
          const code = error.extensions?.code;
          m.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
        }
      }
    },
    onResponse({ request, response }) {
      const entry = requests.get(request);
      entry?.end({ operation: label(entry.operation), status: response.status });
    },
    onSubscribe() {
      return {
        onSubscribeResult({ result }) {
          // A subscription refused before it streams (bad filter, no key) has nothing to end.
          if (!(Symbol.asyncIterator in result)) return;
          m.subscribers.inc();
          return {
            onEnd() {
              m.subscribers.dec();
            },
          };
        },
      };
    },
  };
}
