import { readFileSync } from 'node:fs';
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
});
