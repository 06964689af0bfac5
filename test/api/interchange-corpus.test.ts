import { readFileSync } from 'node:fs';
import { closeDatabase, db } from '../../apps/server/src/db/database.js';
import {
  type ClaimReviewImport,
  claimReviewDocument,
  importClaimReviews,
  type JsonObject,
} from '../../apps/server/src/domain/interchange/claimreview.js';
import { loadClaims } from '../../apps/server/src/domain/interchange/load.js';
import { runWrite } from '../../apps/server/src/domain/write.js';
import { describe, expect, test } from '../support/fixtures.js';
import { openEmptyDatabase } from '../support/interchange.js';

/**
 * Real ClaimReview documents that fact-checkers published (test/data/claimreview: origins and
 * licences in manifest.json), each imported as a user would, and every review checked: imported
 * with the verdict a reader of the page would give it, or refused with the field and the value.
 */

interface Expected {
  status?: string;
  refused?: { field: string; value?: string; code: string }[];
}
interface Entry {
  file: string;
  split: 'tuned' | 'held-out';
  publisher: string;
  language: string;
  shape: string;
  /** The page the document was published on: its relative urls are read against it. */
  pageUrl?: string;
  origin: { repo?: string; path?: string; commit?: string; url: string };
  licence: string;
  expected: Expected[];
}

const dir = new URL('../data/claimreview/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { documents: Entry[] };
const documentOf = (entry: Entry) => JSON.parse(readFileSync(new URL(entry.file, dir), 'utf8')) as unknown;
const author = { author: { owner: 'corpus', apiKeyId: null } };

/** Document order of paths such as ["@graph", "10"]: numbers compared as numbers. */
function byPath(a: { path: string[] }, b: { path: string[] }) {
  const n = Math.max(a.path.length, b.path.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.path[i] ?? '';
    const y = b.path[i] ?? '';
    if (x === y) continue;
    return /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return 0;
}

/** What became of each review of a document, in document order, as the manifest writes it. */
function outcomes(result: ClaimReviewImport): Expected[] {
  return [
    ...result.reviews.map((review) => ({ path: review.path, outcome: { status: review.verificationStatus } })),
    ...result.refused.map((refused) => ({
      path: refused.path,
      outcome: {
        refused: refused.issues.map((issue) => ({
          field: issue.field.join('.'),
          ...(issue.value != null ? { value: issue.value } : {}),
          code: issue.code,
        })),
      },
    })),
  ]
    .sort(byPath)
    .map((entry) => entry.outcome);
}

/** The outcome with a refusal's value left out where the manifest does not give one. */
function comparable(actual: Expected[], expected: Expected[]) {
  return actual.map((outcome, i) => {
    const want = expected[i];
    if (!outcome.refused || !want?.refused) return outcome;
    return {
      refused: outcome.refused.map((issue) => {
        const match = want.refused?.find((w) => w.field === issue.field && w.code === issue.code);
        return match && match.value === undefined ? { field: issue.field, code: issue.code } : issue;
      }),
    };
  });
}

// Opening the seeded database and importing on a shared two-core machine: generous time limits.
describe('real fact-checkers’ ClaimReview documents', { timeout: 120_000 }, () => {
  const results = new Map<string, Expected[]>();

  test.for(manifest.documents)('$split: $publisher ($language), $file', async (entry, { api }) => {
    void api;
    const document = documentOf(entry);
    const options = { mode: 'PARTIAL', pageUrl: entry.pageUrl } as const;
    const result = await runWrite(author, (w) => importClaimReviews(w, document, options));
    const actual = outcomes(result);
    results.set(entry.file, actual);
    expect(comparable(actual, entry.expected)).toEqual(
      entry.expected.map((e) => (e.refused ? { refused: expect.arrayContaining(e.refused) } : e)),
    );
    for (const [i, outcome] of actual.entries()) {
      if (outcome.refused) expect(outcome.refused).toHaveLength(entry.expected[i]?.refused?.length ?? -1);
    }

    // The same document again changes nothing.
    const again = await runWrite(author, (w) => importClaimReviews(w, document, options));
    expect(again).toMatchObject({ claimsCreated: 0, actorsCreated: 0, assessmentsCreated: 0 });
    expect(again.unchanged).toBe(result.reviews.length);
  });

  test('all or nothing (the default): a document with one refused review writes nothing', async ({ api }) => {
    const before = await api.data(`{ claims(first: 1) { totalCount } }`);
    const entry = manifest.documents.find((d) => d.file.includes('tjekdet')) as Entry;
    const failure = await runWrite(author, (w) => importClaimReviews(w, documentOf(entry))).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({
          path: ['input', 'document', 'reviewRating', 'alternateName'],
          code: 'UNKNOWN_RATING',
        }),
      ]),
    });
    expect(await api.data(`{ claims(first: 1) { totalCount } }`)).toEqual(before);
    // The caller's own mapping takes TjekDet's word; its broken appearance still refuses it.
    const mapped = await runWrite(author, (w) =>
      importClaimReviews(w, documentOf(entry), { mode: 'PARTIAL', ratings: { Falsk: 'CONFIRMED_FALSE' } }),
    );
    expect(mapped.refused[0]?.issues.map((issue) => issue.code)).toEqual(['BAD_URL', 'BAD_URL']);
  });

  test('the corpus: publishers, languages and results, tuned and held out', () => {
    const rows = manifest.documents.map((entry) => ({
      split: entry.split,
      publisher: entry.publisher,
      language: entry.language,
      shape: entry.shape,
      result: (results.get(entry.file) ?? [])
        .map((o) => o.status ?? `refused (${o.refused?.map((r) => `${r.code} ${r.field}`).join(', ')})`)
        .join('; '),
    }));
    for (const split of ['tuned', 'held-out'] as const) {
      const part = rows.filter((row) => row.split === split);
      const reviews = [...results.entries()]
        .filter(([file]) => manifest.documents.find((entry) => entry.file === file)?.split === split)
        .flatMap(([, outcomes]) => outcomes);
      console.log(
        `${split}: ${part.length} documents, ${reviews.length} reviews: ${reviews.filter((o) => o.status).length} imported, ${reviews.filter((o) => o.refused).length} refused`,
      );
      console.table(part);
    }
    expect(rows.every((row) => row.result !== '')).toBe(true);
    // Every document says where it comes from and under which licence (or that it is unknown).
    for (const entry of manifest.documents) {
      expect(entry.origin.url, entry.file).toMatch(/^https:\/\//);
      expect(entry.licence.trim(), entry.file).not.toBe('');
    }
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((row) => row.publisher)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((row) => row.language)).size).toBeGreaterThanOrEqual(5);
  });
});

