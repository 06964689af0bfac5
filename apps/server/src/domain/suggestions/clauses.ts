import type { StatedCertainty } from '../../__generated__/prisma/enums.js';
import type { FoundCue } from './cues.js';
import {
  type Agent,
  type Context,
  findWord,
  hasAny,
  hasVerb,
  isPunct,
  isVerb,
  nextComma,
  QUOTE_MARKS,
  spanOf,
  trim,
  trimAgent,
  wordCount,
} from './reading.js';
import type { SuggestedHop } from './suggestion-types.js';
import type { Token, TokenisedText } from './tokens.js';

/**
 * The units a claim is read from: sentences joined while a quotation is open, clauses split at a
 * coordinating or relative word, the complement of a noun of allegation or report, and the lines that
 * are not reporting at all (page furniture, a broadcast script's actuality markers).
 */

/** Sentences, joined while a quotation is open (at most three). */
export function units(doc: TokenisedText): [number, number][] {
  const out: [number, number][] = [];
  let open: [number, number] | undefined;
  let joined = 0;
  for (const sentence of doc.sentences) {
    const current: [number, number] = open ? [open[0], sentence.last] : [sentence.first, sentence.last];
    const marks = doc.tokens.slice(current[0], current[1]).filter((t) => t.text === '"').length;
    const opening = doc.tokens.slice(current[0], current[1]).filter((t) => t.text === '“').length;
    const closing = doc.tokens.slice(current[0], current[1]).filter((t) => t.text === '”').length;
    if ((marks % 2 === 1 || opening > closing) && joined < 2) {
      open = current;
      joined++;
      continue;
    }
    out.push(current);
    open = undefined;
    joined = 0;
  }
  if (open) out.push(open);
  return out;
}

export function splitClauses(ctx: Context, first: number, last: number, cues: readonly FoundCue[]): [number, number][] {
  const { doc } = ctx;
  const breaks = [first];
  for (let i = first + 1; i < last - 1; i++) {
    const token = doc.tokens[i] as Token;
    if (nounComplement(ctx, cues, [i, last])) {
      breaks.push(i);
      continue;
    }
    const semicolon = isPunct(token, ';؛');
    // A comma before a closing quote mark counts too ('…"completely baseless," and that…').
    const comma =
      isPunct(doc.tokens[i - 1], ',') ||
      (QUOTE_MARKS.has(doc.tokens[i - 1]?.text ?? '') && isPunct(doc.tokens[i - 2], ','));
    // A concessive opens a clause of its own with or without a comma ("…in the hospital although this was denied").
    const concessive = CONCESSIVE.has(token.normal);
    const conjunction = (comma && CLAUSE_WORDS.has(token.normal)) || concessive || secondComplement(ctx, [i, last]);
    const relative = isPunct(doc.tokens[i - 1], ',—–-') && opensRelative(ctx, i);
    const participle = isPunct(doc.tokens[i - 1], ',') && reportingParticiple(ctx, cues, i);
    const splice =
      isPunct(doc.tokens[i - 1], ',') &&
      opensIndependent(ctx, cues, i) &&
      !opensSubordinate(ctx, trim(ctx, breaks[breaks.length - 1] as number, i)[0]);
    const toll = tollRelative(ctx, i);
    if (!semicolon && !conjunction && !relative && !participle && !splice && !toll) continue;
    const from = breaks[breaks.length - 1] as number;
    const rightEnd = nextComma(doc.tokens, i + 1, last);
    if (hasVerb(doc, from, i) && hasVerb(doc, i + 1, rightEnd) && wordCount(doc, i + 1, rightEnd) >= 3)
      breaks.push(semicolon ? i + 1 : i);
  }
  // A sentence end inside a joined quotation is a clause end too.
  for (const s of doc.sentences) if (s.first > first && s.first < last) breaks.push(s.first);
  const sorted = [...new Set(breaks)].sort((a, b) => a - b);
  return sorted.map((b, i) => [b, sorted[i + 1] ?? last]);
}

/**
 * "…clashes that killed at least four people", "protests that have killed at least 26 people": a relative
 * clause that gives a toll (a verb of killing or wounding and a number) states the toll as a claim of its
 * own, with or without a comma before it.
 */
function tollRelative(ctx: Context, at: number) {
  const t = ctx.doc.tokens;
  if (t[at]?.normal !== 'that' && t[at]?.normal !== 'which') return false;
  let v = at + 1;
  if (['has', 'have', 'had'].includes(t[v]?.normal ?? '')) v++;
  if (!ctx.lexicon.markers.toll.has(t[v]?.lemma ?? '')) return false;
  return t.slice(v + 1, v + 4).some((w) => w.pos === 'NUM' || /^\p{N}/u.test(w.text));
}

/**
 * "…denied the rebels were in control, insisting they had…", "…told VOA these claims were false, saying
 * Tigrayan forces have not entered…": a reporting participle after a comma opens a second statement of the
 * same speaker, framed afresh; what the sentence's own verb governs ends at the comma.
 */
