import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AnchorError, anchorQuote, normalise } from '../../apps/server/src/domain/anchoring.js';

const story = readFileSync(new URL('../../prisma/seed/seed-article.txt', import.meta.url), 'utf8');

function anchorError(fn: () => unknown): AnchorError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AnchorError) return error;
    throw error;
  }
  throw new Error('expected an AnchorError');
}

describe('anchorQuote', () => {
  test('finds a quote and returns the W3C selectors, with text.slice(start, end) === exact', () => {
    const anchor = anchorQuote(story, { exact: 'may have sent two crack special operations teams' });
    expect(story.slice(anchor.start, anchor.end)).toBe(anchor.exact);
    expect(anchor).toMatchObject({
      exact: 'may have sent two crack special operations teams',
      prefix: 'The People’s Republic of China ',
      suffix: ' to Syria, an extraordinary move',
    });
  });

  test('matches a quote typed with plain quotes and apostrophes against curly ones', () => {
    const anchor = anchorQuote(story, { exact: "'Dark Night Tiger' and 'Tigers of Siberia' units" });
    expect(anchor.exact).toBe('‘Dark Night Tiger’ and ‘Tigers of Siberia’ units');
    expect(story.slice(anchor.start, anchor.end)).toBe(anchor.exact);
  });

  test('matches double quotes and hyphens for the typographic ones', () => {
    expect(anchorQuote(story, { exact: 'what he called "crucial cooperation"' }).exact).toBe(
      'what he called “crucial cooperation”',
    );
    expect(anchorQuote(story, { exact: 'any deployment - which would go' }).exact).toBe(
      'any deployment – which would go',
    );
  });

  test('matches a plain space against the non-breaking space in the text', () => {
    const anchor = anchorQuote(story, { exact: 'although it has joined Syria' });
    expect(anchor.exact).toBe('although it\u00a0has joined Syria');
    expect(story.slice(anchor.start, anchor.end)).toBe(anchor.exact);
  });

  test('matches across a paragraph break given as one space', () => {
    const anchor = anchorQuote(story, { exact: 'on Thursday. Footage shows' });
    expect(anchor.exact).toBe('on Thursday.\u00a0\n\nFootage shows');
  });

  test('reports a quote that is not in the text', () => {
    const error = anchorError(() => anchorQuote(story, { exact: 'Chinese troops landed in Latakia' }));
    expect(error.code).toBe('QUOTE_NOT_FOUND');
  });

  test('reports a quote found more than once, with every position', () => {
    const error = anchorError(() => anchorQuote(story, { exact: 'Chinese troops' }));
    expect(error.code).toBe('QUOTE_AMBIGUOUS');
    expect(error.matches.length).toBeGreaterThan(1);
    for (const match of error.matches) expect(story.slice(match.start, match.end)).toBe('Chinese troops');
  });

  test('uses the prefix and suffix to choose between repeated quotes', () => {
    const arrived = anchorQuote(story, { exact: 'Chinese troops', suffix: 'arrived' });
    expect(story.slice(arrived.end, arrived.end + 8)).toBe(' arrived');
    const middleEast = anchorQuote(story, { exact: 'Chinese troops', prefix: 'first deployment of' });
    expect(middleEast.suffix.startsWith(' in the Middle East')).toBe(true);
    expect(arrived.start).not.toBe(middleEast.start);
  });

  test('a prefix that does not match rules the occurrence out', () => {
    const error = anchorError(() => anchorQuote(story, { exact: 'Chinese troops', prefix: 'Russian' }));
    expect(error.code).toBe('QUOTE_NOT_FOUND');
  });

  test('looks only inside a given span', () => {
    const para = story.indexOf('There are several');
    const anchor = anchorQuote(story, { exact: 'Chinese troops' }, { within: { start: para, end: para + 120 } });
    expect(anchor.start).toBeGreaterThan(para);
  });

  test('matches across Unicode normalisation forms; the anchor keeps the text’s own characters', () => {
    // "Café Müller" with precomposed letters (NFC) and with combining marks (NFD), in each role.
    const nfc = 'Le Caf\u00e9 M\u00fcller, \u00e0 Damas, a ferm\u00e9.';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    for (const [text, typed] of [
      [nfc, 'Caf\u00e9 M\u00fcller'.normalize('NFD')],
      [nfd, 'Caf\u00e9 M\u00fcller'],
    ] as const) {
      const anchor = anchorQuote(text, { exact: typed, suffix: ', \u00e0 Damas'.normalize('NFD') });
      expect(text.slice(anchor.start, anchor.end)).toBe(anchor.exact);
      // The text's own code points, not the quote's: the stored anchor holds against the stored text.
      expect(anchor.exact).toBe(text.slice(3, text.indexOf(',')));
      expect(anchor.exact.normalize('NFC')).toBe('Caf\u00e9 M\u00fcller');
      expect(anchor.suffix.startsWith(',')).toBe(true);
    }
    // A quote ending on a decomposed letter takes its combining mark too: no span splits a letter.
    const ending = anchorQuote(nfd, { exact: 'a ferm\u00e9' });
    expect(ending.exact).toBe('a ferme\u0301');
    expect(nfd.slice(ending.end)).toBe('.');
  });

  test('refuses an empty quote', () => {
    expect(anchorError(() => anchorQuote(story, { exact: '  ' })).code).toBe('QUOTE_EMPTY');
  });
});

describe('normalise', () => {
  test('maps every normalised character back to the original text', () => {
    const { text, origin } = normalise('a\u00a0\u00a0“b”\n\nc…');
    expect(text).toBe('a "b" c...');
    expect(origin).toEqual([0, 1, 3, 4, 5, 6, 8, 9, 9, 9, 10]);
  });

  test('composes to NFC: e + U+0301 is one character, from both', () => {
    const { text, origin, ends } = normalise('ae\u0301b');
    expect(text).toBe('a\u00e9b');
    expect(origin).toEqual([0, 1, 3, 4]);
    expect(ends).toEqual([1, 3, 4]);
  });

  test('a text normalises alike in every canonical form, and every span maps inside the original', () => {
    // Letters that compose, marks in either order, Hangul jamo, astral characters, spaces, typography.
    const piece = fc.constantFrom(
      'a',
      'e',
      'o',
      ' ',
      '\u00a0',
      '\n',
      '\u2019',
      '\u2014',
      '\u0301',
      '\u0308',
      '\u0323',
      '\u0304',
      '\u00e9',
      '\u1ea1',
      '\u1112',
      '\u1161',
      '\u11ab',
      '\ud55c',
      '\u{1d400}',
      '\u0300',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')),
        (text) => {
          const norm = normalise(text);
          expect(normalise(text.normalize('NFC')).text).toBe(norm.text);
          expect(normalise(text.normalize('NFD')).text).toBe(norm.text);
          norm.ends.forEach((end, i) => {
            expect(norm.origin[i]).toBeLessThan(end);
            expect(end).toBeLessThanOrEqual(text.length);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
