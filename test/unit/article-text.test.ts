import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectBlocks, sha256Hex } from '../../apps/server/src/domain/article-text.js';

const story = readFileSync(new URL('../../prisma/seed/seed-article.txt', import.meta.url), 'utf8');

describe('detectBlocks on the seed story', () => {
  const blocks = detectBlocks(story);
  const text = (kind: string) => blocks.filter((b) => b.kind === kind).map((b) => story.slice(b.start, b.end));

  test('finds the lede, the embedded video caption, the byline and the comment form', () => {
    expect(text('LEDE')).toEqual([story.split('\n')[0]]);
    expect(text('CAPTION_OR_EMBED')).toEqual([
      'Footage shows the Syrian military approaching the final Isis stronghold in Syria',
    ]);
    expect(text('BYLINE')).toEqual(['Independent']);
    expect(text('BOILERPLATE')).toEqual(['LEAVE A REPLY', 'Please enter your comment!\nPlease enter your name here']);
    expect(text('BODY')).toHaveLength(15);
  });

  test('blocks are in order, do not overlap, and carry no surrounding whitespace', () => {
    for (const [i, block] of blocks.entries()) {
      const words = story.slice(block.start, block.end);
      expect(words).toBe(words.trim());
      if (i > 0) expect(block.start).toBeGreaterThan((blocks[i - 1] as { end: number }).end);
    }
  });

  test('a first paragraph equal to the headline is the headline, and the next the lede', () => {
    const withHeadline = `China sends troops\n\n${story}`;
    const kinds = detectBlocks(withHeadline, { headline: 'China sends troops' }).map((b) => b.kind);
    expect(kinds.slice(0, 2)).toEqual(['HEADLINE', 'LEDE']);
  });
});

test('sha256Hex hashes the UTF-8 bytes of the text', () => {
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256Hex('’')).not.toBe(sha256Hex("'"));
});
