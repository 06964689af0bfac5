/**
 * schema.org ClaimReview (https://schema.org/ClaimReview), as fact-checkers publish it on their
 * pages and as Google's Fact Check Tools feed serves it.
 *
 * Export: a claim whose current assessment closes it becomes a ClaimReview: `claimReviewed` is the
 * claim's text, `itemReviewed` the Claim with its claimants as `author` and the articles that state
 * it as `appearance`/`firstAppearance`, `reviewRating` the verification status mapped through
 * rating-map.ts (or, for a review imported from a fact-checker, the rating as they gave it), and
 * the rationale is both `reviewBody` and the rating's `ratingExplanation`.
 */
import type { ClaimType, VerificationStatus } from '../../__generated__/prisma/enums.js';
import { createActor } from '../actors.js';
import { addAssessment } from '../assessments.js';
import type { Write } from '../audit.js';
import { addClaimActor, createClaim } from '../claims.js';
import { assertValid } from '../errors.js';
import { globalId, iri } from './ids.js';
import { ACTOR_KIND_OF_SCHEMA_ORG_TYPE, SCHEMA_ORG_ACTOR_TYPE } from './kinds.js';
import type { ActorRow, AssessmentExport, ClaimExport } from './load.js';
import { type ClaimReviewRating, RATING_TABLE, ratingForStatus, statusForRating } from './rating-map.js';

export type JsonObject = { [key: string]: unknown };

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** The published rating of an assessment: the reviewer's own when it was imported, else the table's. */
export function reviewRatingOf(assessment: AssessmentExport): ClaimReviewRating | null {
  if (!RATING_TABLE[assessment.verificationStatus].published) return null;
  const mapped = ratingForStatus(assessment.verificationStatus);
  if (!assessment.originalRating || !mapped) return mapped;
  return {
    '@type': 'Rating',
    alternateName: assessment.originalRating,
    ...(assessment.originalRatingValue != null ? { ratingValue: assessment.originalRatingValue } : {}),
    ...(assessment.originalBestRating != null ? { bestRating: assessment.originalBestRating } : {}),
    ...(assessment.originalWorstRating != null ? { worstRating: assessment.originalWorstRating } : {}),
  };
}

function wikidataUrl(id: string | null) {
  return id ? `https://www.wikidata.org/wiki/${id}` : undefined;
}

export function schemaOrgActor(actor: ActorRow): JsonObject {
  return {
    '@type': SCHEMA_ORG_ACTOR_TYPE[actor.kind],
    '@id': iri('Actor', actor.id),
    name: actor.name,
    ...(actor.aliases.length ? { alternateName: actor.aliases } : {}),
    ...(actor.wikidataId ? { sameAs: wikidataUrl(actor.wikidataId) } : {}),
  };
}

type ArticleRef = ClaimExport['appearances'][number]['version']['article'];

function creativeWork(article: ArticleRef, retrievedAt: Date): JsonObject {
  const publisher = article.publisher ?? article.originalPublisher;
  return {
    '@type': 'NewsArticle',
    '@id': iri('Article', article.id),
    headline: article.headline,
    ...(article.url ? { url: article.url } : {}),
    inLanguage: article.language,
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    // When the article does not say when it was published, the time its text was retrieved is the
    // earliest date claimgraph can vouch for.
    dateCreated: retrievedAt.toISOString(),
    ...(publisher
      ? {
          publisher: {
            '@type': 'NewsMediaOrganization',
            name: publisher.name,
            ...(publisher.url ? { url: publisher.url } : {}),
          },
        }
      : {}),
  };
}

function appearanceWorks(claim: ClaimExport) {
  const byArticle = new Map<number, { work: JsonObject; when: number }>();
  for (const appearance of claim.appearances) {
    const { article, retrievedAt } = appearance.version;
    if (byArticle.has(article.id)) continue;
    byArticle.set(article.id, {
      work: creativeWork(article, retrievedAt),
      when: (article.publishedAt ?? retrievedAt).getTime(),
    });
  }
  return [...byArticle.values()].sort((a, b) => a.when - b.when).map((entry) => entry.work);
}

export interface ClaimReviewOptions {
  /** Include `@context` (true for a standalone document; false inside a list that has its own). */
  context?: boolean;
}

/**
 * The ClaimReview of a claim's current assessment; null when the claim has none that closes it
 * (UNVERIFIED and IN_PROGRESS are not verdicts, so nothing is published for them).
 */