export function reportingParticiple(ctx: Context, cues: readonly FoundCue[], at: number) {
  const token = ctx.doc.tokens[at];
  if (token?.pos !== 'VERB' || !token.normal.endsWith('ing')) return false;
  return cues.some(
    (c) =>
      c.first === at &&
      c.entry.kind === 'ATTRIBUTION_VERB' &&
      (c.entry.frame === 'say' || c.entry.frame === 'tell') &&
      c.entry.signal === undefined,
  );
}

/**
 * "They did not attack any military position, they attacked only houses": after a comma, a personal
 * pronoun and its finite verb open a clause of their own; "…, they said" (a reporting verb) frames what
 * comes before instead.
 */
function opensIndependent(ctx: Context, cues: readonly FoundCue[], at: number) {
  const t = ctx.doc.tokens;
  if (!SUBJECT_PRONOUNS.has(t[at]?.normal ?? '')) return false;
  let v = at + 1;
  while (t[v]?.pos === 'ADV') v++;
  if (!isVerb(t[v])) return false;
  return !cues.some((c) => c.first >= at && c.first <= v + 1 && c.entry.frame !== undefined);
}

/** A clause that opens with a subordinator ("When…", "If…") or a time noun phrase ("Each time the rebels…"). */
function opensSubordinate(ctx: Context, at: number) {
  const t = ctx.doc.tokens;
  const first = t[at];
  if (first?.pos === 'SCONJ' || ctx.lexicon.agents.subjectBoundary.has(first?.normal ?? '')) return true;
  return first?.pos === 'DET' && ['time', 'moment', 'day'].includes(t[at + 1]?.normal ?? '');
}

const REPORTED_NOUNS = new Set<StatedCertainty>(['ALLEGATION', 'UNCONFIRMED_REPORT', 'RUMOUR']);

/**
 * A clause that starts with "that" and completes a noun of allegation or report ("allegations from
 * U.S. intelligence agencies that Russian hackers interfered…"), with who made it ("by X", "from X").
 * Not a relative "that" ("the reports that were published"): a subject comes before its verb.
 */
export function nounComplement(ctx: Context, cues: readonly FoundCue[], [c0, c1]: [number, number]) {
  const t = ctx.doc.tokens;
  if (!ctx.doc.tagged || t[c0]?.normal !== 'that' || isVerb(t[c0 + 1]) || !hasVerb(ctx.doc, c0 + 1, c1))
    return undefined;
  // "a report on Pakistani state television that…": a noun of reporting completed by what it reports.
  const reporting = (c: FoundCue) => c.entry.kind === 'ATTRIBUTION_VERB' && c.entry.signal === undefined;
  const noun = cues.find(
    (c) =>
      ((c.entry.signal !== undefined && REPORTED_NOUNS.has(c.entry.signal)) || reporting(c)) &&
      t[c.last - 1]?.pos === 'NOUN' &&
      c.last <= c0 &&
      c0 - c.last <= 6 &&
      !hasVerb(ctx.doc, c.last, c0),
  );
  if (!noun) return undefined;
  const by = findWord(t, noun.last, c0, BY_WORDS);
  // "on state television", "in a newspaper": an outlet a report appeared on is its source too.
  const on = findWord(t, noun.last, c0, OUTLET_WORDS);
  const outlet =
    on !== undefined &&
    hasAny(
      t.slice(on + 1, c0).map((w) => w.normal),
      ctx.lexicon.agents.media,
    )
      ? on
      : undefined;
  const from = by ?? outlet;
  const agent = from !== undefined ? trimAgent(ctx, from + 1, c0) : undefined;
  return { noun, agent };
}

const BY_WORDS = new Set(['by', 'from']);
const OUTLET_WORDS = new Set(['on', 'in']);

/** "several unconfirmed reports": the reports as their own unnamed source, with their determiner. */
export function reportsPhrase(ctx: Context, cue: FoundCue): Agent | undefined {
  // "a news report that…": a report noun with no author is its own unnamed source.
  const report = ctx.lexicon.agents.report.has(ctx.doc.tokens[cue.last - 1]?.normal ?? '');
  if (cue.entry.signal !== 'UNCONFIRMED_REPORT' && cue.entry.signal !== 'RUMOUR' && !report) return undefined;
  const t = ctx.doc.tokens;
  let first = cue.first;
  while (first > 0 && ['DET', 'ADJ', 'NUM'].includes(t[first - 1]?.pos ?? '')) first--;
  return { first, last: cue.last };
}

/** "…or that he discussed…": a clause that coordinates a second "that" complement with the first. */
export function secondComplement(ctx: Context, [c0]: [number, number]) {
  const t = ctx.doc.tokens;
  return (t[c0]?.normal === 'and' || t[c0]?.normal === 'or') && t[c0 + 1]?.normal === 'that';
}

