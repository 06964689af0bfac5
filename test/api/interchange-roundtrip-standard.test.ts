import { onTestFinished } from 'vitest';
import { closeDatabase, db } from '../../apps/server/src/db/database.js';
import { ingestArticle } from '../../apps/server/src/domain/articles.js';
import { importClaimReviews } from '../../apps/server/src/domain/interchange/claimreview.js';
import { importWebAnnotations } from '../../apps/server/src/domain/interchange/web-annotation.js';
import { runWrite } from '../../apps/server/src/domain/write.js';
import { describe, expect, test } from '../support/fixtures.js';
import { openEmptyDatabase } from '../support/interchange.js';

const APPEARANCES = /* GraphQL */ `{
  articles(first: 1) { edges { node { id headline currentVersion { text retrievedAt appearances(first: 100) { edges { node {
    statedCertainty anchor { exact start end } cues { kind anchor { exact start end } } claim { text type }
  } } } } } } }
  claims(first: 100, filter: { verificationStatus: [PROBABLY_TRUE] }) { edges { node { text currentAssessment { verificationStatus rationale } } } }
}`;

interface Story {
  articles: {
    edges: {
      node: {
        id: string;
        headline: string;
        currentVersion: { text: string; retrievedAt: string; appearances: { edges: { node: unknown }[] } };
      };
    }[];
  };
  claims: { edges: { node: unknown }[] };
}

describe('round trip through the standard formats', () => {
  // Imports the whole story into a second database: on PGlite, in-process, that takes 10–30 s.
  test('the story’s Web Annotations and ClaimReviews, imported into an empty database onto the same text, give back its appearances and verdicts', {
    timeout: 120_000,
  }, async ({ api }) => {
    const before = await api.data<Story>(APPEARANCES);
    const article = before.articles.edges[0]?.node;
    if (!article) throw new Error('no article');
    const exports = await api.data<{ article: { annotations: object; reviews: object } }>(
      `query ($id: ID!) { article(id: $id) { annotations: export(format: WEB_ANNOTATION) reviews: export(format: CLAIM_REVIEW) } }`,
      { id: article.id },
    );

    await closeDatabase();
    await openEmptyDatabase();
    // The empty database is another instance: its own public address, so the exported IRIs are foreign there.
    const ownBaseUrl = process.env.CLAIMGRAPH_PUBLIC_BASE_URL;
    process.env.CLAIMGRAPH_PUBLIC_BASE_URL = 'https://second-instance.example.org';
    onTestFinished(() => {
      if (ownBaseUrl === undefined) delete process.env.CLAIMGRAPH_PUBLIC_BASE_URL;
      else process.env.CLAIMGRAPH_PUBLIC_BASE_URL = ownBaseUrl;
    });
    const author = { author: { owner: 'round trip', apiKeyId: null } };
    const { article: copy } = await runWrite(author, (w) =>
      ingestArticle(w, {
        text: article.currentVersion.text,
        headline: article.headline,
        // The story has no web address: the annotations target its IRI at the first instance.
        url: (exports.article.annotations as { first: { items: { target: { source: string } }[] } }).first.items[0]
          ?.target.source,
        retrievedAt: new Date(article.currentVersion.retrievedAt),
      }),
    );
    const annotations = await runWrite(author, (w) => importWebAnnotations(w, copy.id, exports.article.annotations));
    expect(annotations.appearancesCreated).toBe(article.currentVersion.appearances.edges.length);
    const reviews = await runWrite(author, (w) => importClaimReviews(w, exports.article.reviews));
    expect(reviews).toMatchObject({ claimsCreated: 0, assessmentsCreated: 1 });
    expect(await db().claim.count()).toBe(article.currentVersion.appearances.edges.length);

    // Claims with their words and types, stated certainties, anchors and cues; and the verdict.
    const after = await api.data<Story>(APPEARANCES);
    expect(after.articles.edges[0]?.node.currentVersion.appearances).toEqual(article.currentVersion.appearances);
    expect(after.claims).toEqual(before.claims);
  });
});
