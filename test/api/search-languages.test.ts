import { type Api, describe, expect, test } from '../support/fixtures.js';
import { mutate } from '../support/writes.js';

// Each article and claim is searched in its own language's text search configuration: a query is
// parsed as the document's language reads it (Arabic affixes and Spanish inflections stripped), not as English.

const ARABIC = {
  headline: 'قوات صينية في طرطوس',
  text: 'قوات صينية في طرطوس\n\nأفادت مصادر محلية بأن قوات صينية وصلت إلى ميناء طرطوس السوري يوم الخميس.',
  claim: 'وصلت قوات صينية إلى ميناء طرطوس السوري يوم الخميس',
};
const SPANISH = {
  headline: 'Tropas chinas en Tartus',
  text: 'Tropas chinas en Tartus\n\nFuentes locales dijeron que las tropas chinas llegaron al puerto sirio de Tartus el jueves.',
  claim: 'Las tropas chinas llegaron al puerto sirio de Tartus el jueves.',
};

interface Hit {
  node: { __typename: string; id: string };
  highlights: { parts: { text: string; match: boolean }[] }[];
}

async function add(api: Api, doc: typeof ARABIC, language: string, url: string) {
  const article = await mutate(
    api,
    'ingestArticle',
    { text: doc.text, headline: doc.headline, url, language },
    'ingested { article { id revision } }',
  );
  const claim = await mutate(api, 'createClaim', { text: doc.claim, type: 'EVENT', language }, 'claim { id }');
  return {
    article: (article.ingested as { article: { id: string; revision: number } }).article,
    claim: (claim.claim as { id: string }).id,
  };
}

const search = async (api: Api, query: string) =>
  (
    await api.data<{ search: Hit[] }>(
      `query ($query: String!) { search(query: $query, types: [CLAIM, ARTICLE], first: 50) {
        node { __typename ... on Claim { id } ... on Article { id } } highlights { parts { text match } } } }`,
      { query },
    )
  ).search;

const ids = (hits: Hit[]) => hits.map((hit) => hit.node.id);
const marked = (hit: Hit | undefined) =>
  hit?.highlights.flatMap((h) => h.parts.filter((p) => p.match).map((p) => p.text)) ?? [];

const filtered = async (api: Api, text: string) =>
  (
    await api.data<{ claims: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query ($text: String!) { claims(filter: { text: $text }) { totalCount edges { node { id } } } }',
      { text },
    )
  ).claims;

describe('search in the document’s language', () => {
  test('an Arabic query finds Arabic claims and articles through the arabic configuration’s stems', async ({ api }) => {
    const arabic = await add(api, ARABIC, 'ar', 'https://example.org/ar/tartous');
    // "الصينية" (with the article al-) is in neither text: the arabic configuration reads both as صين.
    const hits = await search(api, 'الصينية طرطوس');
    expect(ids(hits)).toEqual(expect.arrayContaining([arabic.claim, arabic.article.id]));
    expect(marked(hits.find((h) => h.node.id === arabic.claim))).toEqual(expect.arrayContaining(['صينية', 'طرطوس']));
    const claims = await filtered(api, 'الصينية طرطوس');
    expect(claims.edges.map((e) => e.node.id)).toEqual([arabic.claim]);
  });

  test('a Spanish query finds Spanish claims and articles through the spanish configuration, and English still stems as English', async ({
    api,
  }) => {
    const spanish = await add(api, SPANISH, 'es', 'https://example.org/es/tartus');
    // "llegó" and "tropa" are not in the texts ("llegaron", "tropas"): the spanish stems meet.
    const hits = await search(api, 'tropa china llegó');
    expect(ids(hits)).toEqual(expect.arrayContaining([spanish.claim, spanish.article.id]));
    expect(marked(hits.find((h) => h.node.id === spanish.claim))).toEqual(
      expect.arrayContaining(['tropas', 'chinas', 'llegaron']),
    );
    expect((await filtered(api, 'tropa china llegó')).edges.map((e) => e.node.id)).toEqual([spanish.claim]);

    // The seed story is English: "arriving" meets "arrived" through English stems, and the Spanish
    // claim (its own language's stems) does not answer an English query.
    const english = await search(api, 'troops arriving Tartous');
    expect(english.some((h) => h.node.__typename === 'Claim')).toBe(true);
    expect(ids(english)).not.toContain(spanish.claim);
  });

  test('an article whose language is corrected is searched in its new language', async ({ api }) => {
    // Stored as English by mistake: the Spanish stems do not meet.
    const article = (
      await mutate(
        api,
        'ingestArticle',
        {
          text: 'Soldados heridos\n\nVarios soldados resultaron heridos cerca de la frontera.',
          headline: 'Soldados heridos',
          url: 'https://example.org/es/heridos',
          language: 'en',
        },
        'ingested { article { id revision } }',
      )
    ).ingested as { article: { id: string; revision: number } };
    expect(ids(await search(api, 'resultó frontera'))).not.toContain(article.article.id);
    const updated = await mutate(
      api,
      'updateArticle',
      { id: article.article.id, revision: article.article.revision, language: 'es' },
      'article { language }',
    );
    expect(updated.article).toEqual({ language: 'es' });
    expect(ids(await search(api, 'resultó frontera'))).toContain(article.article.id);
  });

  test('a query is read in the configurations the data uses, and in every one when none is recorded', async ({
    api,
  }) => {
    const recorded = async () =>
      (await api.database.prisma.searchConfiguration.findMany({ orderBy: { name: 'asc' } })).map((c) => c.name);
    // Triggers record each configuration a claim or article is written in; the seed story is English.
    expect(await recorded()).toContain('english');
    await add(api, SPANISH, 'es', 'https://example.org/es/tartus-2');
    expect(await recorded()).toContain('spanish');
    const found = ids(await search(api, 'troops arriving Tartous'));
    expect(found.length).toBeGreaterThan(0);

    // A bulk load with triggers off records none: search reads the query in every configuration
    // PostgreSQL ships rather than finding nothing, and the rebuild records them again.
    await api.database.prisma.$executeRaw`DELETE FROM "SearchConfiguration"`;
    expect(ids(await search(api, 'troop arrived Tartous'))).toEqual(found);
    await api.database.prisma.$executeRaw`SELECT claimgraph_rebuild_search_configurations()`;
    expect(await recorded()).toEqual(expect.arrayContaining(['english', 'spanish']));
    expect(ids(await search(api, 'troop arrives Tartous'))).toEqual(found);
  });
});
