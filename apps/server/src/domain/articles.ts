import { detectBlocks, sha256Hex } from './article-text.js';
import { validationError } from './errors.js';
import type { Tx } from './tx.js';

export interface IngestArticleInput {
  text: string;
  headline: string;
  url?: string | null | undefined;
  byline?: string | null | undefined;
  language?: string | null | undefined;
  publishedAt?: Date | null | undefined;
  publisherId?: number | null | undefined;
  originalPublisherId?: number | null | undefined;
  retrievedAt?: Date | undefined;
  /** Names that may stand alone as the byline line (the publishers' names are added). */
  bylineNames?: readonly string[] | undefined;
}

/**
 * Stores an article and its text as a hashed version with detected blocks. Storing a text that an
 * article already has is idempotent: the existing version is returned.
 */
export async function createArticleWithText(tx: Tx, input: IngestArticleInput) {
  if (!input.text.trim()) throw validationError(['input', 'text'], 'The article text is empty.');
  if (!input.headline.trim()) throw validationError(['input', 'headline'], 'The headline is empty.');
  const article = await tx.article.create({
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
  const version = await storeVersion(tx, article.id, input);
  return { article, version };
}

/** Adds `text` as the article's next version, or returns the version that already has it. */
export async function storeVersion(
  tx: Tx,
  articleId: number,
  input: Pick<IngestArticleInput, 'text' | 'headline' | 'retrievedAt' | 'bylineNames'>,
) {
  const sha256 = sha256Hex(input.text);
  const existing = await tx.articleVersion.findUnique({
    where: { articleId_sha256: { articleId, sha256 } },
    include: { blocks: { orderBy: { ordinal: 'asc' } } },
  });
  if (existing) return { ...existing, created: false };
  const latest = await tx.articleVersion.findFirst({
    where: { articleId },
    orderBy: { number: 'desc' },
    select: { number: true },
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
    include: { blocks: { orderBy: { ordinal: 'asc' } } },
  });
  return { ...version, created: true };
}
