import { iriPrefix } from '../../apps/server/src/domain/interchange/ids.js';
import { type Api, describe, expect, test } from '../support/fixtures.js';

type Json = Record<string, unknown>;

/** As a fact-checker publishes it in a page's JSON-LD. */
const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/reviews/tartous-arrival',
  claimReviewed: 'Chinese marines landed at Latakia on Friday.',
  datePublished: '2026-11-27',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
  reviewBody: 'Port records and satellite images show no landing.',
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Bashar al-Assad' },
    appearance: [{ '@type': 'CreativeWork', url: 'https://social.example/post/1' }],
  },
};

/** As Google's Fact Check Tools API serves it. */
const FEED = {
  claims: [
    {
      text: 'Chinese state media has made NO mention of any deployment of Chinese troops to Syria.',
      claimant: 'Global Times readers',
      claimDate: '2017-11-20T00:00:00Z',
      claimReview: [
        {
          publisher: { name: 'Another Checker', site: 'another.example' },
          url: 'https://another.example/state-media',
          title: 'Did Chinese media report the deployment?',
          reviewDate: '2017-11-22T00:00:00Z',
          textualRating: 'Four Pinocchios',
        },
      ],
    },
  ],
};

const IMPORT_REVIEWS = /* GraphQL */ `
  mutation ($input: ImportClaimReviewInput!) {
    importClaimReview(input: $input) {
      __typename
      ... on ImportClaimReviewSuccess {
        result {
          claimsCreated actorsCreated assessmentsCreated unchanged
          reviews { path claimId claimCreated assessmentId verificationStatus }
          claims {
            text verificationStatus
            actors(role: CLAIMANT) { actor { name kind } }
            assessments(first: 5) { edges { node { verificationStatus rationale assessedBy assessedAt
              evidence { url } publishedReview { url rating ratingValue bestRating worstRating } } } }
          }
        }
      }
      ... on Error { code message issues { path code message } }
    }
  }
`;

interface ImportResult {
  importClaimReview: {
    __typename: string;
    result?: {
      claimsCreated: number;
      actorsCreated: number;
      assessmentsCreated: number;
      unchanged: number;
      reviews: { path: string[]; claimCreated: boolean; assessmentId: string | null; verificationStatus: string }[];
      claims: {
        text: string;
        verificationStatus: string;
        actors: { actor: { name: string; kind: string } }[];
        assessments: { edges: { node: Json }[] };
      }[];
    };
    code?: string;
    issues?: { path: string[]; code: string }[];
  };
}

const counts = /* GraphQL */ `{ claims { totalCount } actors { totalCount } }`;

