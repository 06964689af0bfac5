import { createHash } from 'node:crypto';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  print,
  visit,
} from 'graphql';

/** What graphql-codegen hands a plugin for each loaded document file. */
interface LoadedDocument {
  location?: string;
  document?: DocumentNode;
}

/** The slice of graphql-codegen's plugin interface these plugins implement. */
export interface CodegenPluginModule {
  plugin: (schema: unknown, documents: LoadedDocument[], config: unknown) => string;
}

export interface OperationEntry {
  /** The method name on the client: the operation's name with a lower-case first letter. */
  method: string;
  name: string;
  kind: OperationDefinitionNode['operation'];
  /** The operation and every fragment it uses, printed as typed-document-node builds its document. */
  text: string;
  sha256: string;
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

/**
 * Each operation with the text a client sends for it: the operation, then its fragments in the order the
 * typed-document-node plugin puts them in its documents (the dependencies of each used fragment, then the used
 * fragments). A contract test checks that `print(document)` equals this text for every operation, so the
 * hashes of `persisted-operations.json` hold whichever of the two a client sends.
 */
export function collectOperations(documents: LoadedDocument[]): OperationEntry[] {
  const definitions = documents.flatMap((file) => file.document?.definitions ?? []);
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
      };
    })
    .sort((a, b) => a.method.localeCompare(b.method));
}

/**
 * `operations.ts`: the operation map the client derives its methods from. Each entry points at the typed
 * document the typed-document-node plugin emitted into `graphql.ts`, so results and variables are typed.
 */
export const operationMapPlugin: CodegenPluginModule = {
  plugin(_schema, documents) {
    const operations = collectOperations(documents);
    const imports = operations.map((operation) => `  ${operation.name}Document,`).join('\n');
    const entries = operations
      .map(
        (operation) =>
          `  ${operation.method}: {\n` +
          `    kind: '${operation.kind}' as const,\n` +
          `    name: '${operation.name}',\n` +
          `    document: ${operation.name}Document,\n` +
          `    sha256: '${operation.sha256}',\n` +
          `    text: ${JSON.stringify(operation.text)},\n` +
          '  },',
      )
      .join('\n');
    return [
      'import {',
      imports,
      "} from './graphql.js';",
      '',
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
