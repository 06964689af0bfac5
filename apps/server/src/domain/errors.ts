/** Expected failures of domain operations; the GraphQL layer turns them into typed error results. */
export type DomainErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

export interface FieldIssue {
  /** The input path of the offending value, e.g. ["input", "quote", "exact"]. */
  path: string[];
  message: string;
  /** A finer code for the issue, e.g. QUOTE_NOT_FOUND. */
  code?: string | undefined;
}

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export function validationError(path: string[], message: string, code?: string): DomainError {
  return new DomainError('VALIDATION', message, [{ path, message, code }]);
}

export function notFound(what: string, path: string[] = []): DomainError {
  return new DomainError(
    'NOT_FOUND',
    `${what} was not found.`,
    path.length ? [{ path, message: `${what} was not found.` }] : [],
  );
}
