import { describe, expect, test } from '../support/fixtures.js';

interface Hop {
  role: string;
  agent: { __typename: string; name: string };
  anchor: { exact: string; start: number; end: number } | null;
}
interface Appearance {
  statedCertainty: string;
  quote: string;
  block: string;
  anchor: { exact: string; start: number; end: number; prefix: string; suffix: string };
  cues: { kind: string; anchor: { exact: string; start: number; end: number } }[];
  attribution: Hop[];
}
interface StoryData {
  articles: {
    totalCount: number;
    edges: {
      node: {
        headline: string;
        publishedAt: string | null;
        originalPublisher: { name: string } | null;
        currentVersion: {
          text: string;
          sha256: string;
          blocks: { kind: string; text: string }[];
          appearances: { totalCount: number; edges: { node: Appearance & { claim: { text: string } } }[] };
        };
      };
    }[];
  };
}

const STORY = /* GraphQL */ `
  query Story {
    articles(first: 5) {
      totalCount
      edges {
        node {
          headline
          publishedAt
          originalPublisher { name }
          currentVersion {
            text
            sha256
            blocks { kind text }
            appearances(first: 100) {
              totalCount
              edges {
                node {
                  statedCertainty
                  quote
                  block
                  anchor { exact start end prefix suffix }
                  cues { kind anchor { exact start end } }
                  attribution {
                    role
                    anchor { exact start end }
                    agent { __typename ... on Actor { name } ... on Source { name } }
                  }
                  claim { text }
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('the seed story, as the API serves it', () => {
  test('is one article, stored verbatim with its hash, its blocks and every claim anchored in it', async ({ api }) => {
    const { articles } = await api.data<StoryData>(STORY);
    expect(articles.totalCount).toBe(1);
    const article = articles.edges[0]?.node;
    if (!article) throw new Error('no article');
    expect(article.publishedAt).toBeNull();
    expect(article.originalPublisher?.name).toBe('The Independent');

    const { text, sha256, blocks, appearances } = article.currentVersion;
    const { createHash } = await import('node:crypto');
    const { readFile } = await import('node:fs/promises');
    const file = await readFile(new URL('../../prisma/seed/seed-article.txt', import.meta.url), 'utf8');
    expect(text).toBe(file);
    expect(sha256).toBe(createHash('sha256').update(file).digest('hex'));
    expect(blocks.map((b) => b.kind)).toEqual([
      'LEDE',
      ...Array(2).fill('BODY'),
      'CAPTION_OR_EMBED',
      ...Array(13).fill('BODY'),
      'BYLINE',
      'BOILERPLATE',
      'BOILERPLATE',
    ]);

    expect(appearances.totalCount).toBeGreaterThanOrEqual(12);
    for (const { node } of appearances.edges) {
      expect(text.slice(node.anchor.start, node.anchor.end)).toBe(node.anchor.exact);
      expect(node.quote).toBe(node.anchor.exact);
      expect(text.slice(node.anchor.start - node.anchor.prefix.length, node.anchor.start)).toBe(node.anchor.prefix);
      expect(text.slice(node.anchor.end, node.anchor.end + node.anchor.suffix.length)).toBe(node.anchor.suffix);
      for (const cue of node.cues) expect(text.slice(cue.anchor.start, cue.anchor.end)).toBe(cue.anchor.exact);
      for (const hop of node.attribution) {
        if (hop.anchor) expect(text.slice(hop.anchor.start, hop.anchor.end)).toBe(hop.anchor.exact);
      }
      // Every chain ends with the outlet whose article this is.
      expect(node.attribution.at(-1)?.agent.name).toBe('The Independent');
    }
  });

  test('keeps each claim’s stated certainty as the text gives it, with its hedge words', async ({ api }) => {
    const { articles } = await api.data<StoryData>(STORY);
    const appearances = articles.edges[0]?.node.currentVersion.appearances.edges.map((e) => e.node) ?? [];
    const byQuote = (start: string) => {
      const found = appearances.find((a) => a.quote.startsWith(start));
      if (!found) throw new Error(`no appearance quoting "${start}"`);
      return { certainty: found.statedCertainty, cues: found.cues.map((c) => c.anchor.exact), block: found.block };
    };
    expect(byQuote('The People’s Republic of China may have sent')).toEqual({
      certainty: 'SPECULATION',
      cues: ['may have'],
      block: 'LEDE',
    });
    expect(byQuote('the Chinese Ministry of Defence intends')).toMatchObject({
      certainty: 'RUMOUR',
      cues: ['Rumours have been circulating', 'for days'],
    });
    expect(byQuote('Chinese troops arrived in the Syrian-regime')).toMatchObject({
      certainty: 'UNCONFIRMED_REPORT',
      cues: ['There are several unconfirmed reports', 'unconfirmed'],
    });
    expect(byQuote('the Syrian military approaching')).toMatchObject({ block: 'CAPTION_OR_EMBED' });
    expect(byQuote('Chinese state media has made no mention')).toMatchObject({
      certainty: 'ABSENCE_OF_CONFIRMATION',
      cues: ['no mention'],
    });
    expect(byQuote('An estimated 5,000')).toMatchObject({ certainty: 'ESTIMATE', cues: ['An estimated'] });
    expect(byQuote('they have long been discriminated')).toMatchObject({ certainty: 'ALLEGATION', cues: ['claim'] });
    expect(byQuote('praised what he called')).toMatchObject({ certainty: 'ATTRIBUTED_STATEMENT' });
    expect(byQuote('China would play a major role')).toMatchObject({
      certainty: 'OFFICIAL_STATEMENT',
      cues: ['pledged'],
    });
    expect(byQuote('Beijing passed a new anti-terrorism law')).toMatchObject({ certainty: 'ESTABLISHED_FACT' });
    expect(byQuote('An unknown number of')).toMatchObject({ cues: ['An unknown number of'] });

    const certainties = new Set(appearances.map((a) => a.statedCertainty));
    for (const certainty of [
      'SPECULATION',
      'RUMOUR',
      'UNCONFIRMED_REPORT',
      'ABSENCE_OF_CONFIRMATION',
      'ESTIMATE',
      'ATTRIBUTED_STATEMENT',
      'OFFICIAL_STATEMENT',
      'ALLEGATION',
      'ESTABLISHED_FACT',
    ]) {
      expect(certainties).toContain(certainty);
    }
  });

  test('names every hop of an attribution chain: Assad → al Araby → the Independent', async ({ api }) => {
    const { articles } = await api.data<StoryData>(STORY);
    const appearance = articles.edges[0]?.node.currentVersion.appearances.edges
      .map((e) => e.node)
      .find((a) => a.quote.includes('crucial cooperation'));
    expect(
      appearance?.attribution.map((hop) => [hop.role, hop.agent.__typename, hop.agent.name, hop.anchor?.exact]),
    ).toEqual([
      ['QUOTED_SPEAKER', 'Actor', 'Bashar al-Assad', 'President Assad'],
      ['REPORTER', 'Source', 'Al Araby', 'al Araby'],
      ['REPUBLISHER', 'Source', 'The Independent', 'Independent'],
    ]);
  });

  test('keeps the spelling variants the text uses as actor aliases', async ({ api }) => {
    const data = await api.data<{ actors: { edges: { node: { name: string; aliases: string[]; kind: string } }[] } }>(
      `{ actors(filter: { name: "Uighers" }) { edges { node { name kind aliases } } } }`,
    );
    expect(data.actors.edges).toEqual([
      {
        node: {
          name: 'Uyghurs',
          kind: 'ETHNIC_OR_RELIGIOUS_GROUP',
          aliases: expect.arrayContaining(['Uighers', 'Uighurs']),
        },
      },
    ]);
  });

  test('rates every source with a dated, reasoned reliability entry', async ({ api }) => {
    const data = await api.data<{
      sources: {
        edges: { node: { name: string; kind: string; reliability: { rating: string; rationale: string } } }[];
      };
    }>(`{ sources(first: 50) { edges { node { name kind reliability { rating rationale assessedAt } } } } }`);
    expect(data.sources.edges.length).toBeGreaterThanOrEqual(6);
    for (const { node } of data.sources.edges) expect(node.reliability.rationale.length).toBeGreaterThan(10);
    const kinds = Object.fromEntries(
      data.sources.edges.map(({ node }) => [node.name, [node.kind, node.reliability.rating]]),
    );
    expect(kinds['The Independent']).toEqual(['NEWS_OUTLET', 'B']);
    expect(kinds['Chinese state media']).toEqual(['STATE_MEDIA', 'D']);
    expect(kinds['Arabic-language media (unnamed)']).toEqual(['UNNAMED_COLLECTIVE', 'F']);
  });

  test('links the claims: state media’s silence undercuts the deployment claims; the lede is derived from the reports', async ({
    api,
  }) => {
    const data = await api.data<{
      claims: { edges: { node: { text: string; outgoingRelations: { type: string; to: { text: string } }[] } }[] };
    }>(`{ claims(first: 100) { edges { node { text outgoingRelations { type to { text } } } } } }`);
    const relations = data.claims.edges.flatMap(({ node }) =>
      node.outgoingRelations.map((r) => `${node.text} ${r.type} ${r.to.text}`),
    );
    const silence = 'Chinese state media has made no mention of any deployment of Chinese troops to Syria.';
    const lede = 'China has sent two special operations teams to Syria.';
    const tartous = 'Chinese troops arrived in the Syrian port of Tartous on Thursday.';
    expect(relations).toEqual(
      expect.arrayContaining([
        `${silence} UNDERCUTS ${lede}`,
        `${silence} UNDERCUTS ${tartous}`,
        expect.stringMatching(new RegExp(`^${silence} UNDERCUTS The Chinese Ministry of Defence intends`)),
        `${lede} DERIVED_FROM ${tartous}`,
        expect.stringMatching(new RegExp(`^${lede} DERIVED_FROM The Chinese Ministry of Defence intends`)),
      ]),
    );
  });

  test('gives quantities as the text does: an estimate, bounds, and an unknown number', async ({ api }) => {
    const data = await api.data<{ claims: { edges: { node: { text: string; quantity: Record<string, unknown> } }[] } }>(
      `{ claims(first: 100, filter: { types: [QUANTITY, EVENT] }) { edges { node { text quantity { value lower upper unit approximate unknown } } } } }`,
    );
    const quantities = data.claims.edges.map(({ node }) => node.quantity).filter(Boolean);
    expect(quantities).toEqual(
      expect.arrayContaining([
        { value: 5000, lower: null, upper: null, unit: 'people', approximate: true, unknown: false },
        { value: null, lower: null, upper: null, unit: 'military personnel', approximate: false, unknown: true },
      ]),
    );
  });
});
