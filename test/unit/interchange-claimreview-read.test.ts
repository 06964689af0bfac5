import { describe, expect, test } from 'vitest';
import { readClaimReviews, resolveStatuses } from '../../apps/server/src/domain/interchange/claimreview.js';

/** As fact-checkers publish it in their pages' JSON-LD. */
const review = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/reviews/tartous',
  claimReviewed: 'Chinese troops arrived in Tartous.',
  datePublished: '2025-11-20',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'A Blogger', sameAs: 'https://www.wikidata.org/wiki/Q42' },
    datePublished: '2025-11-18',
    appearance: [{ '@type': 'CreativeWork', url: 'https://social.example/post/1' }],
  },
};

/** As Google's Fact Check Tools API serves it (claims:search). */
const feed = {
  claims: [
    {
      text: 'Syria received Chinese special forces.',
      claimant: 'Social media users',
      claimDate: '2025-11-17T00:00:00Z',
      claimReview: [
        {
          publisher: { name: 'Another Checker', site: 'another.example' },
          url: 'https://another.example/syria',
          title: 'No, China did not send special forces',
          reviewDate: '2025-11-21T00:00:00Z',
          textualRating: 'Pants on Fire',
          languageCode: 'en',
        },
      ],
    },
  ],
};

describe('reading ClaimReview documents', () => {
  test('a ClaimReview as published, with its claimant, appearances and rating', () => {
    const { items, issues } = readClaimReviews(review);
    expect(issues).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({
        claimText: 'Chinese troops arrived in Tartous.',
        claimants: [{ name: 'A Blogger', aliases: [], type: 'Person', sameAs: ['https://www.wikidata.org/wiki/Q42'] }],
        appearances: ['https://social.example/post/1'],
        reviewUrl: 'https://factcheck.example/reviews/tartous',
        reviewer: 'Example Fact Check',
        rating: { text: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1, image: undefined },
      }),
    ]);
    expect([...resolveStatuses(items).statuses.values()]).toEqual(['PROBABLY_FALSE']);
  });

  test('lists, @graph documents and the Fact Check Tools feed', () => {
    expect(readClaimReviews([review, review]).items).toHaveLength(2);
    expect(readClaimReviews({ '@context': 'https://schema.org', '@graph': [review] }).items[0]?.path).toEqual([
      '@graph',
      '0',
    ]);
    const { items, issues } = readClaimReviews(feed);
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({
      path: ['claims', '0', 'claimReview', '0'],
      claimText: 'Syria received Chinese special forces.',
      claimants: [{ name: 'Social media users' }],
      reviewer: 'Another Checker',
      rating: { text: 'Pants on Fire' },
    });
    expect([...resolveStatuses(items).statuses.values()]).toEqual(['CONFIRMED_FALSE']);
  });

  test('real shapes: @graph pages with other nodes, DataFeeds, single values as arrays, relative urls', () => {
    const page = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'WebPage',
          '@id': 'https://factcheck.example/reviews/tartous#webpage',
          url: 'https://factcheck.example/reviews/tartous',
        },
        { '@type': 'Organization', name: 'Example Fact Check' },
        { ...review, url: '/reviews/tartous', claimReviewed: ['Chinese troops arrived in Tartous.'] },
      ],
    };
    const fromPage = readClaimReviews(page);
    expect(fromPage.issues).toEqual([]);
    expect(fromPage.items).toEqual([
      expect.objectContaining({
        path: ['@graph', '2'],
        claimText: 'Chinese troops arrived in Tartous.',
        reviewUrl: 'https://factcheck.example/reviews/tartous',
      }),
    ]);
    const feedDoc = {
      '@type': 'DataFeed',
      dataFeedElement: [{ '@type': 'DataFeedItem', dateCreated: '2025-11-30', item: [review] }],
    };
    expect(readClaimReviews(feedDoc).items[0]).toMatchObject({
      path: ['dataFeedElement', '0', 'item', '0'],
      reviewDate: new Date('2025-11-20'),
    });
    // Without the page's url, a relative url cannot be resolved: that review is refused, with the value.
    const relative = readClaimReviews({ ...review, url: '/reviews/tartous' });
    expect(relative.issues).toEqual([
      expect.objectContaining({ path: ['url'], code: 'BAD_URL', value: '/reviews/tartous' }),
    ]);
    expect(
      readClaimReviews({ ...review, url: '/reviews/tartous' }, { pageUrl: 'https://factcheck.example/x' }).items[0]
        ?.reviewUrl,
    ).toBe('https://factcheck.example/reviews/tartous');
  });

  test('reports every bad item with its path and a stable code', () => {
    const { issues } = readClaimReviews([
      review,
      { '@type': 'Review', name: 'not a claim review' },
      { ...review, claimReviewed: '', itemReviewed: {}, url: 'javascript:alert(1)' },
      'text',
    ]);
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['1', 'WRONG_SHAPE'],
      ['2.claimReviewed', 'MISSING_FIELD'],
      ['2.url', 'BAD_URL'],
      ['3', 'WRONG_SHAPE'],
    ]);
    const unknown = resolveStatuses(readClaimReviews({ ...review, reviewRating: { alternateName: 'Zombie' } }).items);
    expect(unknown.issues).toEqual([
      expect.objectContaining({ path: ['reviewRating', 'alternateName'], code: 'UNKNOWN_RATING', value: 'Zombie' }),
    ]);
    expect(readClaimReviews({}).issues[0]?.code).toBe('WRONG_SHAPE');
  });

  test('reads the shapes fact-checkers’ pages and tools publish beside the standard one', () => {
    const page = 'https://www.factcheck.example/reviews/tartous';
    // A url that names the page's own host without a scheme is that host, not a relative path; a
    // relative path stays relative.
    const schemeless = readClaimReviews(
      { ...review, url: 'factcheck.example/reviews/tartous', author: { name: 'X', url: 'authors/x' } },
      { pageUrl: page },
    ).items[0];
    expect(schemeless).toMatchObject({
      reviewUrl: 'https://factcheck.example/reviews/tartous',
      reviewerUrl: 'https://www.factcheck.example/reviews/authors/x',
    });
    // One claim of the Fact Check Tools API on its own, as tools that page through the API keep it.
    expect(readClaimReviews(feed.claims[0]).items[0]).toMatchObject({
      path: ['claimReview', '0'],
      rating: { text: 'Pants on Fire' },
    });
    // The work that made the claim as itemReviewed: its url is where the claim appeared; a claimant's
    // alternateName is kept as its aliases.
    const work = readClaimReviews({
      ...review,
      itemReviewed: {
        '@type': 'CreativeWork',
        url: 'https://video.example/speech',
        author: { '@type': 'Person', name: 'A Mayor', alternateName: 'mayor of Example' },
      },
    }).items[0];
    expect(work).toMatchObject({
      appearances: ['https://video.example/speech'],
      claimants: [expect.objectContaining({ name: 'A Mayor', aliases: ['mayor of Example'] })],
    });
  });
});
