import { db } from '../db/database.js';
import { claimReviewOf, importClaimReviews } from '../domain/interchange/claimreview.js';
import { articleDocumentOf } from '../domain/interchange/documents.js';
import { globalId } from '../domain/interchange/ids.js';
import { articleInclude, claimInclude } from '../domain/interchange/load.js';
import { provenanceOf } from '../domain/interchange/prov.js';
import { annotationOf, importWebAnnotations } from '../domain/interchange/web-annotation.js';
import { runWrite } from '../domain/write.js';
import { ClaimAppearance } from './appearance.js';
import { Article } from './article.js';
import { Assessment, VerificationStatus } from './assessment.js';
import { builder } from './builder.js';
import { Claim, ClaimFilter, ClaimType } from './claim.js';
import { inputId, messageField, resultOf, writeOptions } from './mutation-support.js';
import { scalarsOf } from './selections.js';

/**
 * Interchange: the graph in the formats fact-checkers and analysts use (schema.org ClaimReview,
 * W3C Web Annotation, W3C PROV, STIX 2.1, CSV and NDJSON), and imports of ClaimReview and Web
 * Annotation. The documents are built by plain functions in domain/interchange; the same documents
 * download over HTTP from /export/… (plugins/interchange-routes.ts).
 */

export const ArticleExportFormat = builder.enumType('ArticleExportFormat', {
  description: 'A standard document an article and what it states can be exported as.',
  values: {
    CLAIM_REVIEW: {
      description:
        'schema.org ClaimReview JSON-LD: a `@graph` of reviews, one per claim stated in the article whose current assessment is a verdict.',
    },
    WEB_ANNOTATION: {
      description: 'A W3C Web Annotation AnnotationCollection: one annotation per appearance, with text selectors.',
    },
    PROV: { description: 'W3C PROV-O JSON-LD of every appearance’s attribution chain.' },
    STIX: { description: 'A STIX 2.1 bundle: the article as a report, actors, sources, claims and assessments.' },
  } as const,
});

export const ClaimTableFormat = builder.enumType('ClaimTableFormat', {
  description: 'A table of claims to download.',
  values: {
    CSV: { description: 'CSV with a header row; a row per appearance (per claim when it has none).' },
    NDJSON: { description: 'Newline-delimited JSON: a line per claim, with its appearances nested.' },
  } as const,
});

builder.prismaObjectFields(Claim, (t) => ({
  claimReview: t.field({
    type: 'JSON',
    nullable: true,
    description:
      'The schema.org ClaimReview (JSON-LD) of the current assessment: the rating mapped from its verification status as rating-map.ts documents, the rationale as reviewBody. Null when the claim has no verdict yet (UNVERIFIED, IN_PROGRESS).',
    select: { ...scalarsOf('Claim'), ...claimInclude },
    resolve: (claim) => claimReviewOf(claim),
  }),
  provenance: t.field({
    type: 'JSON',
    description: 'W3C PROV-O (JSON-LD) of the attribution chains of every appearance of this claim.',
    select: { ...scalarsOf('Claim'), ...claimInclude },
    resolve: (claim) => provenanceOf(claim.appearances.map((appearance) => ({ ...appearance, claim }))),
  }),
}));

builder.prismaObjectFields(ClaimAppearance, (t) => ({
  webAnnotation: t.field({
    type: 'JSON',
    description:
      'This appearance as a W3C Web Annotation (JSON-LD): TextQuote and TextPosition selectors on the stored version, the claim, stated certainty and cues as bodies.',
    select: {
      ...scalarsOf('ClaimAppearance'),
      cues: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
      claim: { select: { id: true, text: true, type: true } },
      version: { select: { text: true, retrievedAt: true, article: { select: { id: true, url: true } } } },
    },
    resolve: (appearance) => annotationOf(appearance, appearance.version, appearance.version.article),
  }),
}));

interface ReviewShape {
  reviewUrl: string | null;
  reviewPublishedAt: Date | null;
  reviewHeadline: string | null;
  reviewLanguage: string | null;
  claimDatePublished: Date | null;
  originalRating: string | null;
  originalRatingValue: number | null;
  originalBestRating: number | null;
  originalWorstRating: number | null;
}

