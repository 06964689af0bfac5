import {
  ConflictError,
  type DomainError,
  type DomainErrorCode,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import { builder } from './builder.js';

/**
 * An enum rather than a string, so clients get the codes as a literal union and a misspelt one does not
 * compile. Each error type always answers with its own value.
 */
const ErrorCode = builder.enumType('ErrorCode', {
  description: 'What went wrong, for programs: one value per error type.',
  values: {
    VALIDATION: { description: 'A `ValidationError`: the input is not valid.' },
    NOT_FOUND: { description: 'A `NotFoundError`: the input names an object that does not exist.' },
    CONFLICT: { description: 'A `ConflictError`: the write conflicts with the current state.' },
    FORBIDDEN: { description: 'A `ForbiddenError`: the request’s API key may not do this.' },
  } as const satisfies Record<DomainErrorCode, unknown>,
});

/**
 * Expected failures are data: every mutation returns a union of its success type and these errors,
 * each implementing `Error`, so clients narrow on `__typename` and read a stable `code`.
 */
export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'A failure the client can act on: a mutation’s input was refused and nothing was changed.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
    code: t.field({
      type: ErrorCode,
      description: 'What went wrong, for programs: VALIDATION, NOT_FOUND, CONFLICT or FORBIDDEN.',
      resolve: (error) => error.code,
    }),
    issues: t.field({
      type: [FieldIssueRef],
      description: 'The input fields at fault, when the failure is about particular fields.',
      resolve: (error) => error.issues,
    }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One input value at fault.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Where the value is in the input, e.g. ["input", "quote", "exact"].',
    }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
    code: t.exposeString('code', {
      nullable: true,
      description: 'A finer reason, e.g. QUOTE_NOT_FOUND, QUOTE_AMBIGUOUS, STALE_REVISION, RATIONALE_REQUIRED.',
    }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input is not valid; `issues` names each field at fault.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The input names an object that does not exist.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The write conflicts with the current state: a stale revision, a duplicate, or an archived object. Read again and retry.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: (t) => ({
    currentRevision: t.exposeInt('currentRevision', {
      nullable: true,
      description: 'The object’s revision now, when the conflict is a stale revision.',
    }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description:
    'The request’s API key may not do this: its role is not enough. (A request with no key, or an invalid one, is refused with the top-level error UNAUTHENTICATED and HTTP 401.)',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
});
