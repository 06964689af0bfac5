/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/): every appearance is an annotation
 * on the article, targeting its words with a TextQuoteSelector and a TextPositionSelector on the
 * stored version (a TimeState gives the time that text was retrieved). Its bodies say which claim
 * the words state (`identifying`, with the claim's words as a `describing` body), the stated
 * certainty (`classifying`), and the cue words that carry it, each anchored in the same text.
 */
import type { ClaimType, CueKind, StatedCertainty } from '../../__generated__/prisma/enums.js';
import { type Anchor, AnchorError, anchorQuote, contextOf, normalise, type TextQuote } from '../anchoring.js';
import { addAppearance } from '../appearances.js';
import { blockAt } from '../article-text.js';
import type { Write } from '../audit.js';
import { createClaim } from '../claims.js';
import { assertValid, notFound } from '../errors.js';
import type { JsonObject } from './claimreview.js';

interface ItemIssue {
  path: string[];
  code: string;
  message: string;
}

import { codePointOffset, iri, parseIri, utf16Offset, VOCAB } from './ids.js';
import type { CueRow } from './load.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** claimgraph's terms beside the W3C context: the kind of a cue word. */
export const ANNOTATION_CONTEXT = [ANNO_CONTEXT, { cg: VOCAB, cueKind: 'cg:cueKind' }] as const;

/** The Web Annotation Protocol's media type for annotations. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export const STATED_CERTAINTIES: readonly StatedCertainty[] = [
  'ESTABLISHED_FACT',
  'ASSERTED_UNATTRIBUTED',
  'OFFICIAL_STATEMENT',
  'ATTRIBUTED_STATEMENT',
  'ALLEGATION',
  'ESTIMATE',
  'UNCONFIRMED_REPORT',
  'RUMOUR',
  'SPECULATION',
  'DENIAL',
  'ABSENCE_OF_CONFIRMATION',
  'OPINION',
  'INTENTION',
];
const CLAIM_TYPES: readonly ClaimType[] = [
  'EVENT',
  'INTENTION',
  'QUANTITY',
  'STATEMENT',
  'STATE_OF_AFFAIRS',
  'ABSENCE',
];
const CUE_KINDS: readonly CueKind[] = ['HEDGE', 'SOURCING', 'QUANTIFIER', 'NEGATION', 'ATTRIBUTION_VERB', 'EVALUATIVE'];

/**
 * The concept IRI of an enum value, qualified by its scheme (INTENTION is both a stated certainty
 * and a claim type), e.g. urn:claimgraph:vocab#StatedCertainty.UNCONFIRMED_REPORT.
 */
export type ConceptScheme = 'StatedCertainty' | 'ClaimType';
export const concept = (scheme: ConceptScheme, value: string) => `${VOCAB}${scheme}.${value}`;

interface Anchored {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The two selectors of a span of `text`; positions in code points, as the W3C model counts them. */
export function selectorsOf(text: string, span: Anchored) {
  return [
    { type: 'TextQuoteSelector', exact: span.exact, prefix: span.prefix, suffix: span.suffix },
    { type: 'TextPositionSelector', start: codePointOffset(text, span.start), end: codePointOffset(text, span.end) },
  ];
}

export interface AnnotatedAppearance extends Anchored {
  id: number;
  statedCertainty: StatedCertainty;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  cues: readonly CueRow[];
  claim: { id: number; text: string; type: ClaimType };
}

export interface AnnotatedVersion {
  text: string;
  retrievedAt: Date;
}

export interface AnnotatedArticle {
  id: number;
  url: string | null;
}

/** The annotation of one appearance. `context: false` inside a collection that has its own. */
export function annotationOf(
  appearance: AnnotatedAppearance,
  version: AnnotatedVersion,
  article: AnnotatedArticle,
  options: { context?: boolean } = {},
) {
  const source = article.url ?? iri('Article', article.id);
  const target = {
    type: 'SpecificResource',
    source,
    state: { type: 'TimeState', sourceDate: version.retrievedAt.toISOString() },
    selector: selectorsOf(version.text, appearance),
  };
  const body: JsonObject[] = [
    { type: 'SpecificResource', purpose: 'identifying', source: iri('Claim', appearance.claim.id) },
    { type: 'TextualBody', purpose: 'describing', value: appearance.claim.text, format: 'text/plain' },
    {
      type: 'SpecificResource',
      purpose: 'classifying',
      source: concept('StatedCertainty', appearance.statedCertainty),
    },
    { type: 'SpecificResource', purpose: 'classifying', source: concept('ClaimType', appearance.claim.type) },
    ...appearance.cues.map((cue) => ({
      type: 'SpecificResource',
      purpose: 'describing',
      cueKind: cue.kind,
      source,
      selector: selectorsOf(version.text, cue),
    })),
    ...(appearance.note
      ? [{ type: 'TextualBody', purpose: 'commenting', value: appearance.note, format: 'text/plain' }]
      : []),
  ];
  return {
    ...(options.context === false ? {} : { '@context': ANNOTATION_CONTEXT }),
    id: iri('ClaimAppearance', appearance.id),
    type: 'Annotation',
    motivation: 'identifying',
    created: appearance.createdAt.toISOString(),
    modified: appearance.updatedAt.toISOString(),
    generator: { type: 'Software', name: 'claimgraph' },
    body,
    target,
  };
}

/** Every appearance in an article's versions, as one AnnotationCollection with a single page. */
export function annotationCollectionOf(
  article: AnnotatedArticle & {
    headline: string;
    versions: readonly (AnnotatedVersion & { appearances: readonly AnnotatedAppearance[] })[];
  },
) {
  const items = article.versions.flatMap((version) =>
    version.appearances.map((appearance) => annotationOf(appearance, version, article, { context: false })),
  );
  const id = `${iri('Article', article.id)}#annotations`;
  const label = `Claims stated in “${article.headline}”`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    // W3C Web Annotation: a page MUST have an id; this collection has one page. Its partOf describes
    // the collection (model §5.2's example), so the page read on its own still says what it is part of;
    // the W3C test suite checks a page's partOf as that description.
    first: {
      id: `${id}-page-1`,
      type: 'AnnotationPage',
      partOf: { id, label, total: items.length },
      startIndex: 0,
      items,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Import: annotations with text selectors onto an ingested article.

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}
function typesOf(node: JsonObject) {
  return list(node.type ?? node['@type']).flatMap((t) => (typeof t === 'string' ? [t.replace(/^oa:/, '')] : []));
}
const fold = (value: string) =>
  value
    .toUpperCase()
    .replace(/[^A-Z]+/g, '_')
    .replace(/^_|_$/g, '');

/** An enum value named by words ("unconfirmed report", "Rumour"). */
function enumValue<T extends string>(values: readonly T[], word: unknown): T | undefined {
  if (typeof word !== 'string') return undefined;
  const name = fold(word);
  const spelling: Record<string, string> = { RUMOR: 'RUMOUR' };
  return values.find((value) => value === (spelling[name] ?? name));
}

/** What a classifying body or tag names: a concept IRI is exact; a word may name either scheme. */
function classification(word: string | undefined) {
  if (!word) return {};
  if (word.startsWith(VOCAB)) {
    const [scheme, name] = word.slice(VOCAB.length).split('.', 2);
    if (scheme === 'StatedCertainty') return { certainty: STATED_CERTAINTIES.find((v) => v === name), exact: true };
    if (scheme === 'ClaimType') return { type: CLAIM_TYPES.find((v) => v === name), exact: true };
    return {};
  }
  return { certainty: enumValue(STATED_CERTAINTIES, word), type: enumValue(CLAIM_TYPES, word), exact: false };
}

interface Selectors {
  quote?: TextQuote;
  position?: { start: number; end: number };
}

function selectorsIn(node: JsonObject): Selectors {
  const found: Selectors = {};
  for (const selector of list(node.selector)) {
    if (!isObject(selector)) continue;
    const types = typesOf(selector);
    if (types.includes('TextQuoteSelector') && typeof selector.exact === 'string') {
      found.quote = {
        exact: selector.exact,
        prefix: typeof selector.prefix === 'string' ? selector.prefix : undefined,
        suffix: typeof selector.suffix === 'string' ? selector.suffix : undefined,
      };
    }
    if (types.includes('TextPositionSelector') && Number.isInteger(selector.start) && Number.isInteger(selector.end)) {
      found.position = { start: selector.start as number, end: selector.end as number };
    }
  }
  return found;
}

export interface AnnotationItem {
  path: string[];
  quote: TextQuote;
  anchor: Anchor;
  claimId?: number | undefined;
  /** The claim's IRI when it is another system's (another claimgraph's): matched by sameAs. */
  claimIri?: string | undefined;
  claimText?: string | undefined;
  claimType?: ClaimType | undefined;
  statedCertainty: StatedCertainty;
  cues: { kind: CueKind; quote: TextQuote }[];
  note?: string | undefined;
}

/** The annotations in any accepted shape: one, a list, an AnnotationPage or an AnnotationCollection. */
function annotationNodes(document: unknown): [unknown, string[]][] {
  if (Array.isArray(document)) return document.map((node, i) => [node, [String(i)]]);
  if (isObject(document)) {
    const types = typesOf(document);
    if (types.includes('AnnotationCollection') && isObject(document.first)) {
      return list(document.first.items).map((node, i) => [node, ['first', 'items', String(i)]]);
    }
    if (types.includes('AnnotationPage')) return list(document.items).map((node, i) => [node, ['items', String(i)]]);
  }
  return [[document, []]];
}

function sameSource(a: string, b: string) {
  const norm = (url: string) =>
    url
      .replace(/^https?:\/\//i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Reads annotations against a version's text: each must target the article (by its URL or its
 * claimgraph IRI, when it names a source), carry a TextQuoteSelector or a TextPositionSelector that
 * anchors exactly once in the text, say its stated certainty (a `classifying` body naming a
 * StatedCertainty, or a tag such as "rumour"), and name its claim (an `identifying` body with a
 * claimgraph claim IRI) or give the claim's words (a `describing` body).
 */
export function readAnnotations(
  document: unknown,
  target: {
    text: string;
    blocks: readonly { start: number; end: number }[];
    articleId: number;
    articleUrl: string | null;
  },
): { items: AnnotationItem[]; issues: ItemIssue[] } {
  const items: AnnotationItem[] = [];
  const issues: ItemIssue[] = [];
  const norm = normalise(target.text);
  const nodes = annotationNodes(document);
  if (!nodes.length) issues.push({ path: [], code: 'EMPTY', message: 'The document holds no annotations.' });
  for (const [node, path] of nodes) {
    const fail = (field: string[], code: string, message: string) =>
      issues.push({ path: [...path, ...field], code, message });
    const before = issues.length;
    if (!isObject(node) || !typesOf(node).includes('Annotation')) {
      fail([], 'WRONG_SHAPE', 'Not an Annotation: expected an object whose type is Annotation.');
      continue;
    }
    const targets = list(node.target);
    const targetNode = targets.find((t): t is JsonObject => isObject(t) && t.selector !== undefined);
    if (!targetNode) {
      fail(['target'], 'MISSING_FIELD', 'The annotation’s target has no selector: give a TextQuoteSelector.');
      continue;
    }
    const source = typeof targetNode.source === 'string' ? targetNode.source : undefined;
    const ownIri = iri('Article', target.articleId);
    if (source && source !== ownIri && !(target.articleUrl && sameSource(source, target.articleUrl))) {
      fail(['target', 'source'], 'WRONG_TARGET', `The annotation targets ${source.slice(0, 200)}, not this article.`);
    }
    const selectors = selectorsIn(targetNode);
    let quote = selectors.quote;
    if (!quote && selectors.position) {
      const start = utf16Offset(target.text, selectors.position.start);
      const end = utf16Offset(target.text, selectors.position.end);
      if (start < 0 || end < 0 || end <= start) {
        fail(['target', 'selector'], 'QUOTE_NOT_FOUND', 'The TextPositionSelector is outside the article’s text.');
      } else {
        quote = { exact: target.text.slice(start, end), ...contextOf(target.text, { start, end }) };
      }
    }
    if (!quote && !selectors.position) {
      fail(['target', 'selector'], 'MISSING_FIELD', 'Give a TextQuoteSelector (or a TextPositionSelector).');
    }
    let anchor: Anchor | undefined;
    if (quote) {
      try {
        anchor = anchorQuote(target.text, quote, { normalised: norm });
      } catch (error) {
        if (!(error instanceof AnchorError)) throw error;
        fail(['target', 'selector'], error.code, error.message);
      }
    }

    const bodies = list(node.body).filter(isObject);
    let claimId: number | undefined;
    let claimIri: string | undefined;
    let claimText: string | undefined;
    let claimType: ClaimType | undefined;
    let statedCertainty: StatedCertainty | undefined;
    let note: string | undefined;
    const cues: AnnotationItem['cues'] = [];
    const classes: ReturnType<typeof classification>[] = [];
    bodies.forEach((body, i) => {
      const purpose = typeof body.purpose === 'string' ? body.purpose.replace(/^oa:/, '') : undefined;
      const value = typeof body.value === 'string' ? body.value.trim() : undefined;
      const bodySource =
        typeof body.source === 'string' ? body.source : typeof body.id === 'string' ? body.id : undefined;
      if (purpose === 'identifying' && bodySource) {
        // Only this instance's own IRIs name rows here; another system's IRI (whatever number it
        // holds) is matched by the IRIs recorded at earlier imports.
        const named = parseIri(bodySource);
        if (named?.type === 'Claim') claimId = named.id;
        else if (named)
          fail(['body', String(i)], 'UNKNOWN_CLAIM', `${bodySource.slice(0, 200)} does not name a claim.`);
        else claimIri = bodySource;
      } else if (body.selector !== undefined) {
        const kind = enumValue(CUE_KINDS, body.cueKind ?? body['cg:cueKind']);
        const cueQuote = selectorsIn(body).quote;
        if (kind && cueQuote) cues.push({ kind, quote: cueQuote });
        else fail(['body', String(i)], 'WRONG_SHAPE', 'A cue body needs a cueKind and a TextQuoteSelector.');
      } else if (purpose === 'classifying' || purpose === 'tagging') {
        classes.push(classification(bodySource ?? value));
      } else if (purpose === 'describing' && value) {
        claimText = value;
      } else if (purpose === 'commenting' && value) {
        note = value;
      }
    });
    // Concept IRIs first; then words that can only be one thing; a word that names both (the tag
    // "intention") is the stated certainty unless another body already gives one.
    const pick = <T>(key: 'certainty' | 'type', taken?: string) =>
      (classes.find((c) => c.exact && c[key])?.[key] ??
        classes.find((c) => !c.exact && c[key] && !(key === 'certainty' ? c.type : c.certainty))?.[key] ??
        classes.find((c) => !c.exact && c[key] && c[key] !== taken)?.[key]) as T | undefined;
    statedCertainty = pick<StatedCertainty>('certainty');
    claimType = pick<ClaimType>('type', statedCertainty);
    if (!statedCertainty) {
      fail(
        ['body'],
        'CERTAINTY_MISSING',
        'Say how certain the text is: a classifying body or tag naming a stated certainty (e.g. "rumour").',
      );
    }
    if (claimId === undefined && claimIri === undefined && !claimText) {
      fail(
        ['body'],
        'CLAIM_MISSING',
        'Name the claim (an identifying body with its IRI) or give its words (a describing body).',
      );
    }
    // Cues must sit in the same block as the quote, as addAppearance anchors them.
    if (anchor) {
      const block = blockAt(target.blocks, anchor);
      cues.forEach((cue, i) => {
        try {
          anchorQuote(target.text, cue.quote, { within: block, normalised: norm });
        } catch (error) {
          if (!(error instanceof AnchorError)) throw error;
          fail(['body', 'cues', String(i)], error.code, `Cue: ${error.message}`);
        }
      });
    }
    if (issues.length === before && anchor && quote && statedCertainty) {
      items.push({ path, quote, anchor, claimId, claimIri, claimText, claimType, statedCertainty, cues, note });
    }
  }
  return { items, issues };
}

export interface AnnotationImport {
  appearances: { path: string[]; appearanceId: number | null; claimId: number; claimCreated: boolean }[];
  appearancesCreated: number;
  claimsCreated: number;
  /** Annotations whose claim is already stated at the same words of this version. */
  unchanged: number;
}

/**
 * Imports Web Annotations onto an article's latest version, in the caller's transaction: each
 * becomes an appearance anchored by its quote with addAppearance. Every annotation is checked first;
 * one that does not fit (wrong shape, a quote not in the text, no stated certainty, an unknown
 * claim) refuses the whole document with an issue per annotation, and nothing is written.
 */
export async function importWebAnnotations(
  w: Write,
  articleId: number,
  document: unknown,
  options: { claimType?: ClaimType | undefined } = {},
): Promise<AnnotationImport> {
  const { tx } = w;
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      url: true,
      versions: {
        orderBy: { number: 'desc' },
        take: 1,
        select: { id: true, text: true, blocks: { select: { start: true, end: true } } },
      },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound('The article', ['input', 'article']);
  const read = readAnnotations(document, {
    text: version.text,
    blocks: version.blocks,
    articleId: article.id,
    articleUrl: article.url,
  });
  const named = [...new Set(read.items.flatMap((item) => item.claimId ?? []))];
  const known = new Set(
    (named.length
      ? await tx.claim.findMany({ where: { id: { in: named }, archivedAt: null }, select: { id: true } })
      : []
    ).map((claim) => claim.id),
  );
  // Another system's claim IRI: the claim that recorded it at an earlier import, else found or
  // created by the annotation's words (and the IRI recorded for next time).
  const foreign = [...new Set(read.items.flatMap((item) => item.claimIri ?? []))];
  const recorded = new Map<string, number>();
  if (foreign.length) {
    const claims = await tx.claim.findMany({
      where: { sameAs: { hasSome: foreign }, archivedAt: null, mergedIntoId: null },
      select: { id: true, sameAs: true },
      orderBy: { id: 'asc' },
    });
    for (const claim of claims) for (const name of claim.sameAs) if (!recorded.has(name)) recorded.set(name, claim.id);
  }
  for (const item of read.items) if (item.claimIri) item.claimId = recorded.get(item.claimIri);
  const issues = [
    ...read.issues,
    ...read.items.flatMap((item) =>
      item.claimId !== undefined && !known.has(item.claimId) && !item.claimIri
        ? [{ path: [...item.path, 'body'], code: 'UNKNOWN_CLAIM', message: 'The claim it names does not exist.' }]
        : item.claimIri && item.claimId === undefined && !item.claimText
          ? [
              {
                path: [...item.path, 'body'],
                code: 'UNKNOWN_CLAIM',
                message: `${item.claimIri.slice(0, 200)} is another system’s claim not recorded here: give its words (a describing body).`,
              },
            ]
          : [],
    ),
  ].map((issue) => ({ ...issue, path: ['input', 'document', ...issue.path] }));
  assertValid(issues, `Nothing was imported: ${issues.length} problem(s) in the annotations.`);

  const existing = await tx.claimAppearance.findMany({
    where: { versionId: version.id, archivedAt: null },
    select: { claimId: true, start: true, end: true },
  });
  const stated = new Set(existing.map((a) => `${a.claimId} ${a.start} ${a.end}`));
  const byText = new Map<string, number>();
  const result: AnnotationImport = { appearances: [], appearancesCreated: 0, claimsCreated: 0, unchanged: 0 };
  for (const item of read.items) {
    let claimId = item.claimId;
    let claimCreated = false;
    if (claimId === undefined) {
      const words = item.claimText as string;
      const key = words.replace(/\s+/g, ' ').trim().toLowerCase();
      claimId =
        byText.get(key) ??
        (
          await tx.claim.findFirst({
            where: { text: { equals: words.trim(), mode: 'insensitive' }, archivedAt: null, mergedIntoId: null },
            select: { id: true },
            orderBy: { id: 'asc' },
          })
        )?.id;
      if (claimId === undefined) {
        claimId = (
          await createClaim(w, { text: words, type: item.claimType ?? options.claimType ?? 'STATE_OF_AFFAIRS' })
        ).id;
        claimCreated = true;
        result.claimsCreated += 1;
      }
      byText.set(key, claimId);
      if (item.claimIri) await recordClaimIri(w, claimId, item.claimIri);
    }
    const key = `${claimId} ${item.anchor.start} ${item.anchor.end}`;
    if (stated.has(key)) {
      result.unchanged += 1;
      result.appearances.push({ path: item.path, appearanceId: null, claimId, claimCreated });
      continue;
    }
    stated.add(key);
    const appearance = await addAppearance(w, {
      claimId,
      versionId: version.id,
      quote: item.quote,
      statedCertainty: item.statedCertainty,
      cues: item.cues,
      note: item.note ?? null,
    });
    result.appearancesCreated += 1;
    result.appearances.push({ path: item.path, appearanceId: appearance.id, claimId, claimCreated });
  }
  return result;
}

/** Records another system's IRI for a claim (Claim.sameAs), so the next import finds it by it. */
async function recordClaimIri(w: Write, claimId: number, name: string) {
  const claim = await w.tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { sameAs: true } });
  if (claim.sameAs.includes(name)) return;
  const sameAs = [...claim.sameAs, name];
  await w.tx.claim.update({ where: { id: claimId }, data: { sameAs } });
  w.audit.record({
    entityType: 'Claim',
    entityId: claimId,
    operation: 'UPDATE',
    changes: { sameAs: { before: claim.sameAs, after: sameAs } },
    claimId,
  });
}
