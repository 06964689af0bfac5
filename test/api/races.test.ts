import { type Api, describe, expect, test } from '../support/fixtures.js';
import { type MutationResult, mutate } from '../support/writes.js';

// Writes that race each other end in a success or a ConflictError, never an internal error: on
// PostgreSQL they run on separate connections at once (the pool holds four), where rows are
// locked in a fixed order and a write that still loses a deadlock runs again.

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

async function createActor(api: Api, name: string) {
  const result = await mutate(api, 'createActor', { name, kind: 'PERSON' }, 'actor { id revision }');
  return result.actor as { id: string; revision: number };
}

async function createClaim(api: Api, text: string) {
  const result = await mutate(api, 'createClaim', { text, type: 'STATEMENT' }, 'claim { id revision }');
  return result.claim as { id: string; revision: number };
}

const outcomes = (results: MutationResult[]) => results.map((result) => result.__typename).sort();

describe('merges racing in both directions', () => {
  // The first test of the file also builds its database: a busy machine needs more than the default.
  test('mergeActors A→B and B→A at once: one merges, the other is a ConflictError', { timeout: 120_000 }, async ({
    api,
  }) => {
    for (let pair = 0; pair < 5; pair++) {
      const [a, b] = await Promise.all([createActor(api, `Racer A${pair}`), createActor(api, `Racer B${pair}`)]);
      const merge = (survivor: typeof a, merged: typeof a) =>
        mutate(
          api,
          'mergeActors',
          {
            survivorId: survivor.id,
            survivorRevision: survivor.revision,
            mergedId: merged.id,
            mergedRevision: merged.revision,
          },
          'actor { id }',
        );
      const results = await Promise.all([merge(a, b), merge(b, a)]);
      expect(outcomes(results)).toEqual(['ConflictError', 'MergeActorsSuccess']);
      // The loser changed nothing: exactly one of the two is archived, merged into the other.
      const rows = await api.database.prisma.actor.findMany({ where: { id: { in: [dbId(a.id), dbId(b.id)] } } });
      expect(rows.filter((row) => row.mergedIntoId !== null)).toHaveLength(1);
    }
  });

  test('mergeClaims in both directions, and two merges into one survivor: successes and conflicts only', async ({
    api,
  }) => {
    for (let round = 0; round < 3; round++) {
      const [a, b, c] = await Promise.all([
        createClaim(api, `Race ${round} claim A.`),
        createClaim(api, `Race ${round} claim B.`),
        createClaim(api, `Race ${round} claim C.`),
      ]);
      const merge = (survivor: typeof a, merged: typeof a) =>
        mutate(
          api,
          'mergeClaims',
          {
            survivorId: survivor.id,
            survivorRevision: survivor.revision,
            mergedId: merged.id,
            mergedRevision: merged.revision,
          },
          'claim { id }',
        );
      const results = await Promise.all([merge(a, b), merge(b, a), merge(a, c), merge(c, b)]);
      for (const result of results) expect(['MergeClaimsSuccess', 'ConflictError']).toContain(result.__typename);
      expect(results.filter((result) => result.__typename === 'MergeClaimsSuccess').length).toBeGreaterThanOrEqual(1);
      // No claim is merged into a claim that is itself merged away by a write that lost.
      const rows = await api.database.prisma.claim.findMany({
        where: { id: { in: [a, b, c].map((claim) => dbId(claim.id)) } },
      });
      for (const row of rows) {
        if (row.mergedIntoId !== null) expect(row.archivedAt).not.toBeNull();
      }
    }
  });
});

describe('revoking one key 50 times at once', () => {
  test('exactly one success, one revocation time and one audit record', async ({ api }) => {
    const created = await api.data<{ createApiKey: { created: { apiKey: { id: string } } } }>(
      `mutation { createApiKey(input: { name: "racing", owner: "race@test", role: READER }) {
         ... on CreateApiKeySuccess { created { apiKey { id } } } } }`,
      {},
      { key: api.keys.admin },
    );
    const keyId = created.createApiKey.created.apiKey.id;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => mutate(api, 'revokeApiKey', { id: keyId }, 'apiKey { revokedAt }', 'admin')),
    );
    const successes = results.filter((result) => result.__typename === 'RevokeApiKeySuccess');
    expect(successes).toHaveLength(1);
    expect(results.filter((result) => result.__typename === 'ConflictError')).toHaveLength(49);
    const row = await api.database.prisma.apiKey.findUniqueOrThrow({ where: { id: dbId(keyId) } });
    const revoked = successes[0]?.apiKey as { revokedAt: string } | undefined;
    expect(row.revokedAt?.toISOString()).toBe(revoked?.revokedAt);
    const records = await api.database.prisma.changeEvent.count({
      where: { entityType: 'ApiKey', entityId: dbId(keyId), operation: 'ARCHIVE' },
    });
    expect(records).toBe(1);
  });
});

describe('concurrent ingests of one article without an expected revision', () => {
  test('ten new texts at once become ten consecutive versions', async ({ api }) => {
    const url = `https://example.org/race-${Date.now()}`;
    const ingest = (text: string) =>
      mutate(
        api,
        'ingestArticle',
        { headline: 'Racing texts', url, text },
        'ingested { created article { id } version { number } }',
      );
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => ingest(`Racing texts\n\nVersion ${i} of a racing story.`)),
    );
    expect(results.map((result) => result.__typename)).toEqual(Array(10).fill('IngestArticleSuccess'));
    const ingested = results.map(
      (result) => result.ingested as { created: boolean; article: { id: string }; version: { number: number } },
    );
    expect(new Set(ingested.map((item) => item.article.id)).size).toBe(1);
    expect(ingested.map((item) => item.version.number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