const PublishedReview = builder.objectRef<ReviewShape>('PublishedReview').implement({
  description: 'The review an assessment was imported from, as its publisher gave it.',
  fields: (t) => ({
    url: t.exposeString('reviewUrl', { nullable: true, description: 'The review’s page.' }),
    rating: t.exposeString('originalRating', {
      nullable: true,
      description: 'The rating in the reviewer’s words (ClaimReview alternateName, the feed’s textualRating).',
    }),
    ratingValue: t.exposeFloat('originalRatingValue', {
      nullable: true,
      description: 'The reviewer’s numeric rating.',
    }),
    bestRating: t.exposeFloat('originalBestRating', { nullable: true, description: 'The best value of its scale.' }),
    worstRating: t.exposeFloat('originalWorstRating', { nullable: true, description: 'The worst value of its scale.' }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the review says it was published (its datePublished); null when it does not say.',
      resolve: (r) => r.reviewPublishedAt,
    }),
    headline: t.exposeString('reviewHeadline', {
      nullable: true,
      description: 'The review’s headline (or the API’s title).',
    }),
    language: t.exposeString('reviewLanguage', {
      nullable: true,
      description: 'The review’s language (inLanguage, languageCode).',
    }),
    claimDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the review says the claim was made (itemReviewed.datePublished, the API’s claimDate).',
      resolve: (r) => r.claimDatePublished,
    }),
  }),
});

builder.prismaObjectFields(Assessment, (t) => ({
  publishedReview: t.field({
    type: PublishedReview,
    nullable: true,
    description: 'The published review this assessment was imported from (ClaimReview); null for claimgraph’s own.',
    resolve: (assessment) =>
      assessment.reviewUrl != null || assessment.originalRating != null || assessment.importKey != null
        ? assessment
        : null,
  }),
}));

builder.prismaObjectFields(Article, (t) => ({
  export: t.field({
    type: 'JSON',
    description: 'The article and what it states, as a standard document (one database query).',
    args: { format: t.arg({ type: ArticleExportFormat, required: true, description: 'Which document.' }) },
    select: { ...scalarsOf('Article'), ...articleInclude },
    resolve: (article, { format }) => articleDocumentOf(article, format),
  }),
}));

const ClaimTableDownload = builder
  .objectRef<{ url: string; filename: string; contentType: string }>('ClaimTableDownload')
  .implement({
    description: 'Where to download a table of claims: streamed, however many match.',
    fields: (t) => ({
      url: t.exposeString('url', {
        description: 'The download’s path on this server (send the same Authorization header when reads need a key).',
      }),
      filename: t.exposeString('filename', { description: 'The file name the download suggests.' }),
      contentType: t.exposeString('contentType', { description: 'The download’s media type.' }),
    }),
  });

builder.queryFields((t) => ({
  claimTable: t.field({
    type: ClaimTableDownload,
    description:
      'A CSV or NDJSON download of the claims a filter selects, with their stated certainty, status, claimants, sources and quoted words. The table streams from the URL given; GraphQL does not carry it.',
    args: {
      format: t.arg({ type: ClaimTableFormat, required: true, description: 'CSV or NDJSON.' }),
      filter: t.arg({ type: ClaimFilter, required: false, description: 'Which claims; all when omitted.' }),
      bom: t.arg.boolean({
        required: false,
        description: 'CSV only: start with a UTF-8 byte order mark (Excel needs it to read UTF-8).',
      }),
    },
    resolve: (_root, { format, filter, bom }) => {
      const extension = format === 'CSV' ? 'csv' : 'ndjson';
      const params = new URLSearchParams();
      if (filter) params.set('filter', JSON.stringify(filter));
      if (bom && format === 'CSV') params.set('bom', 'true');
      const query = params.size ? `?${params.toString()}` : '';
      return {
        url: `/export/claims.${extension}${query}`,
        filename: `claims.${extension}`,
        contentType: format === 'CSV' ? 'text/csv' : 'application/x-ndjson',
      };
    },
  }),
}));

// ---------------------------------------------------------------------------------------------
// Imports.

const RatingMappingInput = builder.inputType('RatingMappingInput', {
  description: 'A reviewer’s own textual rating and the verification status it means.',
  fields: (t) => ({
    rating: t.string({
      required: true,
      description: 'The rating’s words, e.g. "Four Pinocchios" (case and punctuation aside).',
    }),
    status: t.field({ type: VerificationStatus, required: true, description: 'What it means.' }),
  }),
});

const ImportMode = builder.enumType('ImportMode', {
  description: 'What an import does when some of the document’s items are refused.',
  values: {
    ALL_OR_NOTHING: { description: 'One refused item refuses the whole document; nothing is written.' },
    PARTIAL: { description: 'The valid items are imported; each refused item is reported with its reasons.' },
  } as const,
});