export function claimReviewOf(claim: ClaimExport, options: ClaimReviewOptions = {}): JsonObject | null {
  const [assessment] = claim.assessments;
  if (!assessment) return null;
  const rating = reviewRatingOf(assessment);
  if (!rating) return null;
  const claimants = claim.actors.filter((role) => role.role === 'CLAIMANT').map((role) => schemaOrgActor(role.actor));
  const works = appearanceWorks(claim);
  const rationale = assessment.rationale ?? undefined;
  const imported = assessment.reviewUrl != null;
  return {
    ...(options.context === false ? {} : { '@context': SCHEMA_ORG_CONTEXT }),
    '@type': 'ClaimReview',
    '@id': iri('Assessment', assessment.id),
    identifier: globalId('Assessment', assessment.id),
    ...(assessment.reviewUrl ? { url: assessment.reviewUrl } : {}),
    claimReviewed: claim.text,
    datePublished: assessment.assessedAt.toISOString(),
    author: { '@type': imported ? 'Organization' : 'Person', name: assessment.assessedBy },
    reviewRating: { ...rating, ...(rationale ? { ratingExplanation: rationale } : {}) },
    ...(rationale ? { reviewBody: rationale } : {}),
    itemReviewed: {
      '@type': 'Claim',
      '@id': iri('Claim', claim.id),
      identifier: globalId('Claim', claim.id),
      text: claim.text,
      ...(claimants.length === 1 ? { author: claimants[0] } : claimants.length ? { author: claimants } : {}),
      ...(works[0] ? { firstAppearance: works[0], appearance: works } : {}),
    },
    ...(assessment.evidence.length
      ? {
          citation: assessment.evidence.map((link) => ({
            '@type': 'CreativeWork',
            url: link.url,
            ...(link.title ? { name: link.title } : {}),
            ...(link.note ? { description: link.note } : {}),
          })),
        }
      : {}),
  };
}

/** The ClaimReviews of claims, as one JSON-LD document: a list sharing one context. */
export function claimReviewDocument(claims: readonly ClaimExport[]): JsonObject {
  const reviews = claims.flatMap((claim) => claimReviewOf(claim, { context: false }) ?? []);
  return { '@context': SCHEMA_ORG_CONTEXT, '@graph': reviews };
}

// ---------------------------------------------------------------------------------------------
// Import: reading ClaimReview JSON-LD and the Fact Check Tools feed into review items.

/** One review as read from any accepted shape, before it is matched against the graph. */
export interface ReviewItem {
  /** Where the item is in the document, e.g. ["claims", "2", "claimReview", "0"]. */
  path: string[];
  claimText: string;
  claimType?: ClaimType | undefined;
  claimants: { name: string; type?: string | undefined; sameAs: string[] }[];
  claimDate?: Date | undefined;
  appearances: string[];
  reviewUrl?: string | undefined;
  reviewer: string;
  reviewDate?: Date | undefined;
  title?: string | undefined;
  body?: string | undefined;
  rating: {
    text?: string | undefined;
    ratingValue?: number | undefined;
    bestRating?: number | undefined;
    worstRating?: number | undefined;
  };
  explanation?: string | undefined;
}

export interface ItemIssue {
  path: string[];
  message: string;
  code: string;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A schema.org type name, whether written `ClaimReview`, `schema:ClaimReview` or as a full IRI. */
function typeNames(node: JsonObject): string[] {
  return list(node['@type'] ?? node.type).flatMap((type) =>
    typeof type === 'string' ? [type.replace(/^(https?:\/\/schema\.org\/|schema:)/, '')] : [],
  );
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value) && typeof value['@value'] === 'string') return value['@value'].trim() || undefined;
  return undefined;
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  return text(value) ?? (isObject(value) ? text(value.name) : undefined);
}

function urlOf(value: unknown): string | undefined {
  return text(value) ?? (isObject(value) ? (text(value.url) ?? text(value['@id'])) : undefined);
}

