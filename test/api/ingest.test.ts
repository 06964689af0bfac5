import { readFile } from 'node:fs/promises';
import { type Api, describe, expect, test } from '../support/fixtures.js';
import { mutate, snapshot } from '../support/writes.js';

const seedText = await readFile(new URL('../../prisma/seed/seed-article.txt', import.meta.url), 'utf8');
const INGESTED = `ingested { created article { id headline versions { totalCount } }
  version { id number sha256 blocks { kind } }
  reanchored { status quote reason previous { id anchorStatus } appearance { id anchorStatus quote anchor { start end exact } previous { id } } } }`;

async function seedArticleId(api: Api) {
  const data = await api.data<{ articles: { edges: { node: { id: string } }[] } }>(
    '{ articles { edges { node { id } } } }',
  );
  return data.articles.edges[0]?.node.id as string;
}

interface Ingested {
  created: boolean;
  article: { id: string; versions: { totalCount: number } };
  version: { id: string; number: number; sha256: string; blocks: { kind: string }[] };
  reanchored: {
    status: string;
    quote: string;
    reason: string | null;
    previous: { id: string; anchorStatus: string };
    appearance: {
      anchorStatus: string;
      quote: string;
      anchor: { start: number; end: number; exact: string };
      previous: { id: string };
    } | null;
  }[];
}

describe('ingestArticle', () => {
  test('stores a new article with a hashed version and detected blocks', async ({ api }) => {
    const text = 'Kremlin says talks will go on\n\nThe Kremlin said on Monday that talks would continue.\n\nReuters';
    const result = await mutate(
      api,
      'ingestArticle',
      { text, headline: 'Kremlin says talks will go on', url: 'https://example.org/a/1', language: 'en' },
      INGESTED,
    );
    const ingested = result.ingested as Ingested;
    expect(ingested.created).toBe(true);
    expect(ingested.version.number).toBe(1);
    expect(ingested.version.blocks.map((b) => b.kind)).toEqual(['HEADLINE', 'LEDE', 'BYLINE']);
    const { createHash } = await import('node:crypto');
    expect(ingested.version.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  test('the same text twice is idempotent: nothing is written the second time', async ({ api }) => {
    const text = 'Short item\n\nOne sentence of news.';
    const input = { text, headline: 'Short item', url: 'https://example.org/a/2' };
    const first = (await mutate(api, 'ingestArticle', input, INGESTED)).ingested as Ingested;
    const before = await snapshot(api);
    const second = (await mutate(api, 'ingestArticle', input, INGESTED)).ingested as Ingested;
    expect(second.created).toBe(false);
    expect(second.version.id).toBe(first.version.id);
    expect(await snapshot(api)).toEqual(before);
  });

  test('a corrected text becomes version 2: appearances are re-anchored, or orphaned with a reason', async ({
    api,
  }) => {
    const articleId = await seedArticleId(api);
    const corrected = `Updated: this article was corrected.\n\n${seedText}`
      // The Tartous report now says Friday: its quote is gone from the text.
      .replace('port of Tartous on Thursday', 'port of Tartous on Friday')
      // The units are now in straight quotes: found again after quote normalisation.
      .replace('‘Dark Night Tiger’ and ‘Tigers of Siberia’', "'Dark Night Tiger' and 'Tigers of Siberia'");
    const result = await mutate(
      api,
      'ingestArticle',
      { articleId, text: corrected, message: 'Correction from the publisher' },
      INGESTED,
    );
    const ingested = result.ingested as Ingested;
    expect(ingested.created).toBe(true);
    expect(ingested.version.number).toBe(2);
    expect(ingested.article.versions.totalCount).toBe(2);

    const orphaned = ingested.reanchored.filter((r) => r.status === 'ORPHANED');
    expect(orphaned.map((r) => r.quote)).toEqual([
      'Chinese troops arrived in the Syrian-regime controlled port of Tartous on Thursday',
    ]);
    expect(orphaned[0]?.previous.anchorStatus).toBe('ORPHANED');
    expect(orphaned[0]?.appearance).toBeNull();
    expect(orphaned[0]?.reason).toMatch(/not in the text/);

    const reanchored = ingested.reanchored.filter((r) => r.status === 'REANCHORED');
    expect(reanchored).toHaveLength(23);
    for (const r of reanchored) {
      const appearance = r.appearance;
      if (!appearance) throw new Error('a re-anchored appearance has no new appearance');
      expect(corrected.slice(appearance.anchor.start, appearance.anchor.end)).toBe(appearance.anchor.exact);
      expect(appearance.previous.id).toBe(r.previous.id);
      expect(appearance.anchorStatus).toBe('REANCHORED');
    }
    const units = reanchored.find((r) => r.quote.includes('Dark Night Tiger'));
    expect(units?.appearance?.quote).toContain("'Dark Night Tiger' and 'Tigers of Siberia'");

    const current = await api.data<{
      node: { currentVersion: { number: number; appearances: { totalCount: number } } };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on Article { currentVersion { number appearances { totalCount } } } } }',
      { id: articleId },
    );
    expect(current.node.currentVersion).toEqual({ number: 2, appearances: { totalCount: 23 } });
  });

  test('a new article needs a headline; an unknown publisher is refused; nothing is written', async ({ api }) => {
    const before = await snapshot(api);
    const noHeadline = await mutate(api, 'ingestArticle', { text: 'Some text.' }, INGESTED);
    expect(noHeadline).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'headline'] }] });
    const unknown = await mutate(
      api,
      'ingestArticle',
      { text: 'Some text.', headline: 'H', publisherId: Buffer.from('Source:424242').toString('base64url') },
      INGESTED,
    );
    expect(unknown.__typename).toBe('NotFoundError');
    expect(await snapshot(api)).toEqual(before);
  });
});
