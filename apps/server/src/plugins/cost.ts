import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, type ExecutionArgs, GraphQLError, Kind } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { perDocument, requestKey } from './per-document.js';

/** Each executed operation's cost, for the rate limiter (keyed by the request's context object). */
const costs = new WeakMap<object, number>();

export function costOf(context: object): number | undefined {
  return costs.get(context);
}

/**
 * Prices each operation with @pothos/plugin-complexity (the cost model is `fieldCost` in
 * cost-model.ts, set on the schema builder) before it executes: over `maxCost` it is refused with
 * QUERY_TOO_COSTLY and no resolver runs. Every response reports `extensions.cost`
 * (`{ requested, limit }`). Operations selecting more than `maxFields` fields (fragments expanded)
 * are refused with TOO_MANY_FIELDS. Armor's cost-limit plugin was not used: it does not multiply by `first`.
 */
export function useCostLimit(maxCost: number, maxFields: number): Plugin {
  // A document's cost depends on it and its variables (page sizes, ID lists), not on the context:
  // one pricing per document and variables (per-document.ts).
  const price = perDocument((document, args: ExecutionArgs) =>
    complexityFromQuery(selectedOperation(document, args.operationName), {
      schema: args.schema,
      ctx: args.contextValue as object,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
    }),
  );
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let requested: number;
      let fields: number;
      try {
        ({ complexity: requested, breadth: fields } = price(
          args.document,
          requestKey(args.operationName, args.variableValues),
          args,
        ));
      } catch (error) {
        // Arguments that do not coerce or IDs that do not decode: the client's mistake, reported
        // now rather than letting the parts of the operation that can run go ahead unpriced.
        setResultAndStopExecution({ errors: [asInputError(error)] });
        return;
      }
      if (fields > maxFields) {
        // Hundreds of copies of one field (`__typename` × 500) cost nothing each, yet are a flood.
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`The operation selects ${fields} fields, over the limit of ${maxFields}.`, {
              extensions: { code: 'TOO_MANY_FIELDS', limit: maxFields, http: { status: 400 } },
            }),
          ],
        });
        return;
      }
      costs.set(args.contextValue as object, requested);
      const cost = { requested, limit: maxCost };
      if (requested > maxCost) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              `The operation costs ${requested}, over the limit of ${maxCost}: ask for smaller pages (\`first\`) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, http: { status: 400 } } },
            ),
          ],
          extensions: { cost },
        });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return;
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}

/** The document with only the operation that runs: the plugin prices the first one it finds. */
function selectedOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length <= 1 || !operationName) return document;
  return {
    ...document,
    definitions: document.definitions.filter(
      (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.name?.value === operationName,
    ),
  };
}

function asInputError(error: unknown): GraphQLError {
  const original = error instanceof GraphQLError ? error : undefined;
  const message = error instanceof Error ? error.message : 'The operation’s arguments are invalid.';
  return createGraphQLError(message, {
    originalError: original?.originalError ?? undefined,
    extensions: { code: 'BAD_USER_INPUT', ...original?.extensions },
  });
}
