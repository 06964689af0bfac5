import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Gives every error a stable `extensions.code`, so clients branch on codes, never on messages:
 * Pothos' argument errors (invalid cursors, unsupported argument combinations) become
 * BAD_USER_INPUT; request errors that Yoga answers before execution keep the codes it gives them.
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
  const code =
    original instanceof GraphQLError && original.name === 'PothosValidationError' ? 'BAD_USER_INPUT' : undefined;
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
