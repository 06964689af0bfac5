/**
 * How claimgraph's verification statuses become schema.org ClaimReview ratings and back.
 *
 * This module has no dependencies (not even on the generated Prisma types), so the SDK can ship it
 * as it is: it is the one place the mapping is written down.
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
 * `textualRating`) is looked up in TEXTUAL_RATINGS after folding case, punctuation and spacing
 * (fact-checkers' own scales: "Pants on Fire", "Four Pinocchios", "Missing context"…); when the
 * words are not in the table, a numeric `ratingValue` is placed on its `worstRating`–`bestRating`
 * scale (schema.org's default 1–5) with NUMERIC_BANDS. A rating that neither resolves is refused,
 * never guessed. The original words and numbers are kept beside the status they were mapped to.
 */

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
 * Textual ratings, as fact-checkers publish them, folded with foldRating(). Each of the table's own
 * words maps back to its status, so an export reads back unchanged.
 */
export const TEXTUAL_RATINGS: Readonly<Record<string, VerificationStatus>> = {
  true: 'CONFIRMED_TRUE',
  correct: 'CONFIRMED_TRUE',
  accurate: 'CONFIRMED_TRUE',
  'geppetto checkmark': 'CONFIRMED_TRUE',
  'mostly true': 'PROBABLY_TRUE',
  'mostly correct': 'PROBABLY_TRUE',
  'mostly accurate': 'PROBABLY_TRUE',
  'largely accurate': 'PROBABLY_TRUE',
  'probably true': 'PROBABLY_TRUE',
  'one pinocchio': 'PROBABLY_TRUE',
  mixed: 'MIXED',
  mixture: 'MIXED',
  'half true': 'MIXED',
  'partly true': 'MIXED',
  'partly false': 'MIXED',
  'partially true': 'MIXED',
  'partially false': 'MIXED',
  'two pinocchios': 'MIXED',
  misleading: 'MISLEADING',
  'missing context': 'MISLEADING',
  'lacks context': 'MISLEADING',
  'needs context': 'MISLEADING',
  'out of context': 'MISLEADING',
  miscaptioned: 'MISLEADING',
  'cherry picks': 'MISLEADING',
  exaggerated: 'MISLEADING',
  distorted: 'MISLEADING',
  'mostly false': 'PROBABLY_FALSE',
  'probably false': 'PROBABLY_FALSE',
  'barely true': 'PROBABLY_FALSE',
  'three pinocchios': 'PROBABLY_FALSE',
  false: 'CONFIRMED_FALSE',
  incorrect: 'CONFIRMED_FALSE',
  inaccurate: 'CONFIRMED_FALSE',
  wrong: 'CONFIRMED_FALSE',
  fake: 'CONFIRMED_FALSE',
  fabricated: 'CONFIRMED_FALSE',
  'pants on fire': 'CONFIRMED_FALSE',
  'four pinocchios': 'CONFIRMED_FALSE',
  unproven: 'UNVERIFIABLE',
  unverifiable: 'UNVERIFIABLE',
  unsubstantiated: 'UNVERIFIABLE',
  unsupported: 'UNVERIFIABLE',
  'no evidence': 'UNVERIFIABLE',
  'not enough evidence': 'UNVERIFIABLE',
  'cannot be verified': 'UNVERIFIABLE',
  'not checkable': 'NOT_CHECKABLE',
  'not a claim': 'NOT_CHECKABLE',
  opinion: 'NOT_CHECKABLE',
  satire: 'NOT_CHECKABLE',
};

/** Folds a textual rating for lookup: case, accents, punctuation and spacing do not matter. */
export function foldRating(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Where a numeric rating falls on its scale, from 0 (worst) to 1 (best), and the status it means. */
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
  | { status: VerificationStatus; by: 'text' | 'number' }
  | { status: null; reason: 'UNKNOWN_RATING' | 'BAD_SCALE' };

/**
 * The verification status a published rating means. `extra` adds or overrides textual ratings
 * (a fact-checker's own scale), keyed by their words in any case or spacing.
 */
export function statusForRating(
  rating: ReviewRatingInput,
  extra: Readonly<Record<string, VerificationStatus>> = {},
): RatingResolution {
  if (rating.text) {
    const folded = foldRating(rating.text);
    const own = Object.entries(extra).find(([words]) => foldRating(words) === folded)?.[1];
    const status = own ?? TEXTUAL_RATINGS[folded];
    if (status) return { status, by: 'text' };
  }
  if (rating.ratingValue == null || !Number.isFinite(rating.ratingValue)) {
    return { status: null, reason: 'UNKNOWN_RATING' };
  }
  const best = rating.bestRating ?? BEST_RATING;
  const worst = rating.worstRating ?? WORST_RATING;
  // A scale may run either way (some reviewers give 1 as their best rating).
  const position = best === worst ? Number.NaN : (rating.ratingValue - worst) / (best - worst);
  if (!(position >= 0 && position <= 1)) return { status: null, reason: 'BAD_SCALE' };
  const band = NUMERIC_BANDS.find((b) => position >= b.from);
  return band ? { status: band.status, by: 'number' } : { status: null, reason: 'BAD_SCALE' };
}
