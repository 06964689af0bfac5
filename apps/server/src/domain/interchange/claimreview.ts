/**
 * schema.org ClaimReview (https://schema.org/ClaimReview), as fact-checkers publish it on their
 * pages, in Data Commons' DataFeed and as Google's Fact Check Tools API serves it.
 *
 * Export: a claim whose current assessment closes it becomes a ClaimReview with the properties
 * Google's fact-check documentation requires and recommends: `url`, `claimReviewed`, `author` (an
 * Organization with name and url), `reviewRating` (with `alternateName`), `datePublished` and
 * `itemReviewed` (a Claim with its claimants as `author`, its `appearance`s and `datePublished`).
 * claimgraph's own verdicts are published under the configured organisation and public address
 * (identity.ts); a review imported from a fact-checker is published as they gave it, with nothing
 * added (no url, date or body that the review did not have).
 */
import { createHash } from 'node:crypto';
import type { ClaimType, VerificationStatus } from '../../__generated__/prisma/enums.js';
import { createActor } from '../actors.js';
import { addAssessment } from '../assessments.js';
import type { Write } from '../audit.js';
import { addClaimActor, createClaim } from '../claims.js';
import { assertValid } from '../errors.js';
import { publishingIdentity } from './identity.js';
import { globalId, iri, parseIri } from './ids.js';
import { ACTOR_KIND_OF_SCHEMA_ORG_TYPE, SCHEMA_ORG_ACTOR_TYPE } from './kinds.js';
import type { ActorRow, AssessmentExport, ClaimExport } from './load.js';
import { type ClaimReviewRating, foldRating, RATING_TABLE, ratingForStatus, statusForRating } from './rating-map.js';

export type JsonObject = { [key: string]: unknown };

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** The note on evidence links that record where a reviewed claim appeared, as the review cites it. */
export const APPEARANCE_NOTE = 'Where the claim appeared, as the review cites it.';
/** The note on the evidence link that records the review's `firstAppearance`. */
export const FIRST_APPEARANCE_NOTE = 'Where the claim first appeared, as the review cites it.';

