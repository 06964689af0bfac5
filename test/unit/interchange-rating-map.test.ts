import { readFileSync } from 'node:fs';
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
import { RATING_WORDS } from '../../apps/server/src/domain/interchange/rating-words.js';

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

  test('never reads a verdict from a number: unknown words are refused, whatever the number says', () => {
    expect(statusForRating({ text: 'Zombie claim', ratingValue: 1, bestRating: 5, worstRating: 1 })).toEqual({
      status: null,
      reason: 'UNKNOWN_RATING',
    });
    expect(statusForRating({ ratingValue: 9, bestRating: 10, worstRating: 0 })).toEqual({
      status: null,
      reason: 'UNKNOWN_RATING',
    });
    // AFP Factual publishes "Falso" as 5 on a scale whose best is 1: the words decide.
    expect(statusForRating({ text: 'Falso', ratingValue: 5, bestRating: 1, worstRating: 5 })).toEqual({
      status: 'CONFIRMED_FALSE',
      by: 'text',
    });
    expect(statusForRating({ text: 'Zombie claim' }, { 'zombie CLAIM': 'CONFIRMED_FALSE' })).toEqual({
      status: 'CONFIRMED_FALSE',
      by: 'mapping',
    });
  });

  test('covers the verdict words of nine languages, each with its source, none ambiguous', () => {
    const langs = new Set(RATING_WORDS.map((entry) => entry.lang));
    for (const lang of ['en', 'es', 'pt', 'fr', 'de', 'it', 'ar', 'hi', 'zh']) expect(langs).toContain(lang);
    for (const entry of RATING_WORDS) {
      expect(entry.source.length).toBeGreaterThan(10);
      expect(TEXTUAL_RATINGS[foldRating(entry.words)]).toBe(entry.status);
    }
    expect(statusForRating({ text: 'Engañoso' })).toEqual({ status: 'MISLEADING', by: 'text' });
    expect(statusForRating({ text: 'Falso' })).toEqual({ status: 'CONFIRMED_FALSE', by: 'text' });
    expect(statusForRating({ text: 'Irreführend' })).toEqual({ status: 'MISLEADING', by: 'text' });
    expect(statusForRating({ text: 'زائف' })).toEqual({ status: 'CONFIRMED_FALSE', by: 'text' });
    expect(statusForRating({ text: 'फर्जी' })).toEqual({ status: 'CONFIRMED_FALSE', by: 'text' });
    expect(statusForRating({ text: '部分錯誤' })).toEqual({ status: 'MIXED', by: 'text' });
    // Devanagari vowel signs are part of a word, not accents to drop.
    expect(foldRating('सच')).not.toBe(foldRating('सचा'));
  });

  test('each entry says what its source was checked against; a corpus document checked publishes the word', () => {
    const root = new URL('../../', import.meta.url);
    const ratingsIn = (file: string) => {
      const found: string[] = [];
      JSON.stringify(JSON.parse(readFileSync(new URL(file, root), 'utf8')), (key, value) => {
        if ((key === 'alternateName' || key === 'textualRating') && typeof value === 'string') found.push(value);
        return value;
      });
      return found.map(foldRating);
    };
    for (const entry of RATING_WORDS) {
      const checked = entry.verifiedAt;
      if (checked === null) continue;
      if (checked.startsWith('test/data/')) expect(ratingsIn(checked), entry.words).toContain(foldRating(entry.words));
      else if (checked.startsWith('rating-map.ts')) expect(RATING_TABLE[entry.status].alternateName).toBe(entry.words);
      else expect(checked).toMatch(/^https?:\/\//);
    }
    const unverified = RATING_WORDS.filter((entry) => entry.verifiedAt === null);
    console.log(
      `${RATING_WORDS.length - unverified.length} of ${RATING_WORDS.length} rating words checked; unverified:`,
    );
    console.log(unverified.map((entry) => `${entry.lang} ${entry.words}`).join(', '));
  });
});
