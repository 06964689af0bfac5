import type { DocumentNode } from 'graphql';

/**
 * Remembers what a check found for a parsed document (and a key: operation name, variables), so
 * that a document sent again costs a lookup, not another walk of its syntax tree. Yoga's parse cache
 * gives the same document object for the same query text, and entries go with the document when
 * that cache drops it. At most `perDocument` keys per document are kept, the oldest dropped first.
 * A check that throws is not remembered.
 */
export function perDocument<Input, T>(check: (document: DocumentNode, input: Input) => T, perDocument = 1_000) {
  const results = new WeakMap<DocumentNode, Map<string, T>>();
  /** `key` must tell apart every `input` that could change the result. */
  return (document: DocumentNode, key: string, input: Input): T => {
    let byKey = results.get(document);
    if (!byKey) {
      byKey = new Map();
      results.set(document, byKey);
    }
    if (byKey.has(key)) return byKey.get(key) as T;
    const result = check(document, input);
    byKey.set(key, result);
    if (byKey.size > perDocument) {
      const oldest = byKey.keys().next().value;
      if (oldest !== undefined) byKey.delete(oldest);
    }
    return result;
  };
}

/** Each request's variables as JSON, serialised once: its checks share one variables object. */
const serialised = new WeakMap<object, string>();

/** The key of a request for a per-document result: its operation name and variables. */
export function requestKey(operationName: string | null | undefined, variables: unknown) {
  if (!variables || typeof variables !== 'object') return `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
  let json = serialised.get(variables);
  if (json === undefined) {
    json = JSON.stringify(variables);
    serialised.set(variables, json);
  }
  return `${operationName ?? ''}\n${json}`;
}
