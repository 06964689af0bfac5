import type { DocumentNode, ExecutionArgs, GraphQLSchema } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../schema/paging.js';
import { firstInArguments } from './field-arguments.js';
import { perDocument, requestKey } from './per-document.js';

const PAGE_ARGUMENTS = ['first', 'last'] as const;

/**
 * Refuses `first`/`last` above the maximum page size before anything executes. Pothos clamps
 * oversized pages silently; a client asking for 1000 items should learn it gets at most 100.
 * Arguments are read with their variables, so `first: $n` is checked as well as `first: 1000`.
 */
export function usePageSizeLimit(max = MAX_PAGE_SIZE): Plugin {
  // The walk depends only on the document and the variables: a document sent again with the same
  // variables is checked once (per-document.ts).
  const check = perDocument((document, args: ExecutionArgs) =>
    findOversizedPage(args.schema, document, args.variableValues ?? {}, args.operationName, max),
  );
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = check(args.document, requestKey(args.operationName, args.variableValues), args);
      if (problem) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              `\`${problem.argument}\` on \`${problem.field}\` must be between 0 and ${max}; got ${problem.value}.`,
              { extensions: { code: 'BAD_USER_INPUT', argument: problem.argument, field: problem.field } },
            ),
          ],
        });
      }
    },
  };
}

interface Problem {
  field: string;
  argument: string;
  value: number;
}

function findOversizedPage(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  max: number,
): Problem | undefined {
  return firstInArguments(schema, document, variables, operationName, ({ parent, field, values }) => {
    for (const argument of PAGE_ARGUMENTS) {
      const value = values[argument];
      if (typeof value === 'number' && (value < 0 || value > max)) {
        return { field: `${parent.name}.${field.name}`, argument, value };
      }
    }
    return undefined;
  });
}
