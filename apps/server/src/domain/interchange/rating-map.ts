/**
 * How claimgraph's verification statuses become schema.org ClaimReview ratings and back.
 *
 * This module and its word list (rating-words.ts) have no other dependencies (not even on the
 * generated Prisma types), so the SDK ships both as they are: they are the one place the mapping is
 * written down.
 *
 * Export: a claim whose current assessment closes it becomes a ClaimReview whose `reviewRating`
 * is the row of RATING_TABLE for its status, on a 1 (false) to 5 (true) scale. Statuses that are
 * not on a true–false scale (UNVERIFIABLE, NOT_CHECKABLE) carry a textual rating and no number;
 * open statuses (UNVERIFIED, IN_PROGRESS) are not published as reviews at all.
 *
 * | status          | ratingValue (1–5) | alternateName   |
 * | --------------- | ----------------- | --------------- |
 * | CONFIRMED_TRUE  | 5                 | True            |
 * | PROBABLY_TRUE   | 4                 | Mostly true     |
 * | MIXED           | 3                 | Mixed           |
 * | MISLEADING      | 2                 | Misleading      |
 * | PROBABLY_FALSE  | 2                 | Mostly false    |
 * | CONFIRMED_FALSE | 1                 | False           |
 * | UNVERIFIABLE    | –                 | Unproven        |
 * | NOT_CHECKABLE   | –                 | Not checkable   |
 * | UNVERIFIED      | not published     |                 |
 * | IN_PROGRESS     | not published     |                 |
 *
 * Import: a review's textual rating (`alternateName`, or the Fact Check Tools feed's
 * `textualRating`) is looked up, after folding case, accents and punctuation, in the caller's own
 * mapping and then in RATING_WORDS (rating-words.ts: fact-checkers' scales in English, Spanish,
 * Portuguese, French, German, Italian, Arabic, Hindi and Chinese, each word with its source).
 * Words in neither are refused (UNKNOWN_RATING, naming the words): a verdict is never guessed,
 * not even from a numeric `ratingValue`, since publishers use their scales inconsistently. The
 * original words and numbers are kept beside the status they were mapped to.
 */

import { RATING_WORDS } from './rating-words.js';

export const VERIFICATION_STATUSES = [
  'UNVERIFIED',
  'IN_PROGRESS',
  'CONFIRMED_TRUE',
  'PROBABLY_TRUE',
  'MIXED',
  'MISLEADING',
  'PROBABLY_FALSE',
  'CONFIRMED_FALSE',
  'UNVERIFIABLE',
  'NOT_CHECKABLE',
] as const;

export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** schema.org's default scale, used for every rating claimgraph publishes. */
export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface ClaimReviewRating {
  '@type': 'Rating';
  /** The position on the 1–5 scale; absent for verdicts that are not on a true–false scale. */
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  /** The verdict in words: what a reader and Google's fact-check snippets show. */
  alternateName: string;
}

export interface RatingRow {
  /** Published as a ClaimReview at all: open statuses are not verdicts. */
  published: boolean;
  ratingValue: number | null;
  alternateName: string;
}

export const RATING_TABLE: Readonly<Record<VerificationStatus, RatingRow>> = {
  CONFIRMED_TRUE: { published: true, ratingValue: 5, alternateName: 'True' },
  PROBABLY_TRUE: { published: true, ratingValue: 4, alternateName: 'Mostly true' },
  MIXED: { published: true, ratingValue: 3, alternateName: 'Mixed' },
  MISLEADING: { published: true, ratingValue: 2, alternateName: 'Misleading' },
  PROBABLY_FALSE: { published: true, ratingValue: 2, alternateName: 'Mostly false' },
  CONFIRMED_FALSE: { published: true, ratingValue: 1, alternateName: 'False' },
  UNVERIFIABLE: { published: true, ratingValue: null, alternateName: 'Unproven' },
  NOT_CHECKABLE: { published: true, ratingValue: null, alternateName: 'Not checkable' },
  UNVERIFIED: { published: false, ratingValue: null, alternateName: 'Unverified' },
  IN_PROGRESS: { published: false, ratingValue: null, alternateName: 'Being checked' },
};

/** The ClaimReview `reviewRating` for a status; null for a status that is not published. */
export function ratingForStatus(status: VerificationStatus): ClaimReviewRating | null {
  const row = RATING_TABLE[status];
  if (!row.published) return null;
  return row.ratingValue == null
    ? { '@type': 'Rating', alternateName: row.alternateName }
    : {
        '@type': 'Rating',
        ratingValue: row.ratingValue,
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
        alternateName: row.alternateName,
      };
}

/**
 * Folds a textual rating for lookup: case, Latin accents, Arabic short vowels, punctuation and
 * spacing do not matter. Other combining marks (Devanagari vowel signs) are part of the word.
 */
export function foldRating(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** RATING_WORDS folded: the words as looked up, and the status they mean. */
export const TEXTUAL_RATINGS: Readonly<Record<string, VerificationStatus>> = (() => {
  const table: Record<string, VerificationStatus> = {};
  for (const entry of RATING_WORDS) {
    const key = foldRating(entry.words);
    const known = table[key];
    // Two publishers' words that fold alike must mean the same, or the table would guess.
    if (known && known !== entry.status)
      throw new Error(`Rating words "${entry.words}" mean ${known} and ${entry.status}`);
    table[key] = entry.status;
  }
  return table;
})();

/**
 * @deprecated Numbers no longer decide a verdict (statusForRating reads words only); kept so code
 * built on the SDK's earlier releases still compiles.
 */
export const NUMERIC_BANDS: readonly { from: number; status: VerificationStatus }[] = [
  { from: 0.875, status: 'CONFIRMED_TRUE' },
  { from: 0.625, status: 'PROBABLY_TRUE' },
  { from: 0.375, status: 'MIXED' },
  { from: 0.125, status: 'PROBABLY_FALSE' },
  { from: 0, status: 'CONFIRMED_FALSE' },
];

export interface ReviewRatingInput {
  /** The words: ClaimReview `alternateName` (or the deprecated `name`), the feed's `textualRating`. */
  text?: string | null | undefined;
  ratingValue?: number | null | undefined;
  bestRating?: number | null | undefined;
  worstRating?: number | null | undefined;
}

export type RatingResolution =
  | { status: VerificationStatus; by: 'text' | 'mapping' }
  | { status: null; reason: 'UNKNOWN_RATING' };

/**
 * The verification status a published rating means: the caller's mapping (`extra`, a fact-checker's
 * own scale, keyed by its words in any case or spacing) first, then RATING_WORDS. Numbers alone
 * never decide.
 */
export function statusForRating(
  rating: ReviewRatingInput,
  extra: Readonly<Record<string, VerificationStatus>> = {},
): RatingResolution {
  if (!rating.text) return { status: null, reason: 'UNKNOWN_RATING' };
  const folded = foldRating(rating.text);
  const own = Object.entries(extra).find(([words]) => foldRating(words) === folded)?.[1];
  if (own) return { status: own, by: 'mapping' };
  const status = TEXTUAL_RATINGS[folded];
  return status ? { status, by: 'text' } : { status: null, reason: 'UNKNOWN_RATING' };
}
