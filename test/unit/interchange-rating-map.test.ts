import { describe, expect, test } from 'vitest';
import { VerificationStatus as PrismaStatus } from '../../apps/server/src/__generated__/prisma/enums.js';
import {
  foldRating,
  RATING_TABLE,
  ratingForStatus,
  statusForRating,
  TEXTUAL_RATINGS,
  VERIFICATION_STATUSES,
} from '../../apps/server/src/domain/interchange/rating-map.js';

describe('the ClaimReview rating table', () => {
  test('covers exactly the verification statuses of the data model', () => {
    expect([...VERIFICATION_STATUSES].sort()).toEqual(Object.values(PrismaStatus).sort());
    expect(Object.keys(RATING_TABLE).sort()).toEqual([...VERIFICATION_STATUSES].sort());
  });

  test('publishes verdicts on a 1–5 scale, words-only for verdicts off the scale, and nothing for open claims', () => {
    expect(ratingForStatus('CONFIRMED_FALSE')).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'False',
    });
    expect(ratingForStatus('PROBABLY_TRUE')?.ratingValue).toBe(4);
    expect(ratingForStatus('UNVERIFIABLE')).toEqual({ '@type': 'Rating', alternateName: 'Unproven' });
    expect(ratingForStatus('IN_PROGRESS')).toBeNull();
    expect(ratingForStatus('UNVERIFIED')).toBeNull();
  });

  test('every published rating reads back as the status it came from', () => {
    for (const status of VERIFICATION_STATUSES) {
      const rating = ratingForStatus(status);
      if (!rating) continue;
      expect(statusForRating({ text: rating.alternateName, ratingValue: rating.ratingValue })).toEqual({
        status,
        by: 'text',
      });
    }
  });

  test('reads fact-checkers’ own words whatever their case, accents and punctuation', () => {
    expect(statusForRating({ text: 'PANTS ON FIRE!' })).toEqual({ status: 'CONFIRMED_FALSE', by: 'text' });
    expect(statusForRating({ text: 'Half-True' })).toEqual({ status: 'MIXED', by: 'text' });
    expect(statusForRating({ text: ' Missing   context ' })).toEqual({ status: 'MISLEADING', by: 'text' });
    expect(foldRating('Faux / Fálso')).toBe('faux falso');
    for (const words of Object.keys(TEXTUAL_RATINGS)) expect(foldRating(words)).toBe(words);
  });

  test('places a number on its own scale when the words are unknown, either way round', () => {
    expect(statusForRating({ text: 'Zombie claim', ratingValue: 1, bestRating: 5, worstRating: 1 })).toEqual({
      status: 'CONFIRMED_FALSE',
      by: 'number',
    });
    expect(statusForRating({ ratingValue: 9, bestRating: 10, worstRating: 0 })).toEqual({
      status: 'CONFIRMED_TRUE',
      by: 'number',
    });
    expect(statusForRating({ ratingValue: 3 })).toEqual({ status: 'MIXED', by: 'number' });
    expect(statusForRating({ ratingValue: 1, bestRating: 1, worstRating: 6 })).toEqual({
      status: 'CONFIRMED_TRUE',
      by: 'number',
    });
  });

  test('refuses what it cannot read instead of guessing, and takes a reviewer’s own scale', () => {
    expect(statusForRating({ text: 'Zombie claim' })).toEqual({ status: null, reason: 'UNKNOWN_RATING' });
    expect(statusForRating({ ratingValue: 7 })).toEqual({ status: null, reason: 'BAD_SCALE' });
    expect(statusForRating({ ratingValue: 2, bestRating: 3, worstRating: 3 })).toEqual({
      status: null,
      reason: 'BAD_SCALE',
    });
    expect(statusForRating({ text: 'Zombie claim' }, { 'zombie CLAIM': 'CONFIRMED_FALSE' })).toEqual({
      status: 'CONFIRMED_FALSE',
      by: 'text',
    });
  });
});
