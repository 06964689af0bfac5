import { createHash } from 'node:crypto';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  print,
  visit,
} from 'graphql';

/** What graphql-codegen hands a plugin for each loaded document file. */
interface LoadedDocument {
  location?: string;
  document?: DocumentNode;
  rawSDL?: string;
}

/** The slice of graphql-codegen's plugin interface these plugins implement. */
export interface CodegenPluginModule {
  plugin: (schema: GraphQLSchema, documents: LoadedDocument[], config: unknown) => string;
}

export interface OperationEntry {
  /** The method name on the client: the operation's name with a lower-case first letter. */
  method: string;
  name: string;
  kind: OperationDefinitionNode['operation'];
  /** The operation and every fragment it uses, printed as typed-document-node builds its document. */
  text: string;
  sha256: string;
  /** What it does: the `#` comment above it in its file, else the descriptions of the root fields it selects. */
  description: string;
}

function fragmentSpreads(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, {
    FragmentSpread(spread) {
      names.push(spread.name.value);
    },
  });
  return names;
}

/** The client's own methods, which no operation may be named after. */
const reservedMethods = new Set(['request', 'subscribe', 'paginate']);

/** A fragment's dependencies, dependencies first (depth-first post-order, as the dependency-graph package gives them). */
function dependenciesOf(name: string, byName: Map<string, FragmentDefinitionNode>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const walk = (current: string) => {
    const fragment = byName.get(current);
    if (!fragment) throw new Error(`Unknown fragment ${current}.`);
    for (const dependency of new Set(fragmentSpreads(fragment))) {
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      walk(dependency);
      order.push(dependency);
    }
  };
  walk(name);
  return order;
}

/** Every fragment an operation spreads, directly or through other fragments, in first-seen depth-first order. */
function usedFragments(node: DefinitionNode, byName: Map<string, FragmentDefinitionNode>, names = new Set<string>()) {
  for (const name of fragmentSpreads(node)) {
    if (names.has(name)) continue;
    names.add(name);
    const fragment = byName.get(name);
    if (!fragment) throw new Error(`Unknown fragment ${name}.`);
    usedFragments(fragment, byName, names);
  }
  return names;
}

/** The `#` lines right above `query Name` (or mutation, subscription) in its source file. */
function commentAbove(sources: string[], operation: OperationDefinitionNode) {
  const header = new RegExp(`^${operation.operation} ${operation.name?.value}\\b`, 'm');
  for (const source of sources) {
    const match = header.exec(source);
    if (!match) continue;
    const lines = source.slice(0, match.index).split('\n').slice(0, -1);
    const comment: string[] = [];
    while (lines.length > 0 && lines[lines.length - 1]?.startsWith('#')) {
      comment.unshift((lines.pop() ?? '').replace(/^# ?/, ''));
    }
    return comment.join(' ');
  }
  return '';
}

/** The schema's descriptions of the root fields an operation selects, e.g. "`claim`: A claim by its ID." */
function rootFieldDescriptions(schema: GraphQLSchema | undefined, operation: OperationDefinitionNode) {
  const root =
    operation.operation === 'query'
      ? schema?.getQueryType()
      : operation.operation === 'mutation'
        ? schema?.getMutationType()
        : schema?.getSubscriptionType();
  const fields = root?.getFields() ?? {};
  return operation.selectionSet.selections
    .flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []))
    .map((name) => `\`${name}\`: ${fields[name]?.description?.replace(/\s+/g, ' ').trim() ?? ''}`)
    .join(' ');
}

/**
 * Each operation with the text a client sends for it: the operation, then its fragments in the order the
 * typed-document-node plugin puts them in its documents (the dependencies of each used fragment, then the used
 * fragments). A contract test checks that `print(document)` equals this text for every operation, so the
 * hashes of `persisted-operations.json` hold whichever of the two a client sends.
 */