/** "There are several unconfirmed reports": a clause that says only that reports exist. */
export function isExistentialFrame(ctx: Context, [c0, c1]: [number, number]) {
  const t = ctx.doc.tokens;
  const start = trim(ctx, c0, c1)[0];
  return t[start]?.normal === 'there' && t[start + 1]?.lemma === 'be' && !hasVerb(ctx.doc, start + 2, c1);
}

const CONCESSIVE = new Set(['although', 'whereas']);

/** Personal pronouns that open a clause of their own after a comma ("I" is left out: it mostly starts a quotation). */
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'he', 'she']);

const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'although', 'though', 'whereas']);

/**
 * Whether token `at` opens a clause that describes a noun rather than continues the sentence: a
 * relative word ("…, which would…"), a preposition before one ("…, in which he misrepresented…"), or
 * an apposition that a relative clause completes ("…near Goma, a city that was captured…").
 */
function opensRelative(ctx: Context, at: number) {
  const t = ctx.doc.tokens;
  const { relative } = ctx.lexicon.agents;
  const token = t[at] as Token;
  if (relative.has(token.normal)) return true;
  if (token.pos === 'ADP' && relative.has(t[at + 1]?.normal ?? '')) return true;
  if (token.pos !== 'DET') return false;
  for (let i = at + 1; i < Math.min(t.length, at + 6); i++) {
    const word = t[i] as Token;
    if (!word.isWord || isVerb(word)) return false;
    if (word.normal === 'that' || relative.has(word.normal)) return hasVerb(ctx.doc, i + 1, Math.min(t.length, i + 5));
  }
  return false;
}

/** A relative or concessive clause is the writer's aside: it does not take the sentence's speaker. */
export function isAside(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  return (
    opensRelative(ctx, first) ||
    ['though', 'although'].includes(t[first]?.normal ?? '') ||
    impersonal(ctx, [first, last])
  );
}

/**
 * "…, but it could not be independently confirmed how much…", "it is unclear whether…": an impersonal "it"
 * with a passive or an adjective is the text's own comment, not the speaker's words before it.
 */
function impersonal(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  const [start] = trim(ctx, first, last);
  if (t[start]?.normal !== 'it') return false;
  for (let i = start + 1; i < Math.min(last, start + 5); i++) {
    const word = t[i] as Token;
    if (word.lemma === 'be') {
      let next = i + 1;
      while (t[next]?.pos === 'ADV' || t[next]?.normal === 'been') next++;
      const after = t[next];
      return after?.pos === 'ADJ' || (after?.pos === 'VERB' && /(ed|en)$/u.test(after.normal));
    }
    if (!MODAL_OR_NOT.has(word.normal) && word.pos !== 'ADV') return false;
  }
  return false;
}

const MODAL_OR_NOT = new Set(['could', 'can', 'may', 'might', 'would', 'will', 'not', "n't", 'has', 'have', 'had']);

/** Page furniture rather than reporting: a line in capitals, or one that tells the reader to act. */
export function isBoilerplate(ctx: Context, first: number, last: number) {
  const words = ctx.doc.tokens.slice(first, last).filter((t) => t.isWord);
  if (words.length >= 2 && words.every((w) => w.text === w.text.toLocaleUpperCase() && /\p{Lu}/u.test(w.text)))
    return true;
  const lead = words[0];
  return (
    ctx.doc.tagged &&
    lead !== undefined &&
    (lead.pos === 'INTJ' ||
      (lead.pos === 'VERB' && lead.normal === lead.lemma && lead.start === ctx.doc.tokens[first]?.start))
  );
}

const ACTUALITY = /^\/{2,}\s*(.+?)\s+ACT\s*\/{2,}$/u;

/**
 * A broadcast script's actuality marker: "/// SAHAF ACT ///" opens the recorded words of the speaker it
 * names (a hop, official when the text gave that name a title), "/// END ACT ///" closes them (null).
 * Undefined for any other line.
 */
export function actualityMarker(ctx: Context, first: number, last: number): SuggestedHop | null | undefined {
  const t = ctx.doc.tokens;
  const start = (t[first] as Token).start;
  const line = ctx.text.slice(start, (t[last - 1] as Token).end);
  const match = ACTUALITY.exec(line);
  if (!match) return undefined;
  const name = match[1] as string;
  if (name === 'END') return null;
  const at = t.findIndex((w, i) => i >= first && i < last && w.text === name.split(/\s+/u)[0]);
  if (at < 0) return null;
  const span = spanOf(ctx, at, at + name.split(/\s+/u).length);
  const normal = name.toLowerCase();
  const official = [...ctx.officialNames].some((n) => n === normal || n.endsWith(`-${normal}`));
  return { role: 'QUOTED_SPEAKER', name: span.exact, span, official, proposedKind: 'ACTOR' };
}
