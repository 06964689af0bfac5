import { GraphQLError } from 'graphql';
import { ValidationError } from '../domain/errors.js';
import type { WriteOptions } from '../domain/write.js';
import type { Context } from './builder.js';
import { builder } from './builder.js';
import { decodeIdOf } from './global-id.js';

/** Decodes a global ID in a mutation's input; a bad one is a ValidationError naming the field. */
export function inputId(value: string | number, path: string[], ...typenames: string[]) {
  try {
    return decodeIdOf(String(value), ...typenames);
  } catch (error) {
    if (error instanceof GraphQLError)
      throw new ValidationError(error.message, [{ path, message: error.message, code: 'INVALID_ID' }]);
    throw error;
  }
}

export function optionalInputId(value: string | number | null | undefined, path: string[], ...typenames: string[]) {
  return value == null ? value : inputId(value, path, ...typenames);
}

/** Who a write is recorded as, and the client's commit message. */
export function writeOptions(context: Context, message: string | null | undefined): WriteOptions {
  if (!context.viewer) throw new Error('A write reached its resolver without an API key.');
  return {
    author: { owner: context.viewer.owner, apiKeyId: context.viewer.apiKeyId, requestId: context.requestId },
    message,
  };
}

/** The union and success-object names and descriptions of a mutation's result. */
export function resultOf(mutation: string, dataField: string, what: string) {
  const name = mutation.charAt(0).toUpperCase() + mutation.slice(1);
  return {
    union: { name: `${name}Result`, description: `What \`${mutation}\` returns: ${what}, or why nothing changed.` },
    result: { name: `${name}Success`, description: `\`${mutation}\` succeeded.` },
    dataField: { name: dataField, description: `${what.charAt(0).toUpperCase()}${what.slice(1)}.` },
  };
}

builder.mutationType({
  description:
    'Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed.',
  authScopes: { editor: true },
});

/** The optional commit message every mutation input takes. */
export const messageField = {
  required: false,
  description: 'A commit message, kept with the write in the audit log.',
} as const;