const ImportClaimReviewInput = builder.inputType('ImportClaimReviewInput', {
  description: 'ClaimReview JSON-LD to import.',
  fields: (t) => ({
    document: t.field({
      type: 'JSON',
      required: true,
      description:
        'A ClaimReview, a list of them, a JSON-LD document with `@graph` (other nodes are skipped), a DataFeed of DataFeedItems, or the Fact Check Tools API’s `{ claims: [{ text, claimant, claimReview: [...] }] }`.',
    }),
    pageUrl: t.string({
      required: false,
      description:
        'The page the document was published on: relative urls in it are resolved against this (or against its `@graph`’s WebPage); without one, a review with a relative url is refused.',
    }),
    mode: t.field({
      type: ImportMode,
      required: false,
      description: 'ALL_OR_NOTHING when omitted.',
    }),
    ratings: t.field({
      type: [RatingMappingInput],
      required: false,
      description:
        'Textual ratings beyond the built-in table (rating-words.ts), e.g. a fact-checker’s own scale. A rating in neither is refused (UNKNOWN_RATING), never read from its number.',
    }),
    claimType: t.field({
      type: ClaimType,
      required: false,
      description: 'The type of the claims the import creates; STATE_OF_AFFAIRS when omitted (reviews do not say).',
    }),
    message: t.string(messageField),
  }),
});

const ImportedReview = builder
  .objectRef<{
    path: string[];
    claimId: number;
    claimCreated: boolean;
    assessmentId: number | null;
    verificationStatus: string;
  }>('ImportedReview')
  .implement({
    description: 'What one review of the document became.',
    fields: (t) => ({
      path: t.exposeStringList('path', { description: 'Where the review is in the document.' }),
      claimId: t.id({
        description: 'The claim it reviews (found by its words, or created).',
        resolve: (r) => globalId('Claim', r.claimId),
      }),
      claimCreated: t.exposeBoolean('claimCreated', { description: 'True when the import created the claim.' }),
      assessmentId: t.id({
        nullable: true,
        description:
          'The assessment it became; null when the same review was imported before (its url and claim, or its author, claim and rating).',
        resolve: (r) => (r.assessmentId == null ? null : globalId('Assessment', r.assessmentId)),
      }),
      verificationStatus: t.field({
        type: VerificationStatus,
        description: 'The status its rating was mapped to.',
        resolve: (r) => r.verificationStatus as never,
      }),
    }),
  });

const RefusedField = builder
  .objectRef<{ field: string[]; value: string | null; code: string; message: string }>('RefusedField')
  .implement({
    description: 'Why a review was refused: a field at fault, the value found there and the reason.',
    fields: (t) => ({
      field: t.exposeStringList('field', { description: 'The field, as a path within the review.' }),
      value: t.exposeString('value', { nullable: true, description: 'The value found there (shortened), if any.' }),
      code: t.exposeString('code', {
        description: 'UNKNOWN_RATING, MISSING_FIELD, BAD_URL, BAD_DATE or WRONG_SHAPE.',
      }),
      message: t.exposeString('message', { description: 'The reason, in words.' }),
    }),
  });

const RefusedReview = builder
  .objectRef<{ path: string[]; issues: { field: string[]; value: string | null; code: string; message: string }[] }>(
    'RefusedReview',
  )
  .implement({
    description: 'A review of the document that was not imported (PARTIAL mode).',
    fields: (t) => ({
      path: t.exposeStringList('path', { description: 'Where the review is in the document.' }),
      issues: t.field({ type: [RefusedField], description: 'Each reason.', resolve: (r) => r.issues }),
    }),
  });

const ClaimReviewImport = builder
  .objectRef<Awaited<ReturnType<typeof importClaimReviews>>>('ClaimReviewImport')
  .implement({
    description: 'What a ClaimReview import wrote.',
    fields: (t) => ({
      reviews: t.field({
        type: [ImportedReview],
        description: 'Each review, in document order.',
        resolve: (r) => r.reviews,
      }),
      claimsCreated: t.exposeInt('claimsCreated', {
        description: 'Claims created (the others were found by their words).',
      }),
      actorsCreated: t.exposeInt('actorsCreated', {
        description: 'Claimants created (the others were found by name, alias or Wikidata ID).',
      }),
      assessmentsCreated: t.exposeInt('assessmentsCreated', {
        description: 'Assessments created, one per new review.',
      }),
      unchanged: t.exposeInt('unchanged', { description: 'Reviews already imported, left as they were.' }),
      refused: t.field({
        type: [RefusedReview],
        description: 'The reviews refused, with their reasons (PARTIAL mode; empty otherwise).',
        resolve: (r) => r.refused,
      }),
      claims: t.prismaField({
        type: [Claim],
        description: 'The claims the reviews are about.',
        resolve: (query, result) =>
          db().claim.findMany({
            ...query,
            where: { id: { in: [...new Set(result.reviews.map((r) => r.claimId))] } },
            orderBy: { id: 'asc' },
          }),
      }),
    }),
  });

