import { createHash } from 'node:crypto';
import type { BlockKind } from '../__generated__/prisma/enums.js';
import type { TextSpan } from './anchoring.js';

export function sha256Hex(text: string) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface DetectedBlock extends TextSpan {
  kind: BlockKind;
}

export interface BlockHints {
  /** The article's headline: a first paragraph equal to it is the HEADLINE block. */
  headline?: string | null | undefined;
  /** Names that stand alone as a byline line (the publisher's, the author's). */
  bylines?: readonly string[] | undefined;
}

/** Site furniture that web pages append to articles (comment forms, share prompts). */
const BOILERPLATE =
  /^(leave a (reply|comment)|please enter your (comment|name|email)|share (this|on)|sign up|subscribe|related( articles)?:|read more|advertisement|comments?$)/i;
/** A paragraph that ends like prose. */
const SENTENCE_END = /[.!?…"'”’)]$/u;
const BYLINE = /^(by\s+\S|reporting by|[A-Z][\w’'&.-]*(\s+[A-Z][\w’'&.-]*){0,3}$)/u;

/** Paragraphs: runs of non-blank lines, as [start, end) spans without surrounding whitespace. */
export function paragraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const para = /\S(?:[^\n]|\n(?![ \t\u00a0]*\n))*/gu;
  for (const match of text.matchAll(para)) {
    const raw = match[0];
    const start = match.index ?? 0;
    spans.push({ start, end: start + raw.trimEnd().length });
  }
  return spans;
}

/**
 * Splits an article's text into structural blocks. The heuristics are the ones a reader uses: the
 * first paragraph is the lede (or the headline when it repeats it); a short line that does not end
 * like a sentence, inside the body, is a caption or embed; a lone name after the body is the
 * byline; site furniture and everything after it is boilerplate.
 */
export function detectBlocks(text: string, hints: BlockHints = {}): DetectedBlock[] {
  const spans = paragraphs(text);
  const kinds: BlockKind[] = spans.map(() => 'BODY');
  const body = (span: TextSpan) => text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();

  let boilerplateFrom = spans.length;
  spans.forEach((span, i) => {
    if (i < boilerplateFrom && i > 0 && BOILERPLATE.test(body(span))) boilerplateFrom = i;
  });
  for (let i = boilerplateFrom; i < spans.length; i += 1) kinds[i] = 'BOILERPLATE';

  const bylines = new Set((hints.bylines ?? []).map((name) => name.toLowerCase()));
  const last = boilerplateFrom - 1;
  const lastSpan = spans[last];
  if (lastSpan && last > 0) {
    const words = body(lastSpan);
    if (bylines.has(words.toLowerCase()) || (BYLINE.test(words) && !SENTENCE_END.test(words))) {
      kinds[last] = 'BYLINE';
    }
  }

  const first = spans[0];
  if (first) {
    const headline = hints.headline?.replace(/\s+/gu, ' ').trim();
    kinds[0] = headline && body(first) === headline ? 'HEADLINE' : 'LEDE';
    if (kinds[0] === 'HEADLINE' && spans[1] && kinds[1] === 'BODY') kinds[1] = 'LEDE';
  }

  spans.forEach((span, i) => {
    const words = body(span);
    if (kinds[i] === 'BODY' && !SENTENCE_END.test(words) && words.split(' ').length <= 30) {
      kinds[i] = 'CAPTION_OR_EMBED';
    }
  });

  return spans.map((span, i) => ({ ...span, kind: kinds[i] as BlockKind }));
}

/** The block that contains a span, if any. */
export function blockAt<T extends TextSpan>(blocks: readonly T[], span: TextSpan): T | undefined {
  return blocks.find((block) => block.start <= span.start && span.end <= block.end);
}
