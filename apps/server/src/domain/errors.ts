/**
 * Expected failures of domain operations. The GraphQL layer registers these classes as error
 * types, so mutations return them as typed union members instead of throwing.
 */
export type DomainErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

export interface FieldIssue {
  /** The input path of the offending value, e.g. ["input", "quote", "exact"]. */
  path: string[];
  message: string;
  /** A finer code for the issue, e.g. QUOTE_NOT_FOUND. */
  code?: string | undefined;
}

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  readonly code = 'VALIDATION';
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code = 'NOT_FOUND';
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly code = 'CONFLICT';
  constructor(
    message: string,
    issues: FieldIssue[] = [],
    /** The revision the object has now, when the conflict is a stale revision. */
    readonly currentRevision: number | null = null,
  ) {
    super(message, issues);
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

export function validationError(path: string[], message: string, code?: string): ValidationError {
  return new ValidationError(message, [{ path, message, code }]);
}

export function notFound(what: string, path: string[] = []): NotFoundError {
  const message = `${what} was not found.`;
  return new NotFoundError(message, path.length ? [{ path, message }] : []);
}

/** Collects every issue of an input before failing, so a client can fix them all at once. */
export function assertValid(issues: FieldIssue[], message = 'The input is not valid.') {
  if (issues.length) throw new ValidationError(message, issues);
}