export function collectOperations(documents: LoadedDocument[], schema?: GraphQLSchema): OperationEntry[] {
  const definitions = documents.flatMap((file) => file.document?.definitions ?? []);
  const sources = documents.map((file) => file.rawSDL ?? '');
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const byName = new Map(fragments.map((fragment) => [fragment.name.value, fragment]));
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  return operations
    .map((operation) => {
      const name = operation.name?.value;
      if (!name) throw new Error('Every SDK operation needs a name.');
      const method = name.charAt(0).toLowerCase() + name.slice(1);
      if (reservedMethods.has(method)) throw new Error(`${name} would shadow the client's own ${method}(): rename it.`);
      const used = [...usedFragments(operation, byName)];
      const ordered = new Set(used.flatMap((fragment) => dependenciesOf(fragment, byName)));
      for (const fragment of used) ordered.add(fragment);
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [operation, ...[...ordered].map((fragment) => byName.get(fragment) as FragmentDefinitionNode)],
      };
      const text = print(document);
      return {
        method,
        name,
        kind: operation.operation,
        text,
        sha256: createHash('sha256').update(text).digest('hex'),
        description: commentAbove(sources, operation) || rootFieldDescriptions(schema, operation),
      };
    })
    .sort((a, b) => a.method.localeCompare(b.method));
}

/** A JSDoc block; a comment terminator in the text is escaped. */
function jsdoc(text: string, indent = '') {
  return `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n`;
}

/**
 * `operations.ts`: one exported descriptor per operation (its kind, name, typed document, the exact text the
 * client sends and that text's hash), each documented with the operation's description, and the map of all of
 * them that `createClient` derives its methods from. Importing one descriptor pulls in only its own document.
 */
export const operationMapPlugin: CodegenPluginModule = {
  plugin(schema, documents) {
    const operations = collectOperations(documents, schema);
    const imports = operations.map((operation) => `  ${operation.name}Document,`).join('\n');
    const typeName = (operation: OperationEntry) =>
      `${operation.name}${operation.kind.charAt(0).toUpperCase()}${operation.kind.slice(1)}`;
    const typeImports = operations
      .map((operation) => `  ${typeName(operation)},\n  ${typeName(operation)}Variables,`)
      .join('\n');
    const descriptors = operations
      .map(
        (operation) =>
          `${jsdoc(operation.description)}` +
          `export const ${operation.method}: Operation<${typeName(operation)}, ${typeName(operation)}Variables, '${operation.kind}'> = {\n` +
          `  kind: '${operation.kind}',\n` +
          `  name: '${operation.name}',\n` +
          `  document: ${operation.name}Document,\n` +
          `  sha256: '${operation.sha256}',\n` +
          `  text: ${JSON.stringify(operation.text)},\n` +
          '};\n',
      )
      .join('\n');
    const entries = operations
      .map((operation) => `${jsdoc(operation.description, '  ')}  ${operation.method},`)
      .join('\n');
    return [
      "import type { Operation } from '../operation.js';",
      'import {',
      imports,
      "} from './graphql.js';",
      'import type {',
      typeImports,
      "} from './graphql.js';",
      '',
      descriptors,
      '/**',
      ' * Every operation in `src/operations/*.graphql`, by client method name: whether it is a query, mutation or',
      ' * subscription, its typed document, the exact text the client sends, and that text’s SHA-256 (the key of',
      ' * `persisted-operations.json`).',
      ' */',
      'export const operations = {',
      entries,
      '};',
      '',
    ].join('\n');
  },
};

/** `persisted-operations.json`: the SHA-256 of each operation's text → that text, for a persisted-operations mode. */
export const persistedOperationsPlugin: CodegenPluginModule = {
  plugin(_schema, documents) {
    const manifest = Object.fromEntries(collectOperations(documents).map((op) => [op.sha256, op.text]));
    return `${JSON.stringify(manifest, null, 2)}\n`;
  },
};
