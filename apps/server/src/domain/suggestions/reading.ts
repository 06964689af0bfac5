import type { KnownAgent } from './agents.js';
import type { Lexicon } from './lexicon.js';
import type { SuggestedHop, SuggestedSpan } from './suggestion-types.js';
import type { Token, TokenisedText } from './tokens.js';

/**
 * The state of reading one article (its tokens, lexicon and the speakers named so far) and the
 * token-range helpers every step shares: verbs, punctuation, quotation marks, trimming a range to a
 * claim or to a speaker's name.
 */

export const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);

export interface Context {
  text: string;
  doc: TokenisedText;
  lexicon: Lexicon;
  known: readonly KnownAgent[];
  /** The last named agent, for a pronoun subject ("he said"). */
  lastAgent?: SuggestedHop;
  /** The last agent that is not an outlet, named or not: "he said" after "…told VOA Somali" is the speaker. */
  lastSpeaker?: SuggestedHop;
  /** Last words of the official agents named so far ("Rogers" after "NSA Director Admiral Michael Rogers"). */
  officialNames: Set<string>;
  /** Last words of the people named so far, so "Qawasmi" after "Hani al-Qawasmi" is a person too. */
  personNames: Set<string>;
  /** Last words of the people named as a side's speakers ("Nguebla" after "Spokesman for the rebel …, Mikaila Nguebla"). */
  partyNames: Set<string>;
}

export interface Agent {
  first: number;
  last: number;
}

export interface Framed {
  claim: [number, number];
  hops: SuggestedHop[];
}

export function isVerb(token: Token | undefined) {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

export function isPunct(token: Token | undefined, chars?: string) {
  return token !== undefined && !token.isWord && (chars === undefined || chars.includes(token.text));
}

export function hasVerb(doc: TokenisedText, first: number, last: number) {
  if (!doc.tagged) return doc.tokens.slice(first, last).filter((t) => t.isWord).length >= 2;
  for (let i = first; i < last; i++) if (isVerb(doc.tokens[i])) return true;
  return false;
}

export function wordCount(doc: TokenisedText, first: number, last: number) {
  return doc.tokens.slice(first, last).filter((t) => t.isWord).length;
}

/** Whether token `at` lies inside a quotation (an odd number of quote marks before it in its line). */
export function insideQuote(tokens: readonly Token[], at: number) {
  let marks = 0;
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.text.includes('\n')) break;
    if (QUOTE_MARKS.has(token.text)) marks++;
  }
  return marks % 2 === 1;
}

export const COMMAS = ',;،؛';

export function nextComma(tokens: readonly Token[], from: number, last: number) {
  for (let i = from; i < last; i++) if (isPunct(tokens[i], COMMAS)) return i;
  return last;
}

export function previousBoundary(tokens: readonly Token[], before: number, first: number, words?: ReadonlySet<string>) {
  for (let i = before - 1; i >= first; i--) {
    if (isPunct(tokens[i], `${COMMAS}:—–-"“”«»(`)) return i + 1;
    if (words?.has(tokens[i]?.normal ?? '')) return i + 1;
  }
  return first;
}

/** Trims punctuation, quote marks and leading connectives from a token range. */
export function trim(
  ctx: Context,
  first: number,
  last: number,
  words = ctx.lexicon.agents.leadingTrim,
): [number, number] {
  const t = ctx.doc.tokens;
  while (first < last && (!t[first]?.isWord || words.has(t[first]?.normal ?? ''))) first++;
  while (last > first && !t[last - 1]?.isWord && !isPunct(t[last - 1], ')')) last--;
  return [first, last];
}

export function trimAgent(ctx: Context, first: number, last: number): Agent | undefined {
  const t = ctx.doc.tokens;
  const skip = ctx.lexicon.agents.skip;
  while (first < last && (!t[first]?.isWord || skip.has(t[first]?.normal ?? ''))) first++;
  const closes = (i: number) => isPunct(t[i], ')') && t.slice(first, i).some((x) => isPunct(x, '('));
  while (
    last > first &&
    !closes(last - 1) &&
    (!t[last - 1]?.isWord || skip.has(t[last - 1]?.normal ?? '') || t[last - 1]?.pos === 'ADV')
  )
    last--;
  return last > first ? { first, last } : undefined;
}

export function findWord(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>) {
  for (let i = from; i < to; i++) if (words.has(tokens[i]?.normal ?? '')) return i;
  return undefined;
}

export function findSaying(tokens: readonly Token[], from: number, to: number) {
  for (let i = from; i < to - 1; i++) if (tokens[i]?.normal === 'as' && tokens[i + 1]?.normal === 'saying') return i;
  return undefined;
}

export function agentWords(ctx: Context, agent: Agent) {
  return ctx.doc.tokens.slice(agent.first, agent.last).map((t) => t.normal);
}

export function hasAny(words: readonly string[], set: ReadonlySet<string>) {
  const joined = ` ${words.join(' ')} `;
  for (const w of set) if (joined.includes(` ${w} `)) return true;
  return words.some((w) => set.has(w));
}

export function spanOf(ctx: Context, first: number, last: number): SuggestedSpan {
  const start = (ctx.doc.tokens[first] as Token).start;
  const end = (ctx.doc.tokens[last - 1] as Token).end;
  return { start, end, exact: ctx.text.slice(start, end) };
}

export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
