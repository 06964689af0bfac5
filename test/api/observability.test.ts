import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { afterAll } from 'vitest';
import { enableMetrics, OPERATION_LABELS, useMetrics } from '../../apps/server/src/observability/metrics.js';
import { OTHER } from '../../apps/server/src/observability/operation-labels.js';
import { useTracing } from '../../apps/server/src/observability/tracing.js';
import { createApp } from '../../apps/server/src/yoga.js';
import { createApi, describe, expect, test } from '../support/fixtures.js';

/** One sample's value from Prometheus' text format, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}) {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

const STORY = 'query Story { claims(first: 3) { totalCount edges { node { text } } } }';

describe('Prometheus metrics at /metrics', () => {
  test('count requests per operation, errors by code, SQL statements, cache hits, subscribers and the pool', async ({
    api,
  }) => {
    const postgres = api.database.kind === 'postgres';
    const metrics = enableMetrics(postgres ? () => api.database.poolStats() : undefined);
    const app = createApp({ observability: useMetrics(metrics) });
    const served = createApi(app, api.database, api.keys);
    const scrape = async () => {
      const response = await app.fetch('http://claimgraph.test/metrics');
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      return response.text();
    };
    const before = await scrape();
    const delta = (after: string, name: string, labels?: Record<string, string>) =>
      (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);

    const statements = await served.statements(async () => {
      await served.data(STORY); // a miss: executed and kept
      await served.data(STORY); // answered from the response cache
    });
    await served.graphql('query Typo { claimz { totalCount } }');
    await served.graphql('{ node(id: "not-an-id") { id } }');

    const after = await scrape();
    expect(
      delta(after, 'claimgraph_graphql_request_duration_seconds_count', { operation: 'Story', status: '200' }),
    ).toBe(2);
    expect(
      delta(after, 'claimgraph_graphql_request_duration_seconds_count', { operation: 'Typo', status: '400' }),
    ).toBe(1);
    expect(delta(after, 'claimgraph_graphql_request_duration_seconds_count', { operation: 'anonymous' })).toBe(1);
    // Executed: Story once (the second was a cache hit, answered before parsing) and the anonymous node
    // query; Typo failed validation. The phases carry the operation's type, not its client-chosen name.
    expect(delta(after, 'graphql_envelop_request', { operationType: 'query' })).toBe(2);
    expect(after).not.toMatch(/^graphql_envelop_\w+\{[^}]*operationName=/m);
    // The two refused requests never reach the cache.
    expect(delta(after, 'claimgraph_cache_requests_total', { cache: 'response', result: 'miss' })).toBe(1);
    expect(delta(after, 'claimgraph_cache_requests_total', { cache: 'response', result: 'hit' })).toBe(1);
    expect(delta(after, 'claimgraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta(after, 'claimgraph_graphql_errors_total', { code: 'INVALID_ID' })).toBe(1);
    expect(statements).toBeGreaterThan(0);
    expect(delta(after, 'claimgraph_db_statement_duration_seconds_count')).toBeGreaterThanOrEqual(statements);
    expect(sample(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    if (postgres) {
      expect(sample(after, 'claimgraph_db_pool_max')).toBe(4);
      expect(sample(after, 'claimgraph_db_pool_connections')).toBeGreaterThan(0);
      expect(delta(after, 'claimgraph_db_pool_wait_seconds_count')).toBeGreaterThan(0);
    } else {
      expect(sample(after, 'claimgraph_db_pool_max')).toBeUndefined();
    }

    // An open Server-Sent Events stream is a subscriber until the client goes away.
    const stream = await app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { assessmentAdded { assessment { id } } }' }),
    });
    expect(stream.status).toBe(200);
    expect(sample(await scrape(), 'claimgraph_subscriptions_active')).toBe(1);
    // The client reads, then goes away.
    const reader = stream.body?.getReader();
    const reading = reader?.read();
    await reader?.cancel();
    await reading;
    await expect.poll(async () => sample(await scrape(), 'claimgraph_subscriptions_active')).toBe(0);
  });
});

describe('Operation names as labels', () => {
  test('are bounded: names first seen past the limit are counted as other', async () => {
    const app = createApp({ observability: useMetrics(enableMetrics()) });
    const count = async (operation: string) => {
      const text = await (await app.fetch('http://claimgraph.test/metrics')).text();
      return sample(text, 'claimgraph_graphql_request_duration_seconds_count', { operation }) ?? 0;
    };
    const send = (name: string) =>
      app.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query ${name} { __typename }` }),
      });
    const otherBefore = await count(OTHER);
    for (let i = 0; i < OPERATION_LABELS + 20; i++) await send(`Generated${i}`);
    const text = await (await app.fetch('http://claimgraph.test/metrics')).text();
    const generated = text.match(/^claimgraph_graphql_request_duration_seconds_count\{operation="Generated\d+"/gm);
    expect(generated).toHaveLength(OPERATION_LABELS);
    expect((await count(OTHER)) - otherBefore).toBe(20);
    // A name admitted before the limit keeps its own series.
    await send('Generated0');
    expect(await count('Generated0')).toBe(2);
  });
});

describe('OpenTelemetry traces', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  provider.register();
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  test('nest HTTP → GraphQL operation → SQL statement, under the caller’s trace', async ({ api }) => {
    const app = createApp({ observability: useTracing(provider), responseCache: false });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await app.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      body: JSON.stringify({ query: STORY, operationName: 'Story' }),
    });
    expect(response.status).toBe(200);
    await response.text();
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');

    const http = spans.find((span) => span.name === 'POST /graphql');
    expect(http?.attributes['http.response.status_code']).toBe(200);
    expect(http?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    const operation = spans.find((span) => span.name === 'query.Story');
    expect(operation && parentOf(operation)).toBe(http);
    // Statements through Prisma, and the reads the server compiles itself (db/direct-reads.ts).
    const sql = spans.filter((span) => span.name === 'prisma:client:db_query' || span.name === 'claimgraph:db_query');
    expect(sql.length).toBeGreaterThan(0);
    for (const statement of sql) {
      expect(statement.attributes['db.query.text']).toMatch(/SELECT/);
      // Up the chain from each statement: Prisma's operation spans or a resolver's, then the operation.
      let up = parentOf(statement);
      while (up && up !== operation) up = parentOf(up);
      expect(up).toBe(operation);
    }
    void api;
  });
});
