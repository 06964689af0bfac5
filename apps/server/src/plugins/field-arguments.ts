import {
  type DocumentNode,
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

/** A field an operation selects, on one of the object types it may resolve on, with its argument values. */
export interface SelectedField {
  operation: OperationDefinitionNode;
  parent: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  /** The arguments as execution will see them, variables substituted. */
  values: Record<string, unknown>;
}

/**
 * Walks the operation `operationName` picks from `document` (fragments followed once, abstract types
 * expanded to their objects) and hands `visit` every selected field that takes arguments; returns the
 * first answer `visit` gives. The checks that must run before execution (page sizes, input values)
 * share this walk. Arguments that do not coerce are passed as none: execution then reports that error.
 */
export function firstInArguments<T>(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  visit: (selected: SelectedField) => T | undefined,
): T | undefined {
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
  const chosen = operation;

  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parents: readonly GraphQLObjectType[]): T | undefined => {
    for (const selection of selectionSet.selections) {
      let found: T | undefined;
      if (selection.kind === Kind.FIELD) {
        for (const parent of parents) {
          const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[selection.name.value];
          if (!field) continue;
          if (field.args.length) {
            const values = argumentValues(field, selection, variables);
            found = visit({ operation: chosen, parent, field, values });
            if (found !== undefined) return found;
          }
          if (selection.selectionSet) {
            found = walk(selection.selectionSet, possibleObjects(schema, getNamedType(field.type)));
            if (found !== undefined) return found;
          }
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found = walk(selection.selectionSet, narrow(schema, parents, selection.typeCondition?.name.value));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) {
          visited.add(fragment.name.value);
          found = walk(fragment.selectionSet, narrow(schema, parents, fragment.typeCondition.name.value));
        }
      }
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(chosen.selectionSet, [root]);
}

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
