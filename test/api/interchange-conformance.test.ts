import { parse } from 'csv-parse/sync';
import { db } from '../../apps/server/src/db/database.js';
import { claimsCsv } from '../../apps/server/src/domain/interchange/tabular.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';
import { stixErrors } from '../support/interchange.js';

/**
 * Exports checked by validators written by others, or by the published rules themselves:
 * Google's ClaimReview required and recommended properties, the OASIS STIX 2.1 schemas and the
 * spec's rules, PROV-O typing, and OWASP's CSV injection rule.
 */

type Json = Record<string, unknown>;
const ARTICLE = 'QXJ0aWNsZTox';

async function exportOf(api: Api, format: string) {
  const data = await api.data<{ article: { export: Json } }>(
    `query ($id: ID!) { article(id: $id) { export(format: ${format}) } }`,
    { id: ARTICLE },
  );
  return data.article.export;
}

describe('exports against independent validators', { timeout: 240_000 }, () => {
  test('ClaimReview: Google’s required and recommended properties, under the configured publisher', async ({ api }) => {
    process.env.CLAIMGRAPH_PUBLIC_BASE_URL = 'https://claims.example.org';
    process.env.CLAIMGRAPH_PUBLISHER_NAME = 'Example Verification Desk';
    process.env.CLAIMGRAPH_PUBLISHER_URL = 'https://desk.example.org/';
    try {
      const reviews = (await exportOf(api, 'CLAIM_REVIEW'))['@graph'] as Json[];
      expect(reviews.length).toBeGreaterThan(0);
      for (const review of reviews) {
        // https://developers.google.com/search/docs/appearance/structured-data/factcheck
        expect(review.url).toMatch(/^https:\/\/claims\.example\.org\/claims\//);
        expect(review.claimReviewed).toEqual(expect.any(String));
        expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: expect.any(String) });
        expect(review.author).toEqual({
          '@type': 'Organization',
          name: 'Example Verification Desk',
          url: 'https://desk.example.org',
        });
        expect(review.datePublished).toEqual(expect.any(String));
        const item = review.itemReviewed as Json;
        expect(item['@type']).toBe('Claim');
        expect(item.appearance).toEqual(expect.any(Array));
        // Recommended: itemReviewed.author, given whenever the claim has a claimant (none is invented).
        expect(String(review['@id'])).toMatch(/^https:\/\/claims\.example\.org\/id\//);
        // No e-mail address of an analyst leaves in a published review.
        expect(JSON.stringify(review)).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}/i);
      }
    } finally {
      delete process.env.CLAIMGRAPH_PUBLIC_BASE_URL;
      delete process.env.CLAIMGRAPH_PUBLISHER_NAME;
      delete process.env.CLAIMGRAPH_PUBLISHER_URL;
    }
  });

  test('STIX 2.1: the OASIS schemas, modified ≥ created, and every reference resolves in the bundle', async ({
    api,
  }) => {
    const bundle = (await exportOf(api, 'STIX')) as { objects: Json[] };
    expect(stixErrors(bundle as never)).toEqual([]);
    const ids = new Set(bundle.objects.map((object) => object.id));
    const refs: string[] = [];
    const walk = (value: unknown, key = '') => {
      if (Array.isArray(value)) for (const v of value) walk(v, key);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
      else if (typeof value === 'string' && /_refs?$/.test(key)) refs.push(value);
    };
    for (const object of bundle.objects) {
      if (object.created && object.modified)
        expect(Date.parse(String(object.modified))).toBeGreaterThanOrEqual(Date.parse(String(object.created)));
      walk(object);
    }
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ids.has(ref))).toEqual([]);
  });

  test('PROV-O: roles are prov:Role, and every assessment is an activity with its agent and verdict', async ({
    api,
  }) => {
    const graph = (await exportOf(api, 'PROV'))['@graph'] as Json[];
    const byId = new Map(graph.map((node) => [node.id, node]));
    const roles = graph.flatMap((node) => {
      const qualified = node.qualifiedAttribution as Json | undefined;
      return qualified ? [qualified.hadRole] : [];
    });
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(byId.get(role)?.type).toBe('prov:Role');
    const activities = graph.filter((node) => node.type === 'prov:Activity');
    expect(activities.length).toBeGreaterThan(0);
    for (const activity of activities) {
      expect(byId.get(activity.used)?.type).toBe('prov:Entity');
      expect(byId.get(activity.wasAssociatedWith)?.type).toEqual(expect.arrayContaining(['prov:Agent']));
      expect(graph.some((node) => node.wasGeneratedBy === activity.id)).toBe(true);
    }
  });

  test('CSV: cells a spreadsheet would run as formulas are neutralised (OWASP), and a BOM on request', async ({
    api,
  }) => {
    void api;
    const claim = await db().claim.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const formula = '=HYPERLINK("https://evil.example","click")';
    await db().claim.update({ where: { id: claim.id }, data: { text: formula } });
    let text = '';
    for await (const chunk of claimsCsv(db(), { id: claim.id }, { bom: true })) text += chunk;
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows[0]?.claim).toBe(`'${formula}`);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    let plain = '';
    for await (const chunk of claimsCsv(db(), { id: claim.id })) plain += chunk;
    expect(plain.startsWith('\ufeff')).toBe(false);
    await db().claim.update({ where: { id: claim.id }, data: { text: claim.text } });
  });
});
