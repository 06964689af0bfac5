import type { Lexicon, LexiconEntry } from './lexicon.js';
import type { Token } from './tokens.js';

/** A lexicon phrase found in the text: tokens [first, last) and the text span they cover. */
export interface FoundCue {
  entry: LexiconEntry;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** The placeholder for any number in a lexicon phrase. */
const NUMBER = '#';

function isNumber(token: Token | undefined) {
  return token !== undefined && (token.pos === 'NUM' || token.entity === 'CARDINAL' || /^\p{N}/u.test(token.text));
}

/** Whether `token` is `word`, with a joined conjunction (Arabic و, ف) allowed in front. */
function wordMatches(token: Token, word: string, entry: LexiconEntry, clitics: readonly string[]) {
  // "#" in a phrase stands for any number ("between # and #", "# to #"): ranges are a pattern, not a list.
  if (word === NUMBER) return isNumber(token);
  if (token.normal === word || (entry.match === 'lemma' && token.lemma === word)) return true;
  return clitics.some((c) => token.normal === c + word);
}

/** How many characters of a clitic precede the word in `token` (0 when none). */
function cliticLength(token: Token, word: string) {
  return token.normal !== word && token.normal.endsWith(word) && token.normal.length > word.length
    ? token.normal.length - word.length
    : 0;
}

/**
 * Every lexicon phrase in tokens [from, to), longest first and never overlapping. Adverbs may stand
 * between the words of a phrase ("could not be independently confirmed").
 */
export function findCues(tokens: readonly Token[], lexicon: Lexicon, from = 0, to = tokens.length): FoundCue[] {
  const taken = new Set<number>();
  const found: FoundCue[] = [];
  for (const entry of lexicon.entries) {
    for (let i = from; i < to; i++) {
      const match = matchAt(tokens, i, to, entry, lexicon.agents.clitics);
      // "photos showing destruction" names what the photos hold; only a finite verb reports.
      if (
        match !== undefined &&
        entry.mediaSubject &&
        (!mediumBefore(tokens, i, lexicon.agents.media) || tokens[i]?.normal.endsWith('ing'))
      )
        continue;
      if (match === undefined) continue;
      let free = true;
      for (let j = i; j < match; j++) if (taken.has(j)) free = false;
      if (!free) continue;
      for (let j = i; j < match; j++) taken.add(j);
      const first = tokens[i] as Token;
      const last = tokens[match - 1] as Token;
      const firstWord = entry.words[0] ?? '';
      found.push({ entry, first: i, last: match, start: first.start + cliticLength(first, firstWord), end: last.end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function matchAt(tokens: readonly Token[], i: number, to: number, entry: LexiconEntry, clitics: readonly string[]) {
  let at = i;
  for (const [n, word] of entry.words.entries()) {
    while (n > 0 && at < to && tokens[at]?.pos === 'ADV' && !wordMatches(tokens[at] as Token, word, entry, clitics))
      at++;
    const token = tokens[at];
    if (!token || at >= to || !wordMatches(token, word, entry, clitics)) return undefined;
    if (n === 0 && entry.pos && token.pos !== undefined && token.pos !== 'X' && !entry.pos.includes(token.pos))
      return undefined;
    at++;
  }
  if (entry.after === 'NUM') {
    const next = tokens[at];
    const afterArticle = next?.normal === 'a' || next?.normal === 'an' ? tokens[at + 1] : next;
    if (!isNumber(afterArticle) && !isNumber(next)) return undefined;
  } else if (entry.after !== undefined && tokens[at]?.pos !== entry.after) return undefined;
  if (entry.before && tokens[i - 1]?.pos !== entry.before) return undefined;
  if (entry.notNaming && tokens[i - 1]?.pos === 'NOUN' && tokens[at]?.pos === 'PROPN') return undefined;
  if (entry.notNounHead && nounHead(tokens, i)) return undefined;
  if (entry.clause && !clauseFollows(tokens, at, to)) return undefined;
  return at;
}

/** Parts of speech that open a noun phrase before its head ("the", "communal", "Kashmir"). */
const MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'PRON']);

/**
 * Whether the word at `i` is tagged a noun and follows a determiner, an adjective, a possessive or a name,
 * or a noun of a compound ("the border dispute") when no determiner or "that" follows it ("an official
 * disputes a report…" is the verb the tagger misread).
 */
function nounHead(tokens: readonly Token[], i: number) {
  if (tokens[i]?.pos !== 'NOUN') return false;
  const before = tokens[i - 1]?.pos ?? '';
  if (MODIFIERS.has(before)) return true;
  const after = tokens[i + 1];
  return before === 'NOUN' && after?.pos !== 'DET' && after?.normal !== 'that';
}

/** A verb within five words of `at`, before any preposition, subordinator or punctuation mark, and no infinitive "to" first; or "that". */
function clauseFollows(tokens: readonly Token[], at: number, to: number) {
  // "…anything I believe to be illegal": an infinitive after the verb is no clause.
  if (tokens[at]?.normal === 'to') return false;
  // "declared that the town was safe": a complementiser opens the clause.
  if (tokens[at]?.normal === 'that') return true;
  for (let i = at; i < Math.min(to, at + 6); i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
    if (token.pos === 'ADP' || token.pos === 'SCONJ' || !token.isWord) return false;
  }
  return false;
}

/** A word of a medium or an outlet in the four words before `at`, with no punctuation between. */
function mediumBefore(tokens: readonly Token[], at: number, media: ReadonlySet<string>) {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const token = tokens[i] as Token;
    if (!token.isWord) return false;
    if (media.has(token.normal)) return true;
  }
  return false;
}
