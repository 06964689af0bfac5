import {
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../schema/paging.js';
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
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return undefined;

  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parents: readonly GraphQLObjectType[]): Problem | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const parent of parents) {
          const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[selection.name.value];
          if (!field) continue;
          if (field.args.some((arg) => (PAGE_ARGUMENTS as readonly string[]).includes(arg.name))) {
            const values = argumentValues(field, selection, variables);
            for (const argument of PAGE_ARGUMENTS) {
              const value = values[argument];
              if (typeof value === 'number' && (value < 0 || value > max)) {
                return { field: `${parent.name}.${field.name}`, argument, value };
              }
            }
          }
          if (selection.selectionSet) {
            const problem = walk(selection.selectionSet, possibleObjects(schema, getNamedType(field.type)));
            if (problem) return problem;
          }
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const problem = walk(selection.selectionSet, narrow(schema, parents, selection.typeCondition?.name.value));
        if (problem) return problem;
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) {
          visited.add(fragment.name.value);
          const problem = walk(fragment.selectionSet, narrow(schema, parents, fragment.typeCondition.name.value));
          if (problem) return problem;
        }
      }
    }
    return undefined;
  };
  return walk(operation.selectionSet, [root]);
}

/** The field's arguments, or none when they do not coerce: execution then reports that error. */
function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}

function possibleObjects(schema: GraphQLSchema, type: ReturnType<typeof getNamedType>): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return schema.getPossibleTypes(type);
  return [];
}

function narrow(schema: GraphQLSchema, parents: readonly GraphQLObjectType[], typeName: string | undefined) {
  if (!typeName) return parents;
  const type = schema.getType(typeName);
  const allowed = type ? possibleObjects(schema, type as ReturnType<typeof getNamedType>) : [];
  return parents.filter((parent) => allowed.includes(parent));
}
