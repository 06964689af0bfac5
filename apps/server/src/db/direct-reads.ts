import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { metrics } from '../observability/metrics.js';

/**
 * Reads the server compiled itself (selection-sql.ts, search, counts) sent on the database's own
 * driver instead of Prisma's raw-query path, which converts every parameter and every value on
 * the way in and out. On PostgreSQL each distinct statement text is a named prepared statement, so
 * a connection parses and plans it once rather than on every request: binding the plan was two
 * thirds of PostgreSQL's time for an actor's claims with their chains (2.0 of 2.9 ms).
 */

/** A statement's text and its parameters: a `Prisma.Sql`, or a compiled template filled in (selection-plans.ts). */
export interface Statement {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** Runs a statement's text with its parameters; `name` prepares it on the connection. */
export type Send = (text: string, values: unknown[], name: string | undefined) => Promise<{ rows: unknown[] }>;

/**
 * Prepared statements stay on every connection for its life, so only this many distinct texts get
 * a name; the rest run unnamed. An API's texts are few (one per field shape an operation asks for),
 * but a client can vary list lengths, and that must not grow every connection without bound.
 */
export const PREPARED_STATEMENTS = 256;

const tracer = trace.getTracer('claimgraph');

export function directReads(send: Send, countStatement: () => void) {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined && names.size < PREPARED_STATEMENTS) {
      name = `claimgraph_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  return async function read<Row>(sql: Statement): Promise<Row[]> {
    const text = sql.text;
    const values = sql.values.map(parameter);
    const name = nameOf(text);
    countStatement();
    const started = performance.now();
    const run = async () => (await send(text, values, name)).rows as Row[];
    try {
      // A span only under a recorded trace: with tracing off this costs one lookup.
      if (!trace.getActiveSpan()?.isRecording()) return await run();
      return await tracer.startActiveSpan(
        'claimgraph:db_query',
        { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.query.text': text } },
        async (span) => {
          try {
            return await run();
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR });
            throw error;
          } finally {
            span.end();
          }
        },
      );
    } finally {
      metrics()?.statements.observe((performance.now() - started) / 1000);
    }
  };
}

/**
 * Dates as ISO strings in UTC: PostgreSQL reads them exactly into `timestamptz`, and into the
 * `timestamp` columns Prisma writes (UTC wall time) by ignoring the zone, whatever the process's
 * time zone; the drivers' own Date serialisation uses the local one.
 */
function parameter(value: unknown) {
  return value instanceof Date ? value.toISOString() : value;
}