class ItemReader {
  readonly issues: ItemIssue[] = [];
  constructor(readonly path: string[]) {}
  fail(field: string[], code: string, message: string) {
    this.issues.push({ path: [...this.path, ...field], code, message });
  }
  url(value: unknown, field: string[]) {
    const url = urlOf(value);
    if (url === undefined) return undefined;
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
      this.fail(field, 'BAD_URL', `"${url.slice(0, 100)}" is not an http(s) URL.`);
      return undefined;
    }
    return url;
  }
  date(value: unknown, field: string[]) {
    const raw = text(value);
    if (raw === undefined) return undefined;
    const date = new Date(raw);
    if (Number.isNaN(date.getTime())) {
      this.fail(field, 'BAD_DATE', `"${raw.slice(0, 40)}" is not a date.`);
      return undefined;
    }
    return date;
  }
}

function claimantsOf(value: unknown) {
  return list(value).flatMap((author) => {
    const name = nameOf(author);
    if (!name) return [];
    const node = isObject(author) ? author : {};
    return [
      {
        name,
        type: typeNames(node)[0],
        sameAs: list(node.sameAs).flatMap((same) => (typeof same === 'string' ? [same] : [])),
      },
    ];
  });
}

/** A ClaimReview node (JSON-LD, compacted against schema.org as publishers write it). */
function readClaimReview(
  node: JsonObject,
  path: string[],
  defaults: { reviewer?: string | undefined },
): ReviewItem | ItemIssue[] {
  const r = new ItemReader(path);
  if (!typeNames(node).includes('ClaimReview')) {
    r.fail(['@type'], 'WRONG_SHAPE', 'Not a ClaimReview: its @type is not ClaimReview.');
    return r.issues;
  }
  const item = isObject(node.itemReviewed) ? node.itemReviewed : {};
  const claimText = text(node.claimReviewed) ?? text(item.text) ?? text(item.name);
  if (!claimText) r.fail(['claimReviewed'], 'MISSING_FIELD', 'A ClaimReview needs claimReviewed: the claim in words.');
  const ratingNode = list(node.reviewRating).find(isObject);
  if (!ratingNode) r.fail(['reviewRating'], 'MISSING_FIELD', 'A ClaimReview needs a reviewRating.');
  const reviewer = nameOf(list(node.author)[0]) ?? nameOf(node.publisher) ?? defaults.reviewer;
  if (!reviewer) r.fail(['author'], 'MISSING_FIELD', 'A ClaimReview needs an author: who reviewed the claim.');
  // A work is a URL, or a CreativeWork whose `url` says where it is; one named only by a non-web
  // @id (e.g. an article in another claimgraph) has no address to keep.
  const workUrl = (work: unknown) => (isObject(work) ? work.url : work);
  const appearances = [
    ...list(item.firstAppearance).map((work, i) =>
      r.url(workUrl(work), ['itemReviewed', 'firstAppearance', String(i)]),
    ),
    ...list(item.appearance).map((work, i) => r.url(workUrl(work), ['itemReviewed', 'appearance', String(i)])),
  ].filter((url): url is string => url !== undefined);
  const reviewItem: ReviewItem = {
    path,
    claimText: claimText ?? '',
    claimants: claimantsOf(item.author),
    claimDate: r.date(item.datePublished, ['itemReviewed', 'datePublished']),
    appearances: [...new Set(appearances)],
    reviewUrl: r.url(node.url, ['url']),
    reviewer: reviewer ?? '',
    reviewDate: r.date(node.datePublished, ['datePublished']),
    title: text(node.headline) ?? text(node.name),
    body: text(node.reviewBody),
    rating: {
      text: text(ratingNode?.alternateName) ?? text(ratingNode?.name),
      ratingValue: numberOf(ratingNode?.ratingValue),
      bestRating: numberOf(ratingNode?.bestRating),
      worstRating: numberOf(ratingNode?.worstRating),
    },
    explanation: text(ratingNode?.ratingExplanation),
  };
  return r.issues.length ? r.issues : reviewItem;
}

