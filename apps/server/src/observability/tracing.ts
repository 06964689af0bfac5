import { useOpenTelemetry } from '@envelop/opentelemetry';
import {
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import type { Plugin } from 'graphql-yoga';

/**
 * Traces: an HTTP span per request, the GraphQL operation's span under it (@envelop/opentelemetry), and
 * Prisma's spans under that, down to each SQL statement (`prisma:client:db_query`, @prisma/instrumentation).
 * The HTTP span is Yoga's request instrumentation rather than @opentelemetry/instrumentation-http: that one
 * patches `node:http` through module-loading hooks, which an ES-module server would have to preload with
 * `--import`; Yoga's hook wraps the same request, in process tests too, and carries the caller's
 * `traceparent`.
 */
export function useTracing(provider: TracerProvider): Plugin[] {
  const prisma = new PrismaInstrumentation({ enabled: false });
  prisma.setTracerProvider(provider);
  prisma.enable();
  const tracer = provider.getTracer('claimgraph');
  const spans = new WeakMap<Request, Span>();
  const http: Plugin = {
    instrumentation: {
      request({ request }, wrapped) {
        const url = new URL(request.url);
        const parent = propagation.extract(context.active(), Object.fromEntries(request.headers));
        const span = tracer.startSpan(
          `${request.method} ${url.pathname}`,
          {
            kind: SpanKind.SERVER,
            attributes: { 'http.request.method': request.method, 'url.path': url.pathname },
          },
          parent,
        );
        spans.set(request, span);
        return context.with(trace.setSpan(parent, span), async () => {
          try {
            return await wrapped();
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR });
            throw error;
          } finally {
            span.end();
          }
        });
      },
    },
    onResponse({ request, response }) {
      const span = spans.get(request);
      span?.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span?.setStatus({ code: SpanStatusCode.ERROR });
    },
  };
  return [
    http,
    // Documents are recorded (without inline arguments' values: the plugin drops a document that has
    // any); variables and results are not, since they carry users' data.
    useOpenTelemetry({ resolvers: false, variables: false, result: false }, provider) as Plugin,
  ];
}