/** Ids aside: every @id and identifier, and the IRIs one instance records for another's claim. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '@id' && key !== 'identifier' && key !== 'sameAs')
      .map(([key, v]) => [key, withoutIds(v)]),
  );
}

/** Every property path a document uses, e.g. "itemReviewed.author.name". */
function propertiesOf(value: unknown, prefix = ''): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, at);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, v] of Object.entries(node)) {
      const path = at ? `${at}.${key}` : key;
      found.add(path);
      walk(v, path);
    }
  };
  walk(value, prefix);
  return found;
}

/** The properties real reviews carry that a round trip must keep (the corpus has each). */
const KEPT = [
  'url',
  'name',
  'claimReviewed',
  'datePublished',
  'author.name',
  'author.url',
  'reviewRating.alternateName',
  'reviewRating.ratingValue',
  'reviewRating.bestRating',
  'reviewRating.worstRating',
  'itemReviewed.author.name',
  'itemReviewed.datePublished',
  'itemReviewed.appearance.url',
  'itemReviewed.firstAppearance.url',
];

describe('round trip of the imported reviews', { timeout: 300_000 }, () => {
  test('export → import into an empty database → export gives the same document, ids aside', async ({ api }) => {
    void api;
    const exportAll = async () =>
      claimReviewDocument(await loadClaims(db(), { assessments: { some: { importKey: { not: null } } } }));

    await closeDatabase();
    await openEmptyDatabase();
    for (const entry of manifest.documents) {
      await runWrite(author, (w) => importClaimReviews(w, documentOf(entry), { mode: 'PARTIAL' }));
    }
    const first = await exportAll();
    const reviews = first['@graph'] as JsonObject[];
    expect(reviews.length).toBeGreaterThan(10);
    const properties = propertiesOf(reviews);
    for (const property of KEPT) expect(properties, property).toContain(property);
    // Nothing invented: no review of the corpus has a body, so none is exported.
    expect(properties).not.toContain('reviewBody');

    await closeDatabase();
    await openEmptyDatabase();
    const again = await runWrite(author, (w) => importClaimReviews(w, first));
    expect(again.refused).toEqual([]);
    const second = await exportAll();
    expect(withoutIds(second)).toEqual(withoutIds(first));
    // The second instance records the first one's claim IRIs: importing its export again is a no-op.
    const repeat = await runWrite(author, (w) => importClaimReviews(w, first));
    expect(repeat).toMatchObject({ claimsCreated: 0, assessmentsCreated: 0 });
  });
});