/** A claim of the Fact Check Tools feed (`claims[]`) with its `claimReview[]`. */
function readFeedClaim(node: unknown, path: string[]): (ReviewItem | ItemIssue[])[] {
  if (!isObject(node)) return [[{ path, code: 'WRONG_SHAPE', message: 'A feed claim is an object.' }]];
  const claimText = text(node.text);
  const reviews = list(node.claimReview);
  if (!claimText)
    return [[{ path: [...path, 'text'], code: 'MISSING_FIELD', message: 'A feed claim needs its text.' }]];
  if (!reviews.length) {
    return [[{ path: [...path, 'claimReview'], code: 'MISSING_FIELD', message: 'A feed claim needs a claimReview.' }]];
  }
  return reviews.map((review, i) => {
    const r = new ItemReader([...path, 'claimReview', String(i)]);
    if (!isObject(review)) {
      r.fail([], 'WRONG_SHAPE', 'A claimReview is an object.');
      return r.issues;
    }
    const reviewer = nameOf(review.publisher) ?? text(isObject(review.publisher) ? review.publisher.site : undefined);
    if (!reviewer) r.fail(['publisher'], 'MISSING_FIELD', 'A claimReview needs its publisher.');
    const claimant = text(node.claimant);
    const claimDate = new ItemReader(path);
    const item: ReviewItem = {
      path: r.path,
      claimText,
      claimants: claimant ? [{ name: claimant, sameAs: [] }] : [],
      claimDate: claimDate.date(node.claimDate, ['claimDate']),
      appearances: [],
      reviewUrl: r.url(review.url, ['url']),
      reviewer: reviewer ?? '',
      reviewDate: r.date(review.reviewDate, ['reviewDate']),
      title: text(review.title),
      rating: { text: text(review.textualRating) },
    };
    const issues = [...claimDate.issues, ...r.issues];
    return issues.length ? issues : item;
  });
}

/**
 * Reads any accepted shape into review items and issues: a ClaimReview, a list of them, a JSON-LD
 * document with `@graph`, or the Fact Check Tools feed (`{ claims: [{ text, claimant, claimReview:
 * [...] }] }`). Nothing is looked up here; shape and field errors are reported for every item.
 */
export function readClaimReviews(document: unknown): { items: ReviewItem[]; issues: ItemIssue[] } {
  const results: (ReviewItem | ItemIssue[])[] = [];
  if (isObject(document) && Array.isArray(document.claims)) {
    document.claims.forEach((claim, i) => {
      results.push(...readFeedClaim(claim, ['claims', String(i)]));
    });
  } else {
    const nodes: [unknown, string[]][] = Array.isArray(document)
      ? document.map((node, i) => [node, [String(i)]])
      : isObject(document) && Array.isArray(document['@graph'])
        ? document['@graph'].map((node, i) => [node, ['@graph', String(i)]])
        : [[document, []]];
    for (const [node, path] of nodes) {
      results.push(
        isObject(node)
          ? readClaimReview(node, path, {})
          : [
              {
                path,
                code: 'WRONG_SHAPE',
                message: 'Expected a ClaimReview object, a list of them, or the feed’s { claims: [...] }.',
              },
            ],
      );
    }
  }
  const items: ReviewItem[] = [];
  const issues: ItemIssue[] = [];
  for (const result of results) {
    if (Array.isArray(result)) issues.push(...result);
    else items.push(result);
  }
  if (!items.length && !issues.length) {
    issues.push({ path: [], code: 'EMPTY', message: 'The document holds no reviews.' });
  }
  return { items, issues };
}

// ---------------------------------------------------------------------------------------------
// Import: review items into Claims, claimant Actors and Assessments, all or nothing.

export interface ImportClaimReviewOptions {
  /** A fact-checker's own textual ratings and the statuses they mean, beside rating-map.ts's table. */
  ratings?: Readonly<Record<string, VerificationStatus>> | undefined;
  /** The type of claims the import creates; reviews do not say (STATE_OF_AFFAIRS by default). */
  claimType?: ClaimType | undefined;
}

export interface ImportedReview {
  /** Where the review is in the document. */
  path: string[];
  claimId: number;
  claimCreated: boolean;
  /** The new assessment; null when this review (same claim, same review URL) was imported before. */
  assessmentId: number | null;
  verificationStatus: VerificationStatus;
}

export interface ClaimReviewImport {
  reviews: ImportedReview[];
  claimsCreated: number;
  actorsCreated: number;
  assessmentsCreated: number;
  /** Reviews already in the graph (same claim and review URL), left as they were. */
  unchanged: number;
}

/** The note on evidence links that record where a reviewed claim appeared. */
export const APPEARANCE_NOTE = 'Where the claim appeared, as the review cites it.';

const fold = (value: string) => value.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

