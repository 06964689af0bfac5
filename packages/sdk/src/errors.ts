/**
 * The stable `extensions.code` of each error the claimgraph server answers with: branch on these, never on messages.
 * Expected failures of mutations (validation, not found, stale revision, forbidden) are not among them: they are
 * data, members of each mutation's result union.
 */
export type ServerErrorCode =
  /**
   * A request without a valid API key: none where one is needed, or an invalid or revoked one. Every such
   * request (query, mutation or subscription) is refused with HTTP 401 and this code: `hasCode('UNAUTHENTICATED')`
   * is the one check for it.
   */
  | 'UNAUTHENTICATED'
  /** The key's role may not read this (a mutation answers with its `ForbiddenError` member instead). */
  | 'FORBIDDEN'
  | 'INVALID_ID'
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_FIELDS'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_ONLY'
  | 'RATE_LIMITED'
  | 'REQUEST_TIMEOUT'
  | 'REQUEST_ENTITY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'DATABASE_UNAVAILABLE'
  | 'SHUTTING_DOWN'
  | 'INTERNAL_SERVER_ERROR';

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  /** `extensions.code` is the server's stable error code: INVALID_ID, BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED… */
  extensions?: { code?: ServerErrorCode; [key: string]: unknown };
}

/** Why a request failed: the server answered with GraphQL errors, with a bad HTTP status, or not at all. */
export type ClaimgraphErrorKind = 'graphql' | 'http' | 'network';

export interface ClaimgraphErrorDetails<TData> {
  kind: ClaimgraphErrorKind;
  status: number;
  operationName: string | undefined;
  errors?: readonly GraphQLErrorEntry[];
  data?: TData | null;
  cause?: unknown;
}

/**
 * Thrown by every client method when a request does not give complete data: it keeps the HTTP status, the
 * GraphQL errors with their codes, and whatever partial data came back.
 */
export class ClaimgraphError<TData = unknown> extends Error {
  override readonly name = 'ClaimgraphError';
  readonly kind: ClaimgraphErrorKind;
  /** The HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly operationName: string | undefined;
  readonly errors: readonly GraphQLErrorEntry[];
  /** Partial data: the fields that resolved before or beside the errors; null when none did. */
  readonly data: TData | null;

  constructor(message: string, details: ClaimgraphErrorDetails<TData>) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status;
    this.operationName = details.operationName;
    this.errors = details.errors ?? [];
    this.data = details.data ?? null;
  }

  /** The distinct `extensions.code` values of the errors, in order. */
  get codes(): ServerErrorCode[] {
    return [...new Set(this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : [])))];
  }

  /** Whether any error has this code. */
  hasCode(code: ServerErrorCode): boolean {
    return this.errors.some((error) => error.extensions?.code === code);
  }

  /** Works across copies of the package, where `instanceof` would not. */
  static is(error: unknown): error is ClaimgraphError {
    return error instanceof ClaimgraphError || (error instanceof Error && error.name === 'ClaimgraphError');
  }
}
