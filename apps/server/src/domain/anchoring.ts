/**
 * Anchoring quotes in stored article text, after the W3C Web Annotation selectors: a text-quote
 * selector (exact, prefix, suffix) resolved to a text-position selector [start, end) such that
 * `text.slice(start, end) === exact`. Positions are JavaScript string indexes (UTF-16 code units).
 *
 * A quote is matched after normalising both sides: Unicode canonical composition (NFC, so "é" typed
 * as e + combining acute matches the precomposed "é" and the reverse), typography (curly quotes,
 * dashes, non-breaking and other Unicode spaces, runs of whitespace), so an analyst can paste a quote
 * typed with plain characters or from another system; the stored `exact` is always the text's own
 * characters, and its offsets point into the text as stored.
 */

export interface TextQuote {
  exact: string;
  prefix?: string | null | undefined;
  suffix?: string | null | undefined;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface Anchor extends TextSpan {
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorErrorCode = 'QUOTE_EMPTY' | 'QUOTE_NOT_FOUND' | 'QUOTE_AMBIGUOUS';

export class AnchorError extends Error {
  override name = 'AnchorError';
  constructor(
    readonly code: AnchorErrorCode,
    message: string,
    /** Where an ambiguous quote was found. */
    readonly matches: TextSpan[] = [],
  ) {
    super(message);
  }
}

/** Characters of context stored on each side of an anchor, as W3C annotation tools do. */
export const CONTEXT_LENGTH = 32;

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
};

const SPACE = /\s/u;
const MARK = /^\p{M}/u;

/** A normalised copy of a text, with where in the original every normalised character came from. */
export interface NormalisedText {
  text: string;
  /** `origin[i]` is the index in the original of normalised character `i`; one extra entry for the end. */
  origin: number[];
  /** `ends[i]` is the index just past the original characters that normalised character `i` came from. */
  ends: number[];
}

/**
 * Folds the text to NFC, typography to plain characters and every run of whitespace (including
 * non-breaking and other Unicode spaces) to one space, remembering where each character came from.
 * A character that NFC composes from several (e + U+0301) comes from all of them.
 */
export function normalise(text: string): NormalisedText {
  let out = '';
  const origin: number[] = [];
  const ends: number[] = [];
  let inSpace = false;
  // Most stored texts are NFC already: then every character stands for itself, and the walk costs
  // no normalisation calls.
  const composed = text.normalize('NFC') === text;
  for (let start = 0; start < text.length; ) {
    const end = composed ? start + 1 : compositionEnd(text, start);
    const segment = composed ? text.charAt(start) : text.slice(start, end).normalize('NFC');
    if (SPACE.test(segment)) {
      if (!inSpace) {
        out += ' ';
        origin.push(start);
        ends.push(end);
      }
      inSpace = true;
    } else {
      inSpace = false;
      for (let i = 0; i < segment.length; i += 1) {
        const ch = segment.charAt(i);
        const plain = TYPOGRAPHIC[ch] ?? ch;
        for (let k = 0; k < plain.length; k += 1) {
          out += plain.charAt(k);
          origin.push(start);
          ends.push(end);
        }
      }
    }
    start = end;
  }
  origin.push(text.length);
  return { text: out, origin, ends };
}

/**
 * Where the piece of `text` that begins at `start` ends, cut where NFC cannot join or reorder across
 * the cut, so that the NFC of the whole is the NFC of the pieces one after the other: a character
 * with its combining marks, or the jamo of one Hangul syllable. A code point below U+0300 never
 * combines with what precedes it (combining marks and Hangul vowel and final jamo all lie above).
 */
function compositionEnd(text: string, start: number): number {
  // A space takes no marks: it is folded alone, as in a text that is NFC already.
  if (SPACE.test(text.charAt(start))) return start + 1;
  let end = start + ((text.codePointAt(start) as number) > 0xffff ? 2 : 1);
  while (end < text.length) {
    const code = text.codePointAt(end) as number;
    if (code < 0x300) break;
    const next = String.fromCodePoint(code);
    const segment = text.slice(start, end);
    // A combining mark stays with what precedes it (canonical ordering sorts a whole run of them);
    // anything else joins it only when NFC would compose the two.
    const joins =
      MARK.test(next) || (segment + next).normalize('NFC') !== segment.normalize('NFC') + next.normalize('NFC');
    if (!joins) break;
    end += next.length;
  }
  return end;
}

function normaliseFragment(fragment: string) {
  return normalise(fragment).text;
}

function allIndexes(haystack: string, needle: string, from: number, to: number) {
  const found: number[] = [];
  let at = haystack.indexOf(needle, from);
  while (at !== -1 && at + needle.length <= to) {
    found.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}

/** The W3C quote selector's context for a span: up to CONTEXT_LENGTH characters each side. */
export function contextOf(text: string, span: TextSpan) {
  return {
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
  };
}

export interface AnchorOptions {
  /** Only look for the quote inside this span of the text (e.g. a cue inside its paragraph). */
  within?: TextSpan | undefined;
  /** A precomputed `normalise(text)`, when many quotes are anchored in one text. */
  normalised?: NormalisedText | undefined;
}

/**
 * Finds `quote` in `text`. The prefix and suffix, when given, must match the text immediately
 * around the quote (after normalisation; trimmed, so a prefix may end with the space before the
 * quote or not). Throws an AnchorError when the quote is empty, absent, or found more than once.
 */
export function anchorQuote(text: string, quote: TextQuote, options: AnchorOptions = {}): Anchor {
  const exact = normaliseFragment(quote.exact).trim();
  if (!exact) throw new AnchorError('QUOTE_EMPTY', 'The quote is empty.');
  const norm = options.normalised ?? normalise(text);
  const from = options.within ? lowerBound(norm.origin, options.within.start) : 0;
  const to = options.within ? lowerBound(norm.origin, options.within.end) : norm.text.length;

  const prefix = quote.prefix ? normaliseFragment(quote.prefix).trimStart() : '';
  const suffix = quote.suffix ? normaliseFragment(quote.suffix).trimEnd() : '';
  const candidates = allIndexes(norm.text, exact, from, to).filter((at) => {
    const before = norm.text.slice(0, at).trimEnd();
    const after = norm.text.slice(at + exact.length).trimStart();
    return before.endsWith(prefix.trimEnd()) && after.startsWith(suffix.trimStart());
  });

  const spans = candidates.map((at) => ({
    start: norm.origin[at] as number,
    // The end is just past the original of the quote's last normalised character.
    end: norm.ends[at + exact.length - 1] as number,
  }));
  const [span, second] = spans;
  if (!span) {
    throw new AnchorError('QUOTE_NOT_FOUND', `The quote "${quote.exact}" is not in the text.`);
  }
  if (second) {
    throw new AnchorError(
      'QUOTE_AMBIGUOUS',
      `The quote "${quote.exact}" is in the text ${spans.length} times; give a prefix or suffix to choose one.`,
      spans,
    );
  }
  return { ...span, exact: text.slice(span.start, span.end), ...contextOf(text, span) };
}

/** First index whose value is >= `value` (`origin` is sorted). */
function lowerBound(origin: number[], value: number) {
  let lo = 0;
  let hi = origin.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((origin[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the stored anchor still holds for `text`. */
export function anchorHolds(text: string, anchor: Anchor) {
  return text.slice(anchor.start, anchor.end) === anchor.exact;
}