function wikidataIdOf(urls: readonly string[]) {
  for (const url of urls) {
    const match = /wikidata\.org\/(?:wiki|entity)\/(Q[1-9]\d*)$/.exec(url);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Resolves every item's rating; the issues of those that do not resolve. */
export function resolveStatuses(
  items: readonly ReviewItem[],
  extra: Readonly<Record<string, VerificationStatus>> = {},
) {
  const statuses: VerificationStatus[] = [];
  const issues: ItemIssue[] = [];
  for (const item of items) {
    const resolution = statusForRating(item.rating, extra);
    if (resolution.status) {
      statuses.push(resolution.status);
      continue;
    }
    const field = item.path.includes('claimReview') ? 'textualRating' : 'reviewRating';
    issues.push({
      path: [...item.path, field],
      code: resolution.reason,
      message:
        resolution.reason === 'UNKNOWN_RATING'
          ? `The rating "${item.rating.text ?? ''}" is not one claimgraph knows; map it with the ratings option.`
          : 'The numeric rating is outside its scale (worstRating to bestRating).',
    });
  }
  return { statuses, issues };
}

/**
 * Imports ClaimReviews (any shape readClaimReviews accepts) in the caller's transaction. Every
 * review is checked before anything is written: one bad review refuses the whole document with an
 * issue per bad review. Claims are matched by their words (case and spacing aside) and claimants
 * by name, alias or Wikidata ID; what is not found is created. Each review becomes an assessment
 * that keeps the reviewer's rating, its URL and its date; a review already imported (same claim,
 * same URL) is left alone, so importing a feed again is harmless.
 */
export async function importClaimReviews(
  w: Write,
  document: unknown,
  options: ImportClaimReviewOptions = {},
): Promise<ClaimReviewImport> {
  const { tx } = w;
  const read = readClaimReviews(document);
  const resolved = resolveStatuses(read.items, options.ratings);
  const issues = [...read.issues, ...resolved.issues].map((issue) => ({
    ...issue,
    path: ['input', 'document', ...issue.path],
  }));
  assertValid(issues, `Nothing was imported: ${issues.length} problem(s) in the document.`);
  const items = read.items;

  const texts = [...new Set(items.map((item) => item.claimText))];
  const existingClaims = await tx.claim.findMany({
    where: {
      archivedAt: null,
      mergedIntoId: null,
      OR: texts.map((words) => ({ text: { equals: words, mode: 'insensitive' as const } })),
    },
    select: { id: true, text: true },
    orderBy: { id: 'asc' },
  });
  const claimIds = new Map<string, number>();
  for (const claim of existingClaims) if (!claimIds.has(fold(claim.text))) claimIds.set(fold(claim.text), claim.id);

  const names = [...new Set(items.flatMap((item) => item.claimants.map((c) => c.name)))];
  const wikidataIds = items.flatMap((item) => item.claimants.flatMap((c) => wikidataIdOf(c.sameAs) ?? []));
  const existingActors = names.length
    ? await tx.actor.findMany({
        where: {
          archivedAt: null,
          mergedIntoId: null,
          OR: [
            ...names.map((name) => ({ name: { equals: name, mode: 'insensitive' as const } })),
            { aliases: { hasSome: names } },
            ...(wikidataIds.length ? [{ wikidataId: { in: wikidataIds } }] : []),
          ],
        },
        select: { id: true, name: true, aliases: true, wikidataId: true },
        orderBy: { id: 'asc' },
      })
    : [];
  const actorIds = new Map<string, number>();
  for (const actor of existingActors) {
    for (const key of [actor.name, ...actor.aliases]) if (!actorIds.has(fold(key))) actorIds.set(fold(key), actor.id);
    if (actor.wikidataId) actorIds.set(actor.wikidataId, actor.id);
  }

  const reviewUrls = items.flatMap((item) => item.reviewUrl ?? []);
  const seen = new Set(
    (reviewUrls.length
      ? await tx.assessment.findMany({
          where: { reviewUrl: { in: reviewUrls } },
          select: { claimId: true, reviewUrl: true },
        })
      : []
    ).map((a) => `${a.claimId} ${a.reviewUrl}`),
  );

  const result: ClaimReviewImport = {
    reviews: [],
    claimsCreated: 0,
    actorsCreated: 0,
    assessmentsCreated: 0,
    unchanged: 0,
  };
  const touched = new Set<number>();
  for (const [i, item] of items.entries()) {
    const status = resolved.statuses[i] as VerificationStatus;
    const claimantIds: number[] = [];
    for (const claimant of item.claimants) {
      const wikidataId = wikidataIdOf(claimant.sameAs);
      let actorId = (wikidataId && actorIds.get(wikidataId)) || actorIds.get(fold(claimant.name));
      if (!actorId) {
        const actor = await createActor(w, {
          name: claimant.name,
          kind: (claimant.type && ACTOR_KIND_OF_SCHEMA_ORG_TYPE[claimant.type]) || 'UNCLASSIFIED',
          wikidataId: wikidataId ?? null,
        });
        actorId = actor.id;
        result.actorsCreated += 1;
        actorIds.set(fold(claimant.name), actorId);
        if (wikidataId) actorIds.set(wikidataId, actorId);
      }
      if (!claimantIds.includes(actorId)) claimantIds.push(actorId);
    }

    let claimId = claimIds.get(fold(item.claimText));
    const claimCreated = claimId === undefined;
    if (claimId === undefined) {
      const claim = await createClaim(w, {
        text: item.claimText,
        type: item.claimType ?? options.claimType ?? 'STATE_OF_AFFAIRS',
        actors: claimantIds.map((actorId) => ({ actorId, role: 'CLAIMANT' as const })),
      });
      claimId = claim.id;
      result.claimsCreated += 1;
      claimIds.set(fold(item.claimText), claimId);
    } else if (claimantIds.length) {
      await addClaimants(w, claimId, claimantIds);
    }

    const key = item.reviewUrl ? `${claimId} ${item.reviewUrl}` : undefined;
    if (key && seen.has(key)) {
      result.unchanged += 1;
      result.reviews.push({ path: item.path, claimId, claimCreated, assessmentId: null, verificationStatus: status });
      continue;
    }
    if (key) seen.add(key);
    const rationale =
      item.explanation ??
      item.body ??
      `${item.reviewer} rated this claim “${item.rating.text ?? item.rating.ratingValue}”${item.title ? ` in “${item.title}”` : ''}.`;
    const assessment = await addAssessment(w, {
      claimId,
      verificationStatus: status,
      rationale,
      assessedBy: item.reviewer,
      assessedAt: item.reviewDate ?? item.claimDate ?? new Date(),
      evidence: item.appearances.map((url) => ({ url, title: null, note: APPEARANCE_NOTE })),
    });
    await keepOriginal(w, assessment.id, claimId, item);
    touched.add(claimId);
    result.assessmentsCreated += 1;
    result.reviews.push({
      path: item.path,
      claimId,
      claimCreated,
      assessmentId: assessment.id,
      verificationStatus: status,
    });
  }
  await settleCurrentStatus(w, [...touched]);
  return result;
}

/** Adds the CLAIMANT roles a claim does not have yet. */
async function addClaimants(w: Write, claimId: number, actorIds: readonly number[]) {
  const have = await w.tx.claimActor.findMany({ where: { claimId, role: 'CLAIMANT', actorId: { in: [...actorIds] } } });
  for (const actorId of actorIds) {
    if (!have.some((role) => role.actorId === actorId)) await addClaimActor(w, { claimId, actorId, role: 'CLAIMANT' });
  }
}

/** Keeps the reviewer's own rating and page beside the assessment it became. */
async function keepOriginal(w: Write, assessmentId: number, claimId: number, item: ReviewItem) {
  const original = {
    reviewUrl: item.reviewUrl ?? null,
    originalRating: item.rating.text ?? null,
    originalRatingValue: item.rating.ratingValue ?? null,
    originalBestRating: item.rating.bestRating ?? null,
    originalWorstRating: item.rating.worstRating ?? null,
  };
  await w.tx.assessment.update({ where: { id: assessmentId }, data: original });
  w.audit.record({
    entityType: 'Assessment',
    entityId: assessmentId,
    operation: 'UPDATE',
    changes: Object.fromEntries(Object.entries(original).map(([field, after]) => [field, { before: null, after }])),
    claimId,
  });
}

/**
 * An imported review may be older than the claim's latest assessment: the claim's current status is
 * the latest assessment's by date, whatever order they were added in.
 */
async function settleCurrentStatus(w: Write, claimIds: readonly number[]) {
  for (const claimId of claimIds) {
    const latest = await w.tx.assessment.findFirst({
      where: { claimId },
      orderBy: [{ assessedAt: 'desc' }, { id: 'desc' }],
      select: { verificationStatus: true },
    });
    if (latest)
      await w.tx.claim.update({ where: { id: claimId }, data: { verificationStatus: latest.verificationStatus } });
  }
}
