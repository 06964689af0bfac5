import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';

/** PostgreSQL error classes that mean "not now" rather than "your request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set([
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
]);
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionWriteConflict',
]);
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|Client has encountered a connection error|Connection ended unexpectedly/i;

/**
 * The SQLSTATE of a PostgreSQL error, wherever Prisma and its driver adapter put it: PostgreSQL's
 * adapter keeps it as `originalCode`, PGlite's as `code` of a `postgres` kind.
 */
export function sqlStateOf(error: unknown, seen = new Set<unknown>()): string | undefined {
  if (!error || typeof error !== 'object' || seen.has(error)) return undefined;
  seen.add(error);
  const record = error as Record<string, unknown> & { meta?: { driverAdapterError?: { cause?: unknown } } };
  const cause = (record.meta?.driverAdapterError?.cause ?? record.cause) as Record<string, unknown> | undefined;
  const code = cause?.originalCode ?? (cause?.kind === 'postgres' ? cause.code : undefined);
  if (typeof code === 'string') return code;
  if (cause?.kind === 'TransactionWriteConflict') return '40001';
  return sqlStateOf(record.originalError, seen) ?? sqlStateOf(record.cause, seen);
}

/** True when `error` (or anything it wraps) says the database cannot answer right now. */
export function isDatabaseUnavailable(error: unknown, seen = new Set<unknown>()): boolean {
  if (!error || typeof error !== 'object' || seen.has(error)) return false;
  seen.add(error);
  const record = error as Record<string, unknown> & { meta?: { driverAdapterError?: { cause?: unknown } } };
  const cause = record.meta?.driverAdapterError?.cause as Record<string, unknown> | undefined;
  if (
    typeof record.code === 'string' &&
    (UNAVAILABLE_SQLSTATES.has(record.code) || UNAVAILABLE_PRISMA_CODES.has(record.code))
  ) {
    // P2010 (a raw query failed) is judged by its cause below.
    return true;
  }
  if (cause) {
    if (typeof cause.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(cause.kind)) return true;
    const code = cause.originalCode ?? cause.code;
    if (typeof code === 'string' && UNAVAILABLE_SQLSTATES.has(code)) return true;
  }
  if (typeof record.message === 'string' && UNAVAILABLE_MESSAGES.test(record.message)) return true;
  return isDatabaseUnavailable(record.originalError, seen) || isDatabaseUnavailable(record.cause, seen);
}

/**
 * Yoga's error masking, with one exception: when the database cannot answer (it is down, the pool
 * has no free connection within its wait, a statement hit `statement_timeout`) the client gets
 * DATABASE_UNAVAILABLE with HTTP 503 and `Retry-After`, so it knows to retry rather than report a bug.
 */
export function maskError(error: unknown, message: string): Error {
  if (isDatabaseUnavailable(error)) {
    const path = error instanceof GraphQLError ? error.path : undefined;
    return createGraphQLError('The database is unavailable right now; retry shortly.', {
      path,
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '2' } } },
    });
  }
  // Never the development mode that copies the original error into the response: that is a leak
  // scanners look for.
  return yogaMaskError(error, message, false);
}
