/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  /** `extensions.code` is the server's stable error code: INVALID_ID, BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED… */
  extensions?: { code?: string; [key: string]: unknown };
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
  get codes(): string[] {
    return [...new Set(this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : [])))];
  }

  /** Whether any error has this code. */
  hasCode(code: string): boolean {
    return this.errors.some((error) => error.extensions?.code === code);
  }

  /** Works across copies of the package, where `instanceof` would not. */
  static is(error: unknown): error is ClaimgraphError {
    return error instanceof ClaimgraphError || (error instanceof Error && error.name === 'ClaimgraphError');
  }
}
