import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { afterAll } from 'vitest';
import { hardeningDefaults } from '../../apps/server/src/config/profile.js';
import { readManifest, sha256 } from '../../apps/server/src/plugins/persisted-operations.js';
import { schema } from '../../apps/server/src/schema/index.js';
import { createApp } from '../../apps/server/src/yoga.js';
import { describe, expect, productionHardening, test } from '../support/fixtures.js';

// A manifest of our own, written the way the SDK writes its own: sha256 of the document → the document.
const COUNT_CLAIMS = 'query CountClaims { claims { totalCount } }';
const CLAIM_TEXTS = 'query ClaimTexts($first: Int) { claims(first: $first) { edges { node { text } } } }';
const folder = await mkdtemp(path.join(tmpdir(), 'claimgraph-manifest-'));
const manifestFile = path.join(folder, 'persisted-operations.json');
await writeFile(
  manifestFile,
  JSON.stringify({ [sha256(COUNT_CLAIMS)]: COUNT_CLAIMS, [sha256(CLAIM_TEXTS)]: CLAIM_TEXTS }),
);
afterAll(() => rm(folder, { recursive: true, force: true }));

function persistedOnly(manifestPath = manifestFile) {
  const options = productionHardening();
  options.persistedOperations = { mode: 'only', manifestPath };
  return createApp({ hardening: options });
}

async function send(app: ReturnType<typeof createApp>, body: Record<string, unknown>) {
  const response = await app.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] }),
  };
}

describe('persisted operations mode', () => {
  test('runs a manifest operation by its hash, Apollo-style or as documentId, with variables', async ({ api }) => {
    const app = persistedOnly();
    let apollo: Awaited<ReturnType<typeof send>> | undefined;
    const statements = await api.statements(async () => {
      apollo = await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(COUNT_CLAIMS) } } });
    });
    expect(apollo).toMatchObject({ status: 200, data: { claims: { totalCount: 24 } } });
    expect(statements).toBeGreaterThan(0);
    const documentId = await send(app, { documentId: `sha256:${sha256(CLAIM_TEXTS)}`, variables: { first: 2 } });
    expect(documentId.status).toBe(200);
    expect((documentId.data as { claims: { edges: unknown[] } }).claims.edges).toHaveLength(2);
  });

  test('refuses any query text, even one that is in the manifest, and unknown hashes, before any SQL', async ({
    api,
  }) => {
    const app = persistedOnly();
    const statements = await api.statements(async () => {
      const text = await send(app, { query: COUNT_CLAIMS });
      expect(text.status).toBe(400);
      expect(text.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      const unknown = await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ x }') } } });
      expect(unknown.status).toBe(400);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const nothing = await send(app, {});
      expect(nothing.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    });
    expect(statements).toBe(0);
  });

  test('with the mode off, any query runs', async ({ api }) => {
    expect(await api.data(COUNT_CLAIMS)).toEqual({ claims: { totalCount: 24 } });
  });

  test('a manifest whose hash does not match its document stops the server from starting', async () => {
    const forged = path.join(folder, 'forged.json');
    await writeFile(forged, JSON.stringify({ [sha256(COUNT_CLAIMS)]: '{ claims { edges { node { text } } } }' }));
    expect(() => readManifest(forged)).toThrow(/hash does not match/);
    expect(() => readManifest(path.join(folder, 'missing.json'))).toThrow(/could not be read/);
  });

  test('the SDK’s own manifest loads, and none of its operations meets a limit, even with pages of 100', async () => {
    const sdkManifest = hardeningDefaults('production').persistedOperations.manifestPath;
    const manifest = readManifest(sdkManifest);
    expect(manifest.size).toBeGreaterThan(20);
    const app = persistedOnly(sdkManifest);
    const LIMIT_CODES = /^(QUERY_TOO_DEEP|TOO_MANY_\w+|QUERY_TOO_COSTLY|PERSISTED_QUERY_\w+)$/;
    let priced = 0;
    for (const [hash, document] of manifest) {
      const operation = parse(document).definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      if (!operation || operation.operation === 'subscription') continue;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).flatMap((definition) => {
          const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
          if (!type) return [];
          // Every Int is set to the largest page; other variables only when required.
          if (getNamedType(type).name === 'Int') return [[definition.variable.name.value, 100]];
          return isNonNullType(type) ? [[definition.variable.name.value, sample(type)]] : [];
        }),
      );
      const answer = await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables });
      const codes = (answer.errors ?? []).map((error) => error.extensions?.code ?? '');
      expect(
        codes.filter((code) => LIMIT_CODES.test(code)),
        operation.name?.value,
      ).toEqual([]);
      expect(answer.status, operation.name?.value).toBeLessThan(500);
      if ((answer as { extensions?: { cost?: unknown } }).extensions?.cost) priced += 1;
    }
    expect(priced).toBeGreaterThan(20);
  });
});

/** A value of `type` for a required variable: the operation may still refuse it, but not for size. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return Buffer.from('Claim:1').toString('base64url');
    case 'DateTime':
      return '2016-11-28T00:00:00Z';
    default:
      return 'x';
  }
}
