import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** Reads a manifest (sha256 hex of the document → the document) and checks every hash. */
export function readManifest(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The persisted operations manifest ${file} could not be read: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`The persisted operations manifest ${file} must be a JSON object of hash → document.`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string' || sha256(document) !== hash) {
      throw new Error(`The persisted operations manifest ${file} has an entry whose hash does not match: ${hash}`);
    }
    manifest.set(hash, document);
  }
  return manifest;
}

export function sha256(text: string) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const idRequired = {
  message:
    'This server runs persisted operations only: send `extensions.persistedQuery.sha256Hash` (or `documentId`) of an operation the SDK ships, without `query`.',
  extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
};

/**
 * Persisted operations mode: only the manifest's documents run, chosen by their sha256 hash, sent
 * Apollo-style (`extensions.persistedQuery: { version: 1, sha256Hash }`) or as `documentId`
 * (the GraphQL over HTTP draft's name; a `sha256:` prefix is accepted). Any `query` is refused.
 */
export function usePersistedOperationsOnly(manifestFile: string): Plugin {
  const manifest = readManifest(manifestFile);
  return usePersistedOperations({
    allowArbitraryOperations: false,
    getPersistedOperation: (key) => manifest.get(key) ?? null,
    extractPersistedOperationId(params) {
      const extensions = params.extensions as
        | { persistedQuery?: { version?: unknown; sha256Hash?: unknown } }
        | undefined;
      const hash = extensions?.persistedQuery?.sha256Hash;
      if (typeof hash === 'string') return hash;
      const documentId = (params as { documentId?: unknown }).documentId;
      return typeof documentId === 'string' ? documentId.replace(/^sha256:/, '') : null;
    },
    customErrors: {
      persistedQueryOnly: idRequired,
      keyNotFound: idRequired,
      notFound: {
        message: 'No persisted operation has this hash: this server runs only the operations the SDK ships.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