const ImportWebAnnotationsInput = builder.inputType('ImportWebAnnotationsInput', {
  description: 'W3C Web Annotations to import onto an article.',
  fields: (t) => ({
    article: t.id({
      required: true,
      description: 'The article the annotations are on; they anchor in its latest version.',
    }),
    document: t.field({
      type: 'JSON',
      required: true,
      description:
        'An Annotation, a list of them, an AnnotationPage or an AnnotationCollection. Each needs a TextQuoteSelector (or TextPositionSelector), a stated certainty (a classifying body or a tag such as "rumour") and its claim (an identifying body with a claimgraph claim IRI, or a describing body with the claim’s words).',
    }),
    claimType: t.field({
      type: ClaimType,
      required: false,
      description:
        'The type of claims the import creates when an annotation does not say; STATE_OF_AFFAIRS when omitted.',
    }),
    message: t.string(messageField),
  }),
});

const ImportedAnnotation = builder
  .objectRef<{ path: string[]; appearanceId: number | null; claimId: number; claimCreated: boolean }>(
    'ImportedAnnotation',
  )
  .implement({
    description: 'What one annotation of the document became.',
    fields: (t) => ({
      path: t.exposeStringList('path', { description: 'Where the annotation is in the document.' }),
      appearanceId: t.id({
        nullable: true,
        description: 'The appearance it became; null when the claim was already stated at those words.',
        resolve: (r) => (r.appearanceId == null ? null : globalId('ClaimAppearance', r.appearanceId)),
      }),
      claimId: t.id({ description: 'The claim stated.', resolve: (r) => globalId('Claim', r.claimId) }),
      claimCreated: t.exposeBoolean('claimCreated', { description: 'True when the import created the claim.' }),
    }),
  });

const WebAnnotationImport = builder
  .objectRef<Awaited<ReturnType<typeof importWebAnnotations>> & { articleId: number }>('WebAnnotationImport')
  .implement({
    description: 'What a Web Annotation import wrote.',
    fields: (t) => ({
      annotations: t.field({
        type: [ImportedAnnotation],
        description: 'Each annotation, in document order.',
        resolve: (r) => r.appearances,
      }),
      appearancesCreated: t.exposeInt('appearancesCreated', { description: 'Appearances created.' }),
      claimsCreated: t.exposeInt('claimsCreated', {
        description: 'Claims created for annotations that gave only words.',
      }),
      unchanged: t.exposeInt('unchanged', {
        description: 'Annotations whose claim was already stated at those words.',
      }),
      article: t.prismaField({
        type: Article,
        description: 'The article annotated.',
        resolve: (query, result) => db().article.findUniqueOrThrow({ ...query, where: { id: result.articleId } }),
      }),
    }),
  });

builder.mutationFields((t) => ({
  importClaimReview: t.field({
    type: ClaimReviewImport,
    description:
      'Imports ClaimReview JSON-LD (fact-checkers’ pages, DataFeeds, the Fact Check Tools API): claims, claimants and reviews become Claims, Actors and Assessments that keep the review as published. A rating word not in the table (or the ratings given) refuses its review with UNKNOWN_RATING. ALL_OR_NOTHING (default) refuses the document with an issue per field at fault; PARTIAL imports the valid reviews and reports the refused ones. Importing the same document again changes nothing.',
    args: { input: t.arg({ type: ImportClaimReviewInput, required: true, description: 'The document.' }) },
    errors: resultOf('importClaimReview', 'result', 'what the import wrote'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        importClaimReviews(w, input.document, {
          ratings: Object.fromEntries((input.ratings ?? []).map((r) => [r.rating, r.status])),
          claimType: input.claimType ?? undefined,
          pageUrl: input.pageUrl ?? undefined,
          mode: input.mode ?? undefined,
        }),
      ),
  }),
  importWebAnnotations: t.field({
    type: WebAnnotationImport,
    description:
      'Imports W3C Web Annotations with text selectors onto an ingested article: each becomes an appearance anchored by its quote. All or nothing: one annotation that does not anchor refuses the document with an issue per bad annotation.',
    args: { input: t.arg({ type: ImportWebAnnotationsInput, required: true, description: 'The annotations.' }) },
    errors: resultOf('importWebAnnotations', 'result', 'what the import wrote'),
    resolve: async (_root, { input }, context) => {
      const articleId = inputId(input.article, ['input', 'article'], 'Article');
      const result = await runWrite(writeOptions(context, input.message), (w) =>
        importWebAnnotations(w, articleId, input.document, { claimType: input.claimType ?? undefined }),
      );
      return { ...result, articleId };
    },
  }),
}));