describe('importClaimReview', () => {
  test('a published ClaimReview becomes a claim, its claimant and an assessment that keeps the original rating', async ({
    api,
  }) => {
    const { importClaimReview } = await api.data<ImportResult>(
      IMPORT_REVIEWS,
      { input: { document: REVIEW } },
      { key: api.keys.editor },
    );
    expect(importClaimReview.__typename).toBe('ImportClaimReviewSuccess');
    const result = importClaimReview.result;
    expect(result).toMatchObject({ claimsCreated: 1, actorsCreated: 0, assessmentsCreated: 1, unchanged: 0 });
    // The claimant is the seed story's Assad, found by name, not a new actor.
    expect(result?.claims).toEqual([
      {
        text: 'Chinese marines landed at Latakia on Friday.',
        verificationStatus: 'CONFIRMED_FALSE',
        actors: [{ actor: { name: 'Bashar al-Assad', kind: 'PERSON' } }],
        assessments: {
          edges: [
            {
              node: {
                verificationStatus: 'CONFIRMED_FALSE',
                // The review's body is kept as its reviewBody, never turned into a rationale
                // written in the reviewer's name.
                rationale: null,
                assessedBy: 'Example Fact Check',
                assessedAt: '2026-11-27T00:00:00.000Z',
                evidence: [{ url: 'https://social.example/post/1' }],
                publishedReview: {
                  url: 'https://factcheck.example/reviews/tartous-arrival',
                  rating: 'False',
                  ratingValue: 1,
                  bestRating: 5,
                  worstRating: 1,
                },
              },
            },
          ],
        },
      },
    ]);

    // Importing it again changes nothing.
    const again = await api.data<ImportResult>(
      IMPORT_REVIEWS,
      { input: { document: [REVIEW] } },
      { key: api.keys.editor },
    );
    expect(again.importClaimReview.result).toMatchObject({ claimsCreated: 0, assessmentsCreated: 0, unchanged: 1 });
    expect(again.importClaimReview.result?.reviews[0]).toMatchObject({
      path: ['0'],
      claimCreated: false,
      assessmentId: null,
    });
  });

  test('the Fact Check Tools feed: an existing claim gains an older review and keeps its current verdict', async ({
    api,
  }) => {
    const { importClaimReview } = await api.data<ImportResult>(
      IMPORT_REVIEWS,
      { input: { document: FEED, ratings: [{ rating: 'four pinocchios', status: 'CONFIRMED_FALSE' }] } },
      { key: api.keys.editor },
    );
    const result = importClaimReview.result;
    expect(result).toMatchObject({ claimsCreated: 0, actorsCreated: 1, assessmentsCreated: 1 });
    const [claim] = result?.claims ?? [];
    // Matched by its words, whatever their case; the 2017 review is older than the seed's verdict.
    expect(claim?.text).toBe('Chinese state media has made no mention of any deployment of Chinese troops to Syria.');
    expect(claim?.verificationStatus).toBe('PROBABLY_TRUE');
    expect(claim?.actors).toEqual([{ actor: { name: 'Global Times readers', kind: 'UNCLASSIFIED' } }]);
    expect(
      claim?.assessments.edges.map(({ node }) => [
        node.verificationStatus,
        (node.publishedReview as Json | null)?.rating ?? null,
      ]),
    ).toEqual([
      ['PROBABLY_TRUE', null],
      ['CONFIRMED_FALSE', 'Four Pinocchios'],
    ]);
  });

  test('a document with bad reviews is refused whole, with an issue per bad review', async ({ api }) => {
    const before = await api.data(counts);
    const events = await api.database.prisma.changeEvent.count();
    const { importClaimReview } = await api.data<ImportResult>(
      IMPORT_REVIEWS,
      {
        input: {
          document: [
            { ...REVIEW, url: 'https://factcheck.example/new', claimReviewed: 'A fine new claim.' },
            { ...REVIEW, reviewRating: { alternateName: 'Zombie claim' } },
            { '@type': 'Review', name: 'not a claim review' },
          ],
        },
      },
      { key: api.keys.editor },
    );
    expect(importClaimReview.__typename).toBe('ValidationError');
    expect(importClaimReview.issues?.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['input.document.2', 'WRONG_SHAPE'],
      ['input.document.1.reviewRating.alternateName', 'UNKNOWN_RATING'],
    ]);
    expect(await api.data(counts)).toEqual(before);
    expect(await api.database.prisma.changeEvent.count()).toBe(events);
  });

  test('needs an editor key', async ({ api }) => {
    const { importClaimReview } = await api.data<ImportResult>(
      IMPORT_REVIEWS,
      { input: { document: REVIEW } },
      { key: api.keys.reader },
    );
    expect(importClaimReview).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const anonymous = await api.graphql(IMPORT_REVIEWS, { input: { document: REVIEW } });
    expect([anonymous.status, anonymous.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

const IMPORT_ANNOTATIONS = /* GraphQL */ `
  mutation ($input: ImportWebAnnotationsInput!) {
    importWebAnnotations(input: $input) {
      __typename
      ... on ImportWebAnnotationsSuccess {
        result { appearancesCreated claimsCreated unchanged annotations { path appearanceId claimId claimCreated } }
      }
      ... on Error { code issues { path code message } }
    }
  }
`;

interface AnnotationResult {
  importWebAnnotations: {
    __typename: string;
    result?: {
      appearancesCreated: number;
      claimsCreated: number;
      unchanged: number;
      annotations: { path: string[]; appearanceId: string | null; claimId: string; claimCreated: boolean }[];
    };
    issues?: { path: string[]; code: string }[];
  };
}

async function seedArticle(api: Api) {
  const data = await api.data<{
    articles: { edges: { node: { id: string; currentVersion: { text: string }; export: Json } }[] };
  }>(`{ articles(first: 1) { edges { node { id currentVersion { text } export(format: WEB_ANNOTATION) } } } }`);
  const node = data.articles.edges[0]?.node;
  if (!node) throw new Error('no article');
  return node;
}

const APPEARANCE = /* GraphQL */ `
  query ($id: ID!) { node(id: $id) { ... on ClaimAppearance { statedCertainty quote anchor { start end } cues { kind anchor { exact } } claim { text type } } } }
`;

describe('importWebAnnotations', () => {
  test('annotations with text selectors become appearances anchored by quote', async ({ api }) => {
    const article = await seedArticle(api);
    const text = article.currentVersion.text;
    const exact = 'Chinese troops arrived in the Syrian-regime controlled port of Tartous';
    const start = text.indexOf(exact);
    const annotations = [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        body: [
          { type: 'TextualBody', purpose: 'describing', value: 'Chinese troops reached Tartous.' },
          { type: 'TextualBody', purpose: 'tagging', value: 'Unconfirmed report' },
          { type: 'TextualBody', purpose: 'tagging', value: 'event' },
          {
            type: 'SpecificResource',
            purpose: 'describing',
            cueKind: 'HEDGE',
            selector: { type: 'TextQuoteSelector', exact: 'unconfirmed' },
          },
        ],
        target: {
          source: `${iriPrefix()}${article.id}`,
          selector: [{ type: 'TextQuoteSelector', exact: `${exact.replace('Syrian-regime', 'Syrian‑regime')}` }],
        },
      },
      {
        // Only a position, as some tools give it: the words are read from the stored text.
        type: 'Annotation',
        body: [
          { type: 'TextualBody', purpose: 'describing', value: 'Chinese troops reached Tartous.' },
          { type: 'TextualBody', purpose: 'tagging', value: 'rumor' },
        ],
        target: { selector: { type: 'TextPositionSelector', start, end: start + exact.length } },
      },
    ];
    const { importWebAnnotations } = await api.data<AnnotationResult>(
      IMPORT_ANNOTATIONS,
      { input: { article: article.id, document: annotations } },
      { key: api.keys.editor },
    );
    expect(importWebAnnotations.__typename).toBe('ImportWebAnnotationsSuccess');
    // Both name the same words and the same (new) claim: the second is the same appearance again.
    expect(importWebAnnotations.result).toMatchObject({ appearancesCreated: 1, claimsCreated: 1, unchanged: 1 });
    const id = importWebAnnotations.result?.annotations[0]?.appearanceId;
    const { node } = await api.data<{ node: Json }>(APPEARANCE, { id });
    expect(node).toEqual({
      statedCertainty: 'UNCONFIRMED_REPORT',
      quote: exact,
      anchor: { start, end: start + exact.length },
      cues: [{ kind: 'HEDGE', anchor: { exact: 'unconfirmed' } }],
      claim: { text: 'Chinese troops reached Tartous.', type: 'EVENT' },
    });
  });

  test('the story’s own annotations read back as the appearances they came from', async ({ api }) => {
    const article = await seedArticle(api);
    const { importWebAnnotations } = await api.data<AnnotationResult>(
      IMPORT_ANNOTATIONS,
      { input: { article: article.id, document: article.export } },
      { key: api.keys.editor },
    );
    const items = (article.export.first as { items: unknown[] }).items;
    expect(importWebAnnotations.result).toMatchObject({
      appearancesCreated: 0,
      claimsCreated: 0,
      unchanged: items.length,
    });
  });

  test('annotations that do not fit are refused whole, with an issue each', async ({ api }) => {
    const article = await seedArticle(api);
    const before = await api.data(counts);
    const body = [
      { type: 'TextualBody', purpose: 'describing', value: 'A claim.' },
      { type: 'TextualBody', purpose: 'tagging', value: 'rumour' },
    ];
    const document = [
      { type: 'Annotation', body, target: { selector: { type: 'TextQuoteSelector', exact: 'Chinese troops' } } },
      {
        type: 'Annotation',
        body,
        target: { selector: { type: 'TextQuoteSelector', exact: 'Napoleon crossed the Alps' } },
      },
      {
        type: 'Annotation',
        body: body.slice(0, 1),
        target: { selector: { type: 'TextQuoteSelector', exact: 'Tartous on Thursday' } },
      },
      {
        type: 'Annotation',
        body,
        target: {
          source: 'https://elsewhere.example/a',
          selector: { type: 'TextQuoteSelector', exact: 'Tartous on Thursday' },
        },
      },
      {
        type: 'Annotation',
        body: [{ type: 'SpecificResource', purpose: 'identifying', source: 'urn:claimgraph:Q2xhaW06OTk5OTk' }, body[1]],
        target: { selector: { type: 'TextQuoteSelector', exact: 'Tartous on Thursday' } },
      },
    ];
    const { importWebAnnotations } = await api.data<AnnotationResult>(
      IMPORT_ANNOTATIONS,
      { input: { article: article.id, document } },
      { key: api.keys.editor },
    );
    expect(importWebAnnotations.__typename).toBe('ValidationError');
    expect(importWebAnnotations.issues?.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['input.document.0.target.selector', 'QUOTE_AMBIGUOUS'],
      ['input.document.1.target.selector', 'QUOTE_NOT_FOUND'],
      ['input.document.2.body', 'CERTAINTY_MISSING'],
      ['input.document.3.target.source', 'WRONG_TARGET'],
      ['input.document.4.body', 'UNKNOWN_CLAIM'],
    ]);
    expect(await api.data(counts)).toEqual(before);
  });
});