/** An assessment that came from a published review (imported), not from this instance's analysts. */
export function isImported(assessment: AssessmentExport) {
  return assessment.importKey != null || assessment.reviewUrl != null;
}

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
  const sameAs = [
    ...new Set([...(actor.wikidataId ? [wikidataUrl(actor.wikidataId) as string] : []), ...actor.sameAs]),
  ];
  return {
    '@type': SCHEMA_ORG_ACTOR_TYPE[actor.kind],
    '@id': iri('Actor', actor.id),
    name: actor.name,
    ...(actor.aliases.length ? { alternateName: actor.aliases } : {}),
    ...(sameAs.length === 1 ? { sameAs: sameAs[0] } : sameAs.length ? { sameAs } : {}),
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

const citedWork = (url: string): JsonObject => ({ '@type': 'CreativeWork', url });

/**
 * The ClaimReview of a claim's current assessment; null when the claim has none that closes it
 * (UNVERIFIED and IN_PROGRESS are not verdicts, so nothing is published for them).
 */
export function claimReviewOf(claim: ClaimExport, options: ClaimReviewOptions = {}): JsonObject | null {
  const [assessment] = claim.assessments;
  if (!assessment) return null;
  const rating = reviewRatingOf(assessment);
  if (!rating) return null;
  const identity = publishingIdentity();
  const imported = isImported(assessment);
  const claimants = claim.actors.filter((role) => role.role === 'CLAIMANT').map((role) => schemaOrgActor(role.actor));
  const rationale = assessment.rationale ?? undefined;
  // A review's own appearances (imported) and the articles in this graph that state the claim.
  const cited = (note: string) => assessment.evidence.filter((link) => link.note === note).map((link) => link.url);
  const firstCited = cited(FIRST_APPEARANCE_NOTE);
  const works = [...appearanceWorks(claim), ...cited(APPEARANCE_NOTE).map(citedWork)];
  const firstAppearance = firstCited[0] ? citedWork(firstCited[0]) : works[0];
  const citations = assessment.evidence.filter(
    (link) => link.note !== APPEARANCE_NOTE && link.note !== FIRST_APPEARANCE_NOTE,
  );
  const url =
    assessment.reviewUrl ?? (imported ? undefined : `${identity.publicBaseUrl}/claims/${globalId('Claim', claim.id)}`);
  const datePublished = imported ? assessment.reviewPublishedAt : assessment.assessedAt;
  const body = imported ? assessment.reviewBody : rationale;
  const author = imported
    ? {
        '@type': 'Organization',
        name: assessment.assessedBy,
        ...(assessment.reviewAuthorUrl ? { url: assessment.reviewAuthorUrl } : {}),
      }
    : { '@type': 'Organization', name: identity.publisherName, url: identity.publisherUrl };
  return {
    ...(options.context === false ? {} : { '@context': SCHEMA_ORG_CONTEXT }),
    '@type': 'ClaimReview',
    '@id': iri('Assessment', assessment.id),
    identifier: globalId('Assessment', assessment.id),
    ...(url ? { url } : {}),
    ...(assessment.reviewHeadline ? { headline: assessment.reviewHeadline } : {}),
    ...(assessment.reviewName ? { name: assessment.reviewName } : {}),
    ...(assessment.reviewLanguage ? { inLanguage: assessment.reviewLanguage } : {}),
    claimReviewed: claim.text,
    ...(datePublished ? { datePublished: datePublished.toISOString() } : {}),
    author,
    reviewRating: {
      ...rating,
      ...(assessment.reviewRatingImage ? { image: assessment.reviewRatingImage } : {}),
      ...(rationale ? { ratingExplanation: rationale } : {}),
    },
    ...(body ? { reviewBody: body } : {}),
    itemReviewed: {
      '@type': 'Claim',
      '@id': iri('Claim', claim.id),
      identifier: globalId('Claim', claim.id),
      ...(claim.sameAs.length ? { sameAs: claim.sameAs.length === 1 ? claim.sameAs[0] : claim.sameAs } : {}),
      ...(claimants.length === 1 ? { author: claimants[0] } : claimants.length ? { author: claimants } : {}),
      ...(assessment.claimDatePublished ? { datePublished: assessment.claimDatePublished.toISOString() } : {}),
      ...(firstAppearance ? { firstAppearance } : {}),
      ...(works.length ? { appearance: works } : {}),
    },
    ...(citations.length
      ? {
          citation: citations.map((link) => ({
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
// Import: reading ClaimReview JSON-LD, DataFeeds and the Fact Check Tools API into review items.

/** One review as read from any accepted shape, before it is matched against the graph. */
export interface ReviewItem {
  /** Where the review is in the document, e.g. ["claims", "2", "claimReview", "0"]. */
  path: string[];
  claimText: string;
  /** The reviewed claim's IRI when the review names one (`itemReviewed.@id`). */
  claimIri?: string | undefined;
  claimSameAs: string[];
  claimType?: ClaimType | undefined;
  claimants: { name: string; aliases: string[]; type?: string | undefined; sameAs: string[] }[];
  claimDate?: Date | undefined;
  firstAppearance?: string | undefined;
  appearances: string[];
  reviewUrl?: string | undefined;
  reviewer: string;
  reviewerUrl?: string | undefined;
  reviewDate?: Date | undefined;
  headline?: string | undefined;
  name?: string | undefined;
  language?: string | undefined;
  body?: string | undefined;
  rating: {
    text?: string | undefined;
    ratingValue?: number | undefined;
    bestRating?: number | undefined;
    worstRating?: number | undefined;
    image?: string | undefined;
  };
  explanation?: string | undefined;
}

/** What is wrong with one review: where (path), the value found there, and why it is refused. */
export interface ItemIssue {
  path: string[];
  message: string;
  code: string;
  /** The path of the review the issue refuses. */
  item: string[];
  /** The value found at `path` (as text, shortened), when there is one. */
  value?: string | undefined;
}

export interface ReadOptions {
  /** The page the document was published on: relative urls are resolved against it. */
  pageUrl?: string | undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Publishers often give a single value as a one-item array: the first value that is there. */
function one(value: unknown): unknown {
  return Array.isArray(value) ? value.find((v) => v != null && v !== '') : value;
}

/** A schema.org type name, whether written `ClaimReview`, `schema:ClaimReview` or as a full IRI. */
function typeNames(node: JsonObject): string[] {
  return list(node['@type'] ?? node.type).flatMap((type) =>
    typeof type === 'string' ? [type.replace(/^(https?:\/\/schema\.org\/|schema:)/, '')] : [],
  );
}

function text(value: unknown): string | undefined {
  const v = one(value);
  if (typeof v === 'string') return v.trim() || undefined;
  if (isObject(v) && typeof v['@value'] === 'string') return v['@value'].trim() || undefined;
  return undefined;
}

function numberOf(value: unknown): number | undefined {
  const v = one(value);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  const v = one(value);
  return text(v) ?? (isObject(v) ? text(v.name) : undefined);
}

function shown(value: unknown) {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  return raw === undefined ? undefined : raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
}

class ItemReader {
  readonly issues: ItemIssue[] = [];
  constructor(
    readonly path: string[],
    readonly base: string | undefined,
  ) {}
  fail(field: string[], code: string, message: string, value?: unknown) {
    this.issues.push({ path: [...this.path, ...field], code, message, item: this.path, value: shown(value) });
  }
  /** An http(s) URL; a relative one resolved against the page's url, refused when there is none. */
  url(value: unknown, field: string[]) {
    const v = one(value);
    const raw = text(v) ?? (isObject(v) ? (text(v.url) ?? text(v['@id'])) : undefined);
    if (raw === undefined) return undefined;
    if (/^https?:\/\//i.test(raw) && URL.canParse(raw)) return raw;
    const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw);
    if (!hasScheme && this.base) {
      // "aosfatos.org/noticias/…" on a page of www.aosfatos.org names the page's own host without a
      // scheme; read as a relative path it would resolve to a page that does not exist.
      const host = (name: string) => name.toLowerCase().replace(/^www\./, '');
      const first = raw.split(/[/?#]/, 1)[0] ?? '';
      if (first.includes('.') && host(first) === host(new URL(this.base).hostname) && URL.canParse(`https://${raw}`))
        return new URL(`https://${raw}`).href;
      if (URL.canParse(raw, this.base)) return new URL(raw, this.base).href;
    }
    this.fail(
      field,
      'BAD_URL',
      hasScheme
        ? `"${raw.slice(0, 100)}" is not an http(s) URL.`
        : `"${raw.slice(0, 100)}" is a relative URL and the document's page url is not known (give pageUrl).`,
      raw,
    );
    return undefined;
  }
  date(value: unknown, field: string[]) {
    const raw = text(value);
    if (raw === undefined) return undefined;
    // Publishers write "2020-10-07 20:05", "2017-03-01 20:30:17 UTC", "…T14:22:00+0100".
    const iso = raw
      .replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
      .replace(/ ?UTC$/, 'Z')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
      this.fail(field, 'BAD_DATE', `"${raw.slice(0, 40)}" is not a date.`, raw);
      return undefined;
    }
    return date;
  }
}

function claimantsOf(value: unknown) {
  return list(value).flatMap((author) => {
    const node = isObject(author) ? author : {};
    // A name given as a list ("name": ["A", "B"]) is one claimant with alternate names.
    const names = (isObject(author) ? list(author.name) : [author]).flatMap((n) =>
      typeof n === 'string' && n.trim() ? [n.trim()] : [],
    );
    const [name, ...others] = names;
    if (!name) return [];
    const alternates = list(node.alternateName).flatMap((n) => (typeof n === 'string' && n.trim() ? [n.trim()] : []));
    const aliases = [...new Set([...others, ...alternates])];
    const sameAs = list(node.sameAs).flatMap((same) =>
      typeof same === 'string' && /^https?:\/\//i.test(same.trim()) ? [same.trim()] : [],
    );
    return [{ name, aliases, type: typeNames(node)[0], sameAs }];
  });
}

/** A ClaimReview node (JSON-LD, compacted against schema.org as publishers write it). */
function readClaimReview(node: JsonObject, path: string[], base: string | undefined): Read {
  const r = new ItemReader(path, base);
  const item = list(node.itemReviewed).find(isObject) ?? {};
  const claimText = text(node.claimReviewed) ?? text(item.text) ?? text(item.name);
  if (!claimText)
    r.fail(
      ['claimReviewed'],
      'MISSING_FIELD',
      'A ClaimReview needs claimReviewed: the claim in words.',
      node.claimReviewed,
    );
  const ratingNode = list(node.reviewRating).find(isObject);
  if (!ratingNode) r.fail(['reviewRating'], 'MISSING_FIELD', 'A ClaimReview needs a reviewRating.', node.reviewRating);
  const authorNode = list(node.author).find(isObject);
  const reviewer = nameOf(node.author) ?? nameOf(node.publisher);
  if (!reviewer)
    r.fail(
      ['author'],
      'MISSING_FIELD',
      'A ClaimReview needs an author with a name: who reviewed the claim.',
      node.author,
    );
  // An itemReviewed that is the work making the claim (a CreativeWork, not a Claim) is itself
  // where the claim appeared.
  const itemIsWork = !typeNames(item).includes('Claim') && item.url !== undefined;
  const appearances = [
    ...list(item.appearance).map((work, i) => r.url(work, ['itemReviewed', 'appearance', String(i)])),
    ...(itemIsWork ? [r.url(item.url, ['itemReviewed', 'url'])] : []),
  ];
  const firstAppearance = r.url(item.firstAppearance, ['itemReviewed', 'firstAppearance']);
  const itemIri = typeof item['@id'] === 'string' && item['@id'] ? item['@id'] : undefined;
  const reviewItem: ReviewItem = {
    path,
    claimText: claimText ?? '',
    claimIri: itemIri,
    claimSameAs: list(item.sameAs).flatMap((same) => (typeof same === 'string' && same ? [same] : [])),
    claimants: claimantsOf(item.author),
    claimDate: r.date(item.datePublished, ['itemReviewed', 'datePublished']),
    firstAppearance,
    appearances: [...new Set(appearances.filter((url): url is string => url !== undefined))],
    reviewUrl: r.url(node.url, ['url']),
    reviewer: reviewer ?? '',
    reviewerUrl: authorNode ? r.url(authorNode.url, ['author', 'url']) : undefined,
    reviewDate: r.date(node.datePublished, ['datePublished']),
    headline: text(node.headline),
    name: text(node.name),
    language: text(node.inLanguage) ?? (isObject(one(node.inLanguage)) ? nameOf(node.inLanguage) : undefined),
    body: text(node.reviewBody),
    rating: {
      text: text(ratingNode?.alternateName) ?? text(ratingNode?.name),
      ratingValue: numberOf(ratingNode?.ratingValue),
      bestRating: numberOf(ratingNode?.bestRating),
      worstRating: numberOf(ratingNode?.worstRating),
      image: ratingNode ? r.url(ratingNode.image, ['reviewRating', 'image']) : undefined,
    },
    explanation: text(ratingNode?.ratingExplanation),
  };
  return { item: claimText && ratingNode ? reviewItem : undefined, issues: r.issues };
}

/** A review as read: the item when it could be read at all (its rating is checked next), and its issues. */
interface Read {
  item?: ReviewItem | undefined;
  issues: ItemIssue[];
}

/** A claim of the Fact Check Tools API (`claims[]`) with its `claimReview[]`. */
function readApiClaim(node: unknown, path: string[], base: string | undefined): Read[] {
  const r = new ItemReader(path, base);
  if (!isObject(node)) {
    r.fail([], 'WRONG_SHAPE', 'A claim of the Fact Check Tools API is an object.', node);
    return [{ issues: r.issues }];
  }
  const claimText = text(node.text);
  const reviews = list(node.claimReview);
  if (!claimText) r.fail(['text'], 'MISSING_FIELD', 'A claim needs its text.', node.text);
  if (!reviews.length) r.fail(['claimReview'], 'MISSING_FIELD', 'A claim needs a claimReview.', node.claimReview);
  if (r.issues.length) return [{ issues: r.issues }];
  const claimDate = r.date(node.claimDate, ['claimDate']);
  const claimant = text(node.claimant);
  return reviews.map((review, i) => {
    const rr = new ItemReader([...path, 'claimReview', String(i)], base);
    if (!isObject(review)) {
      rr.fail([], 'WRONG_SHAPE', 'A claimReview is an object.', review);
      return { issues: rr.issues };
    }
    const publisher = isObject(review.publisher) ? review.publisher : {};
    const reviewer = text(publisher.name) ?? text(publisher.site);
    if (!reviewer) rr.fail(['publisher'], 'MISSING_FIELD', 'A claimReview needs its publisher.', review.publisher);
    const item: ReviewItem = {
      path: rr.path,
      claimText: claimText as string,
      claimSameAs: [],
      claimants: claimant ? [{ name: claimant, aliases: [], sameAs: [] }] : [],
      claimDate,
      appearances: [],
      reviewUrl: rr.url(review.url, ['url']),
      reviewer: reviewer ?? '',
      reviewDate: rr.date(review.reviewDate, ['reviewDate']),
      headline: text(review.title),
      language: text(review.languageCode),
      rating: { text: text(review.textualRating) },
    };
    return {
      item: reviewer ? item : undefined,
      issues: [...r.issues.map((issue) => ({ ...issue, item: rr.path })), ...rr.issues],
    };
  });
}

/** The page a JSON-LD `@graph` describes (its WebPage node's url): the base for relative urls. */
function pageOf(nodes: unknown[]) {
  for (const node of nodes) {
    if (!isObject(node) || !typeNames(node).some((t) => t === 'WebPage' || t.endsWith('Page'))) continue;
    const url = text(node.url) ?? text(node['@id']);
    if (url && /^https?:\/\//i.test(url) && URL.canParse(url)) return url.replace(/#.*$/, '');
  }
  return undefined;
}

/**
 * Reads any accepted shape into review items and issues, per review (an item with issues is
 * returned too, so that its rating can be checked; the import refuses it):
 * - a ClaimReview, a list of them, or a JSON-LD document whose `@graph` holds them beside other
 *   nodes (WordPress/Yoast pages: WebPage, Organization, Person… are skipped);
 * - a DataFeed (Data Commons' ClaimReview feed): `dataFeedElement[]` of DataFeedItems whose `item`
 *   is one or more ClaimReviews;
 * - the Fact Check Tools API response `{ claims: [{ text, claimant, claimReview: [...] }] }`, or one
 *   claim of it on its own;
 * Single values given as arrays are read as the value; relative urls are resolved against the
 * page's url (`pageUrl`, or the `@graph`'s WebPage). Nothing is looked up here.
 */
export function readClaimReviews(
  document: unknown,
  options: ReadOptions = {},
): { items: ReviewItem[]; issues: ItemIssue[] } {
  const results: Read[] = [];
  const wrongShape = (path: string[], value: unknown) =>
    results.push({
      issues: [
        {
          path,
          item: path,
          code: 'WRONG_SHAPE',
          value: shown(value),
          message:
            'Expected a ClaimReview, a list of them, a JSON-LD @graph holding them, a DataFeed, or the Fact Check Tools API’s { claims: [...] }.',
        },
      ],
    });

  const visit = (node: unknown, path: string[], base: string | undefined, inGraph: boolean) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, [...path, String(i)], base, inGraph);
      return;
    }
    if (!isObject(node)) {
      if (!inGraph) wrongShape(path, node);
      return;
    }
    const types = typeNames(node);
    if (Array.isArray(node['@graph'])) {
      const graph = node['@graph'];
      const page = base ?? pageOf(graph);
      for (const [i, child] of graph.entries()) visit(child, [...path, '@graph', String(i)], page, true);
      return;
    }
    if (types.includes('ClaimReview')) {
      results.push(readClaimReview(node, path, base));
    } else if (types.includes('DataFeed') || (!types.length && node.dataFeedElement !== undefined)) {
      for (const [i, element] of list(node.dataFeedElement).entries()) {
        visit(element, [...path, 'dataFeedElement', String(i)], base, true);
      }
    } else if (types.includes('DataFeedItem')) {
      for (const [i, element] of list(node.item).entries()) {
        visit(element, Array.isArray(node.item) ? [...path, 'item', String(i)] : [...path, 'item'], base, true);
      }
    } else if (!types.length && Array.isArray(node.claims)) {
      for (const [i, claim] of node.claims.entries()) {
        results.push(...readApiClaim(claim, [...path, 'claims', String(i)], base));
      }
    } else if (!types.length && !inGraph && node.text !== undefined && Array.isArray(node.claimReview)) {
      // One claim of the API's `claims[]`, as tools that page through the API keep each result.
      results.push(...readApiClaim(node, path, base));
    } else if (!inGraph) {
      wrongShape(path, types[0] ?? node);
    }
  };
  const base =
    options.pageUrl && /^https?:\/\//i.test(options.pageUrl) && URL.canParse(options.pageUrl)
      ? options.pageUrl
      : undefined;
  visit(document, [], base, false);

  // Items come back even when they have issues, so their ratings are checked too and a refusal
  // lists every field at fault; the import takes only the items without issues.
  const items = results.flatMap((result) => result.item ?? []);
  const issues = results.flatMap((result) => result.issues);
  if (!items.length && !issues.length) {
    issues.push({ path: [], item: [], code: 'EMPTY', message: 'The document holds no reviews.' });
  }
  return { items, issues };
}

// ---------------------------------------------------------------------------------------------
// Import: review items into Claims, claimant Actors and Assessments.

export type ImportMode = 'ALL_OR_NOTHING' | 'PARTIAL';

export interface ImportClaimReviewOptions {
  /** A fact-checker's own textual ratings and the statuses they mean, beside rating-words.ts. */
  ratings?: Readonly<Record<string, VerificationStatus>> | undefined;
  /** The type of claims the import creates; reviews do not say (STATE_OF_AFFAIRS by default). */
  claimType?: ClaimType | undefined;
  /** The page the document was published on, for relative urls. */
  pageUrl?: string | undefined;
  /**
   * ALL_OR_NOTHING (the default) refuses the document when one review is refused; PARTIAL imports
   * the valid reviews and reports each refused one.
   */
  mode?: ImportMode | undefined;
}

export interface ImportedReview {
  /** Where the review is in the document. */
  path: string[];
  claimId: number;
  claimCreated: boolean;
  /** The new assessment; null when this review was imported before (same import key). */
  assessmentId: number | null;
  verificationStatus: VerificationStatus;
}

export interface RefusedReview {
  /** Where the review is in the document. */
  path: string[];
  /** Why: each field at fault, the value found there and the reason. */
  issues: { field: string[]; value: string | null; code: string; message: string }[];
}

export interface ClaimReviewImport {
  reviews: ImportedReview[];
  refused: RefusedReview[];
  claimsCreated: number;
  actorsCreated: number;
  assessmentsCreated: number;
  /** Reviews already in the graph (same import key), left as they were. */
  unchanged: number;
}

const fold = (value: string) => value.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

function wikidataIdOf(urls: readonly string[]) {
  for (const url of urls) {
    const match = /wikidata\.org\/(?:wiki|entity)\/(Q[1-9]\d*)$/.exec(url);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/**
 * What makes importing a review idempotent: its url with its claim (a page may review several
 * claims under one url); without a url, its author, claim and rating.
 */
export function importKeyOf(item: Pick<ReviewItem, 'reviewUrl' | 'reviewer' | 'claimText' | 'rating'>) {
  const basis = item.reviewUrl
    ? ['url', item.reviewUrl, fold(item.claimText)]
    : ['review', fold(item.reviewer), fold(item.claimText), foldRating(item.rating.text ?? '')];
  return createHash('sha256').update(basis.join('\n')).digest('base64url');
}

/** Resolves every item's rating; the issues of those that do not resolve. */
export function resolveStatuses(
  items: readonly ReviewItem[],
  extra: Readonly<Record<string, VerificationStatus>> = {},
) {
  const statuses = new Map<ReviewItem, VerificationStatus>();
  const issues: ItemIssue[] = [];
  for (const item of items) {
    const resolution = statusForRating(item.rating, extra);
    if (resolution.status) {
      statuses.set(item, resolution.status);
      continue;
    }
    const api = item.path.includes('claimReview') && !item.path.includes('@graph');
    const words = item.rating.text;
    issues.push({
      path: [...item.path, ...(api ? ['textualRating'] : ['reviewRating', 'alternateName'])],
      item: item.path,
      code: resolution.reason,
      value: words,
      message: words
        ? `The rating "${words.slice(0, 200)}" is not in claimgraph's table of verdict words; map it with the ratings option.`
        : 'The rating gives no words (alternateName); claimgraph does not read a verdict from a number alone.',
    });
  }
  return { statuses, issues };
}

function refusals(issues: readonly ItemIssue[]): RefusedReview[] {
  const byItem = new Map<string, RefusedReview>();
  for (const issue of issues) {
    const key = JSON.stringify(issue.item);
    const refused = byItem.get(key) ?? { path: issue.item, issues: [] };
    refused.issues.push({
      field: issue.path.slice(issue.item.length),
      value: issue.value ?? null,
      code: issue.code,
      message: issue.message,
    });
    byItem.set(key, refused);
  }
  return [...byItem.values()];
}

/**
 * Imports ClaimReviews (any shape readClaimReviews accepts) in the caller's transaction. Every
 * review is checked before anything is written. All or nothing (the default): one refused review
 * refuses the document with an issue per field at fault. PARTIAL: the valid reviews are imported
 * and each refused one is reported with its fields, values and reasons.
 *
 * A claim is found by its IRI when it is this instance's own, by an IRI recorded at an earlier
 * import (sameAs), or by its words (case and spacing aside); otherwise it is created, recording the
 * review's IRI for it. Claimants are found by Wikidata ID, name or alias. Each review becomes an
 * assessment keeping the review as published (rating, url, dates, headline, body, language…);
 * a review whose import key (importKeyOf) is already in the graph is left alone, so importing the
 * same document twice changes nothing.
 */
export async function importClaimReviews(
  w: Write,
  document: unknown,
  options: ImportClaimReviewOptions = {},
): Promise<ClaimReviewImport> {
  const { tx } = w;
  const read = readClaimReviews(document, { pageUrl: options.pageUrl });
  const resolved = resolveStatuses(read.items, options.ratings);
  const problems = [...read.issues, ...resolved.issues];
  if (options.mode !== 'PARTIAL' || problems.some((issue) => issue.code === 'EMPTY')) {
    assertValid(
      problems.map((issue) => ({
        path: ['input', 'document', ...issue.path],
        code: issue.code,
        message: issue.message,
      })),
      `Nothing was imported: ${problems.length} problem(s) in the document.`,
    );
  }
  const refusedPaths = new Set(problems.map((issue) => JSON.stringify(issue.item)));
  const items = read.items.filter((item) => !refusedPaths.has(JSON.stringify(item.path)));

  const result: ClaimReviewImport = {
    reviews: [],
    refused: refusals(problems),
    claimsCreated: 0,
    actorsCreated: 0,
    assessmentsCreated: 0,
    unchanged: 0,
  };
  if (!items.length) return result;

  // Claims: this instance's own IRIs, IRIs recorded at earlier imports, then words.
  const iris = [...new Set(items.flatMap((item) => [item.claimIri ?? [], ...item.claimSameAs].flat()))];
  const ownIds = items.flatMap((item) => {
    const named = item.claimIri ? parseIri(item.claimIri) : null;
    return named?.type === 'Claim' ? [named.id] : [];
  });
  const texts = [...new Set(items.map((item) => item.claimText))];
  const existingClaims = await tx.claim.findMany({
    where: {
      archivedAt: null,
      mergedIntoId: null,
      OR: [
        ...(ownIds.length ? [{ id: { in: ownIds } }] : []),
        ...(iris.length ? [{ sameAs: { hasSome: iris } }] : []),
        ...texts.map((words) => ({ text: { equals: words, mode: 'insensitive' as const } })),
      ],
    },
    select: { id: true, text: true, sameAs: true },
    orderBy: { id: 'asc' },
  });
  const claimByIri = new Map<string, number>();
  const claimByText = new Map<string, number>();
  for (const claim of existingClaims) {
    claimByIri.set(iri('Claim', claim.id), claim.id);
    for (const same of claim.sameAs) if (!claimByIri.has(same)) claimByIri.set(same, claim.id);
    if (!claimByText.has(fold(claim.text))) claimByText.set(fold(claim.text), claim.id);
  }

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

  const keys = items.map((item) => importKeyOf(item));
  const reviewUrls = items.flatMap((item) => item.reviewUrl ?? []);
  const earlier = await tx.assessment.findMany({
    where: {
      OR: [
        { importKey: { in: keys } },
        ...(reviewUrls.length ? [{ reviewUrl: { in: reviewUrls }, importKey: null }] : []),
      ],
    },
    select: { claimId: true, reviewUrl: true, importKey: true },
  });
  const seen = new Set(earlier.flatMap((a) => [a.importKey ?? [], `${a.claimId} ${a.reviewUrl}`].flat()));

  const touched = new Set<number>();
  for (const [i, item] of items.entries()) {
    const status = resolved.statuses.get(item) as VerificationStatus;
    const key = keys[i] as string;
    const claimantIds: number[] = [];
    for (const claimant of item.claimants) {
      const wikidataId = wikidataIdOf(claimant.sameAs);
      let actorId = (wikidataId && actorIds.get(wikidataId)) || actorIds.get(fold(claimant.name));
      if (!actorId) {
        const actor = await createActor(w, {
          name: claimant.name,
          aliases: claimant.aliases,
          kind: (claimant.type && ACTOR_KIND_OF_SCHEMA_ORG_TYPE[claimant.type]) || 'UNCLASSIFIED',
          wikidataId: wikidataId ?? null,
        });
        const sameAs = claimant.sameAs.filter((url) => wikidataIdOf([url]) === undefined);
        if (sameAs.length) await tx.actor.update({ where: { id: actor.id }, data: { sameAs } });
        actorId = actor.id;
        result.actorsCreated += 1;
        actorIds.set(fold(claimant.name), actorId);
        if (wikidataId) actorIds.set(wikidataId, actorId);
      }
      if (!claimantIds.includes(actorId)) claimantIds.push(actorId);
    }

    const foreign = [item.claimIri, ...item.claimSameAs].filter(
      (name): name is string => name !== undefined && parseIri(name) === null,
    );
    let claimId =
      [item.claimIri, ...item.claimSameAs].flatMap((name) => (name && claimByIri.get(name)) || [])[0] ??
      claimByText.get(fold(item.claimText));
    const claimCreated = claimId === undefined;
    if (claimId === undefined) {
      const claim = await createClaim(w, {
        text: item.claimText,
        type: item.claimType ?? options.claimType ?? 'STATE_OF_AFFAIRS',
        actors: claimantIds.map((actorId) => ({ actorId, role: 'CLAIMANT' as const })),
      });
      claimId = claim.id;
      result.claimsCreated += 1;
      claimByText.set(fold(item.claimText), claimId);
    } else if (claimantIds.length) {
      await addClaimants(w, claimId, claimantIds);
    }
    if (foreign.length) await recordSameAs(w, claimId, foreign);
    for (const name of foreign) claimByIri.set(name, claimId);

    if (seen.has(key) || (item.reviewUrl && seen.has(`${claimId} ${item.reviewUrl}`))) {
      result.unchanged += 1;
      result.reviews.push({ path: item.path, claimId, claimCreated, assessmentId: null, verificationStatus: status });
      continue;
    }
    seen.add(key);
    const assessment = await addAssessment(w, {
      claimId,
      verificationStatus: status,
      // The reviewer's own explanation, never words claimgraph writes for them; the review itself
      // (its page, its rating) stands for the rationale of an imported verdict.
      rationale: item.explanation ?? null,
      importKey: key,
      assessedBy: item.reviewer,
      assessedAt: item.reviewDate ?? new Date(),
      evidence: [
        ...(item.firstAppearance ? [{ url: item.firstAppearance, title: null, note: FIRST_APPEARANCE_NOTE }] : []),
        ...item.appearances.map((url) => ({ url, title: null, note: APPEARANCE_NOTE })),
      ],
    });
    await keepOriginal(w, assessment.id, claimId, item, key);
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

/** Records IRIs another system gives a claim, so a later import finds it by them. */
async function recordSameAs(w: Write, claimId: number, iris: readonly string[]) {
  const claim = await w.tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { sameAs: true } });
  const added = iris.filter((name) => !claim.sameAs.includes(name));
  if (!added.length) return;
  const sameAs = [...claim.sameAs, ...added];
  await w.tx.claim.update({ where: { id: claimId }, data: { sameAs } });
  w.audit.record({
    entityType: 'Claim',
    entityId: claimId,
    operation: 'UPDATE',
    changes: { sameAs: { before: claim.sameAs, after: sameAs } },
    claimId,
  });
}

/** Adds the CLAIMANT roles a claim does not have yet. */
async function addClaimants(w: Write, claimId: number, actorIds: readonly number[]) {
  const have = await w.tx.claimActor.findMany({ where: { claimId, role: 'CLAIMANT', actorId: { in: [...actorIds] } } });
  for (const actorId of actorIds) {
    if (!have.some((role) => role.actorId === actorId)) await addClaimActor(w, { claimId, actorId, role: 'CLAIMANT' });
  }
}

/** Keeps the review as published beside the assessment it became. */
async function keepOriginal(w: Write, assessmentId: number, claimId: number, item: ReviewItem, importKey: string) {
  const original = {
    reviewUrl: item.reviewUrl ?? null,
    originalRating: item.rating.text ?? null,
    originalRatingValue: item.rating.ratingValue ?? null,
    originalBestRating: item.rating.bestRating ?? null,
    originalWorstRating: item.rating.worstRating ?? null,
    reviewPublishedAt: item.reviewDate ?? null,
    reviewHeadline: item.headline ?? null,
    reviewName: item.name ?? null,
    reviewBody: item.body ?? null,
    reviewLanguage: item.language ?? null,
    reviewAuthorUrl: item.reviewerUrl ?? null,
    reviewRatingImage: item.rating.image ?? null,
    claimDatePublished: item.claimDate ?? null,
    importKey,
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
