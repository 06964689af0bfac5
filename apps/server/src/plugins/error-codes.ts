import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Gives every error a stable `extensions.code`, so clients branch on codes, never on messages:
 * Pothos' argument errors (invalid cursors, unsupported argument combinations) and variables that
 * do not coerce become BAD_USER_INPUT. Parse and validation errors carry Yoga's
 * GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED; masked errors INTERNAL_SERVER_ERROR.
 */
export function useErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map(withCode) });
        },
      };
    },
  };
}

function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  const original = error.originalError;
  const pothosValidation = original instanceof GraphQLError && original.name === 'PothosValidationError';
  // An execution error without a path is about the request itself: its variables did not coerce.
  const code = pothosValidation || !error.path ? 'BAD_USER_INPUT' : undefined;
  if (!code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: original,
    extensions: { ...error.extensions, code },
  });
}
