import { type ReanchorResult, reanchorAppearances } from './appearances.js';
import { detectBlocks, sha256Hex } from './article-text.js';
import { changesOf, type Write } from './audit.js';
import { notFound, validationError } from './errors.js';
import { lockName, lockRows } from './locks.js';
import { nextRevision, updateAtRevision } from './revision.js';
import type { Tx } from './tx.js';

export interface ArticleFields {
  headline: string;
  url?: string | null | undefined;
  byline?: string | null | undefined;
  language?: string | null | undefined;
  publishedAt?: Date | null | undefined;
  publisherId?: number | null | undefined;
  originalPublisherId?: number | null | undefined;
}

export interface IngestArticleInput extends Partial<ArticleFields> {
  text: string;
  /** Adds the text as a new version of this article; otherwise an article with the same url, or a new one. */
  articleId?: number | null | undefined;
  retrievedAt?: Date | undefined;
  /** Names that may stand alone as the byline line (the publishers' names are added). */
  bylineNames?: readonly string[] | undefined;
}

const FIELDS = [
  'headline',
  'url',
  'byline',
  'language',
  'publishedAt',
  'publisherId',
  'originalPublisherId',
  'archivedAt',
] as const;
const MAX_TEXT = 2_000_000;

async function checkFields(tx: Tx, fields: Partial<ArticleFields>) {
  if (fields.headline !== undefined && !fields.headline.trim())
    throw validationError(['input', 'headline'], 'The headline is empty.');
  if (fields.url != null && !URL.canParse(fields.url)) throw validationError(['input', 'url'], 'Not a URL.');
  for (const key of ['publisherId', 'originalPublisherId'] as const) {
    const id = fields[key];
    if (id != null && !(await tx.source.findUnique({ where: { id }, select: { id: true } }))) {
      throw notFound(key === 'publisherId' ? 'The publisher' : 'The original publisher', ['input', key]);
    }
  }
}

async function bylineNamesOf(tx: Tx, fields: Partial<ArticleFields>, extra: readonly string[] = []) {
  const ids = [fields.publisherId, fields.originalPublisherId].filter((id): id is number => id != null);
  const sources = ids.length ? await tx.source.findMany({ where: { id: { in: ids } }, select: { name: true } }) : [];
  return [...extra, ...sources.flatMap((s) => [s.name, s.name.replace(/^The /, '')])];
}

/** Adds `text` as the article's next version, or returns the version that already has it. */
export async function storeVersion(
  w: Write,
  articleId: number,
  input: {
    text: string;
    headline: string;
    retrievedAt?: Date | undefined;
    bylineNames?: readonly string[] | undefined;
  },
) {
  const { tx } = w;
  // Concurrent new texts of one article take turns, so each gets the next number.
  await lockRows(tx, 'Article', [articleId]);
  const sha256 = sha256Hex(input.text);
  const existing = await tx.articleVersion.findUnique({ where: { articleId_sha256: { articleId, sha256 } } });
  if (existing) return { version: existing, created: false, previousId: null };
  const latest = await tx.articleVersion.findFirst({
    where: { articleId },
    orderBy: { number: 'desc' },
    select: { id: true, number: true },
  });
  const blocks = detectBlocks(input.text, { headline: input.headline, bylines: input.bylineNames });
  const version = await tx.articleVersion.create({
    data: {
      articleId,
      number: (latest?.number ?? 0) + 1,
      text: input.text,
      sha256,
      retrievedAt: input.retrievedAt ?? new Date(),
      blocks: { create: blocks.map((block, ordinal) => ({ ...block, ordinal })) },
    },
  });
  w.audit.record({
    entityType: 'ArticleVersion',
    entityId: version.id,
    operation: 'CREATE',
    changes: {
      number: { before: latest?.number ?? null, after: version.number },
      sha256: { before: null, after: sha256 },
      length: { before: null, after: input.text.length },
    },
    articleId,
  });
  return { version, created: true, previousId: latest?.id ?? null };
}

export interface IngestResult {
  article: { id: number };
  version: { id: number; number: number };
  /** False when the article already had this exact text: nothing was written. */
  created: boolean;
  reanchored: ReanchorResult[];
}

/**
 * Stores an article's text as a hashed version with detected blocks. A new text for an existing
 * article (named by id, or by url) becomes its next version and every appearance is re-anchored;
 * the same text again changes nothing.
 */
export async function ingestArticle(w: Write, input: IngestArticleInput): Promise<IngestResult> {
  const { tx } = w;
  if (!input.text.trim()) throw validationError(['input', 'text'], 'The article text is empty.');
  if (input.text.length > MAX_TEXT)
    throw validationError(['input', 'text'], `The text is longer than ${MAX_TEXT} characters.`);
  await checkFields(tx, input);
  // Two first ingests of one URL take turns: the second finds the article the first created.
  if (input.articleId == null && input.url) await lockName(tx, 'Article.url', input.url);

  let article = input.articleId != null ? await tx.article.findUnique({ where: { id: input.articleId } }) : null;
  if (input.articleId != null && !article) throw notFound('The article', ['input', 'articleId']);
  if (!article && input.url) article = await tx.article.findUnique({ where: { url: input.url } });

  if (!article) {
    if (!input.headline?.trim()) throw validationError(['input', 'headline'], 'A new article needs a headline.');
    article = await tx.article.create({
      data: {
        headline: input.headline.trim(),
        url: input.url ?? null,
        byline: input.byline ?? null,
        language: input.language ?? 'en',
        publishedAt: input.publishedAt ?? null,
        publisherId: input.publisherId ?? null,
        originalPublisherId: input.originalPublisherId ?? null,
      },
    });
    w.audit.record({
      entityType: 'Article',
      entityId: article.id,
      operation: 'CREATE',
      changes: changesOf(null, article, FIELDS),
      articleId: article.id,
    });
  }
  const bylineNames = await bylineNamesOf(tx, article, input.bylineNames);
  const stored = await storeVersion(w, article.id, {
    text: input.text,
    headline: article.headline,
    retrievedAt: input.retrievedAt,
    bylineNames,
  });
  const reanchored =
    stored.created && stored.previousId != null
      ? await reanchorAppearances(w, stored.previousId, stored.version.id)
      : [];
  return { article, version: stored.version, created: stored.created, reanchored };
}

export async function updateArticle(w: Write, id: number, revision: number, fields: Partial<ArticleFields>) {
  await checkFields(w.tx, fields);
  const { before, after } = await updateAtRevision(
    'The article',
    revision,
    () => w.tx.article.findUnique({ where: { id } }),
    () =>
      w.tx.article.update({
        where: { id, revision },
        data: {
          ...(fields.headline !== undefined ? { headline: fields.headline.trim() } : {}),
          ...(fields.url !== undefined ? { url: fields.url } : {}),
          ...(fields.byline !== undefined ? { byline: fields.byline } : {}),
          ...(fields.language != null ? { language: fields.language } : {}),
          ...(fields.publishedAt !== undefined ? { publishedAt: fields.publishedAt } : {}),
          ...(fields.publisherId !== undefined ? { publisherId: fields.publisherId } : {}),
          ...(fields.originalPublisherId !== undefined ? { originalPublisherId: fields.originalPublisherId } : {}),
          ...nextRevision,
        },
      }),
  );
  w.audit.record({
    entityType: 'Article',
    entityId: id,
    operation: 'UPDATE',
    changes: changesOf(before, after, FIELDS),
    articleId: id,
  });
  return after;
}
