import type { ClaimType, CueKind, HopRole, StatedCertainty } from '../../__generated__/prisma/enums.js';
import { type KnownAgent, matchAgent } from './agents.js';
import { type FoundCue, findCues } from './cues.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { type Token, type TokenisedText, tokenise } from './tokens.js';

/**
 * Proposes the claims of an article's text: each with its anchored quote, a stated certainty and the
 * cue words that justify it, an attribution chain, quantities, times and a confidence. Plain
 * functions over the tokens (tokens.ts) and the cue lexicon (lexicon/*.json); nothing here reads or
 * writes the database. The rules, in order:
 *
 * 1. Sentences joined while a quotation is open ("…vessels. They are firing…" is one quotation).
 * 2. Clauses split at a comma followed by and/but (or at a semicolon) when both sides have a verb.
 * 3. In each clause, a reporting frame from the lexicon ("X said that Y", "Y, X said", "according to
 *    X, Y", "X told Z that Y", "X quoted Y as saying Z") separates the content (the claim) from the
 *    words that name who says it (the attribution). A clause without a frame is a claim of the text.
 * 4. The stated certainty is the strongest signal of the clause's cues (denial, absence of
 *    confirmation, rumour, unconfirmed report, allegation, estimate, intention), then the kind of
 *    attribution (official or not), then speculation, else an unattributed assertion.
 */

export interface SuggestedSpan {
  start: number;
  end: number;
  exact: string;
}

export interface SuggestedCue extends SuggestedSpan {
  kind: CueKind;
  /** The lexicon phrase that matched. */
  phrase: string;
}

export interface SuggestedHop {
  role: HopRole;
  /** The words that name the hop, as written. */
  name: string;
  span?: SuggestedSpan;
  /** A recorded actor or source with this name or alias. */
  match?: KnownAgent;
  /** Whether the words name an official body or office holder (a ministry, a spokesman, the army). */
  official: boolean;
  /** What to create when nothing matched: a source for outlets and unnamed sources, else an actor. */
  proposedKind: 'ACTOR' | 'SOURCE';
}

export interface SuggestedQuantity extends SuggestedSpan {
  value?: number;
  lower?: number;
  upper?: number;
  approximate: boolean;
}

export interface SuggestedClaim {
  span: SuggestedSpan;
  /** A canonical text proposed for the claim: the quote as a sentence. */
  text: string;
  type: ClaimType;
  statedCertainty: StatedCertainty;
  cues: SuggestedCue[];
  attribution: SuggestedHop[];
  quantities: SuggestedQuantity[];
  times: SuggestedSpan[];
  /** 0–1: how sure the rules are of this proposal (see `confidenceOf`). */
  confidence: number;
}

export interface SuggestOptions {
  language: string;
  /** Recorded actors and sources, to match the names the text gives. */
  known?: readonly KnownAgent[];
  /** The article's publisher, added as the chain's last hop (REPORTER) when known. */
  publisher?: KnownAgent;
}

/** Stronger signals first: a denial outranks the attribution it comes with. */
const SIGNAL_ORDER: readonly StatedCertainty[] = [
  'DENIAL',
  'ABSENCE_OF_CONFIRMATION',
  'RUMOUR',
  // "I think it is time for…": a speaker who marks the words as a view of its own gives an opinion.
  'OPINION',
  // The nearer frame wins: "media reports said the group had claimed…" states the group's allegation.
  'ALLEGATION',
  'UNCONFIRMED_REPORT',
  'ESTIMATE',
  'INTENTION',
];

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);

interface Context {
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

interface Agent {
  first: number;
  last: number;
}

interface Framed {
  claim: [number, number];
  hops: SuggestedHop[];
}

export function suggestClaims(text: string, options: SuggestOptions): SuggestedClaim[] {
  const lexicon = lexiconFor(options.language);
  const doc = tokenise(text, options.language);
  if (!lexicon) return [];
  const ctx: Context = {
    text,
    doc,
    lexicon,
    known: options.known ?? [],
    officialNames: new Set(),
    personNames: new Set(),
    partyNames: new Set(),
  };
  registerTitledNames(ctx);
  const claims: SuggestedClaim[] = [];
  // The speaker of the sentence before, for a quotation that stands alone after it.
  let previousHops: SuggestedHop[] = [];
  // The speaker of a broadcast script's actuality ("/// SAHAF ACT ///" … "/// END ACT ///").
  let actuality: SuggestedHop | undefined;
  for (const [first, last] of units(doc)) {
    const marker = actualityMarker(ctx, first, last);
    if (marker !== undefined) {
      actuality = marker ?? undefined;
      continue;
    }
    if (isBoilerplate(ctx, first, last)) continue;
    const cues = findCues(doc.tokens, lexicon, first, last);
    let inherited: SuggestedHop[] | undefined;
    const clauses = splitClauses(ctx, first, last, cues);
    const framedClauses = clauses.map((clause) => frameClause(ctx, clause, cues));
    const standaloneQuote =
      framedClauses.every((f) => f === undefined) && QUOTE_MARKS.has(doc.tokens[first]?.text ?? '');
    // The previous clause as read: a second complement ("…that X or that Y") is read like the first.
    let previous: { framed: Framed; cueClause: [number, number] } | undefined;
    for (const [i, clause] of clauses.entries()) {
      let framed = framedClauses[i];
      // A clause with no frame of its own: inside a quotation it takes the quotation's speaker; after
      // "X said Y" in the same sentence, it takes X ("…, and they will also meet…"); a quotation that
      // is a paragraph of its own continues the speaker of the sentence before it.
      // "…denied allegations by the Times that he suggested…": the allegation's content is a claim of
      // its own, read with the clause that names it.
      const noun = i > 0 ? nounComplement(ctx, cues, clause) : undefined;
      let cueClause = clause;
      const coordinated = previous && !framed && secondComplement(ctx, clause);
      if (coordinated && previous) {
        framed = { claim: trim(ctx, clause[0] + 2, clause[1]), hops: previous.framed.hops };
        cueClause = [previous.cueClause[0], clause[1]];
      } else if (noun) {
        const main = framedClauses[i - 1];
        const denied = cues.some(
          (c) =>
            c.entry.signal === 'DENIAL' && c.first >= (clauses[i - 1] as [number, number])[0] && c.last <= clause[0],
        );
        // Who alleges or reports: the denier's words for a denial, else "by X", else the reports themselves.
        const source = noun.agent ?? reportsPhrase(ctx, noun.noun);
        const hops = denied || !source ? (main?.hops ?? inherited ?? []) : [hopOf(ctx, source, undefined, !noun.agent)];
        framed = { claim: trim(ctx, clause[0] + 1, clause[1]), hops };
        cueClause = [(clauses[i - 1] as [number, number])[0], clause[1]];
        // "There are several unconfirmed reports that…": the clause before only frames this one.
        if (
          isExistentialFrame(ctx, clauses[i - 1] as [number, number]) &&
          claims.at(-1)?.span.start === doc.tokens[clauses[i - 1]?.[0] ?? 0]?.start
        )
          claims.pop();
      } else if (!framed) {
        // A clause that opens the quotation is inside it too.
        const opens = QUOTE_MARKS.has(doc.tokens[clause[0]]?.text ?? '');
        const quoted = insideQuote(doc.tokens, opens ? clause[0] + 1 : clause[0]);
        const donor = quoted ? framedClauses.find((f) => f !== undefined) : undefined;
        const aside = !quoted && isAside(ctx, clause);
        const hops =
          donor?.hops ??
          (aside ? undefined : inherited) ??
          (standaloneQuote ? previousHops : undefined) ??
          (actuality ? [actuality] : undefined);
        framed = { claim: trim(ctx, clause[0], clause[1]), hops: hops ?? [] };
      } else {
        inherited = framed.hops;
        if (framed.hops.length > 0) previousHops = framed.hops;
      }
      previous = { framed, cueClause };
      const claim = buildClaim(ctx, framed, cueClause, cues, options);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

const ACTUALITY = /^\/{2,}\s*(.+?)\s+ACT\s*\/{2,}$/u;

/**
 * A broadcast script's actuality marker: "/// SAHAF ACT ///" opens the recorded words of the speaker it
 * names (a hop, official when the text gave that name a title), "/// END ACT ///" closes them (null).
 * Undefined for any other line.
 */
function actualityMarker(ctx: Context, first: number, last: number): SuggestedHop | null | undefined {
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

/**
 * Names given with an official title anywhere in the text ("remarks made by Foreign Minister Sergei
 * Lavrov"), so the surname alone is an official speaker later ("Lavrov said…").
 */
function registerTitledNames(ctx: Context) {
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!ctx.lexicon.agents.official.has(t[i]?.normal ?? '')) continue;
    if (ctx.lexicon.agents.nonState.has(t[i - 1]?.normal ?? '')) continue;
    let j = i + 1;
    while (t[j]?.pos === 'PROPN') j++;
    if (j - i >= 3) {
      const surname = t[j - 1]?.normal as string;
      ctx.officialNames.add(surname);
      ctx.personNames.add(surname);
    }
  }
}

function isVerb(token: Token | undefined) {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

function isPunct(token: Token | undefined, chars?: string) {
  return token !== undefined && !token.isWord && (chars === undefined || chars.includes(token.text));
}

function hasVerb(doc: TokenisedText, first: number, last: number) {
  if (!doc.tagged) return doc.tokens.slice(first, last).filter((t) => t.isWord).length >= 2;
  for (let i = first; i < last; i++) if (isVerb(doc.tokens[i])) return true;
  return false;
}

function wordCount(doc: TokenisedText, first: number, last: number) {
  return doc.tokens.slice(first, last).filter((t) => t.isWord).length;
}

/** Sentences, joined while a quotation is open (at most three). */
function units(doc: TokenisedText): [number, number][] {
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

/** Whether token `at` lies inside a quotation (an odd number of quote marks before it in its line). */
function insideQuote(tokens: readonly Token[], at: number) {
  let marks = 0;
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.text.includes('\n')) break;
    if (QUOTE_MARKS.has(token.text)) marks++;
  }
  return marks % 2 === 1;
}

function splitClauses(ctx: Context, first: number, last: number, cues: readonly FoundCue[]): [number, number][] {
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
    const conjunction = (comma && CLAUSE_WORDS.has(token.normal)) || secondComplement(ctx, [i, last]);
    const relative = isPunct(doc.tokens[i - 1], ',—–-') && opensRelative(ctx, i);
    if (!semicolon && !conjunction && !relative) continue;
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

const REPORTED_NOUNS = new Set<StatedCertainty>(['ALLEGATION', 'UNCONFIRMED_REPORT', 'RUMOUR']);

/**
 * A clause that starts with "that" and completes a noun of allegation or report ("allegations from
 * U.S. intelligence agencies that Russian hackers interfered…"), with who made it ("by X", "from X").
 * Not a relative "that" ("the reports that were published"): a subject comes before its verb.
 */
function nounComplement(ctx: Context, cues: readonly FoundCue[], [c0, c1]: [number, number]) {
  const t = ctx.doc.tokens;
  if (!ctx.doc.tagged || t[c0]?.normal !== 'that' || isVerb(t[c0 + 1]) || !hasVerb(ctx.doc, c0 + 1, c1))
    return undefined;
  const noun = cues.find(
    (c) =>
      c.entry.signal !== undefined &&
      REPORTED_NOUNS.has(c.entry.signal) &&
      t[c.last - 1]?.pos === 'NOUN' &&
      c.last <= c0 &&
      c0 - c.last <= 6 &&
      !hasVerb(ctx.doc, c.last, c0),
  );
  if (!noun) return undefined;
  const by = findWord(t, noun.last, c0, BY_WORDS);
  const agent = by !== undefined ? trimAgent(ctx, by + 1, c0) : undefined;
  return { noun, agent };
}

const BY_WORDS = new Set(['by', 'from']);

/** "several unconfirmed reports": the reports as their own unnamed source, with their determiner. */
function reportsPhrase(ctx: Context, cue: FoundCue): Agent | undefined {
  if (cue.entry.signal !== 'UNCONFIRMED_REPORT' && cue.entry.signal !== 'RUMOUR') return undefined;
  const t = ctx.doc.tokens;
  let first = cue.first;
  while (first > 0 && ['DET', 'ADJ', 'NUM'].includes(t[first - 1]?.pos ?? '')) first--;
  return { first, last: cue.last };
}

/** "…or that he discussed…": a clause that coordinates a second "that" complement with the first. */
function secondComplement(ctx: Context, [c0]: [number, number]) {
  const t = ctx.doc.tokens;
  return (t[c0]?.normal === 'and' || t[c0]?.normal === 'or') && t[c0 + 1]?.normal === 'that';
}

/** "There are several unconfirmed reports": a clause that says only that reports exist. */
function isExistentialFrame(ctx: Context, [c0, c1]: [number, number]) {
  const t = ctx.doc.tokens;
  const start = trim(ctx, c0, c1)[0];
  return t[start]?.normal === 'there' && t[start + 1]?.lemma === 'be' && !hasVerb(ctx.doc, start + 2, c1);
}

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
function isAside(ctx: Context, [first]: [number, number]) {
  const t = ctx.doc.tokens;
  return opensRelative(ctx, first) || ['though', 'although'].includes(t[first]?.normal ?? '');
}

const COMMAS = ',;،؛';

function nextComma(tokens: readonly Token[], from: number, last: number) {
  for (let i = from; i < last; i++) if (isPunct(tokens[i], COMMAS)) return i;
  return last;
}

function previousBoundary(tokens: readonly Token[], before: number, first: number, words?: ReadonlySet<string>) {
  for (let i = before - 1; i >= first; i--) {
    if (isPunct(tokens[i], `${COMMAS}:—–-"“”«»(`)) return i + 1;
    if (words?.has(tokens[i]?.normal ?? '')) return i + 1;
  }
  return first;
}

/** Where the speaker of a verb starts: after a comma right before the verb ("X, a spokesman, said"). */
function subjectStart(ctx: Context, verb: number, first: number) {
  const t = ctx.doc.tokens;
  const end = isPunct(t[verb - 1], COMMAS) ? verb - 1 : verb;
  return previousBoundary(t, end, first, ctx.lexicon.agents.subjectBoundary);
}

/** Trims punctuation, quote marks and leading connectives from a token range. */
function trim(ctx: Context, first: number, last: number, words = ctx.lexicon.agents.leadingTrim): [number, number] {
  const t = ctx.doc.tokens;
  while (first < last && (!t[first]?.isWord || words.has(t[first]?.normal ?? ''))) first++;
  while (last > first && !t[last - 1]?.isWord && !isPunct(t[last - 1], ')')) last--;
  return [first, last];
}

function trimAgent(ctx: Context, first: number, last: number): Agent | undefined {
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

/**
 * Two speakers joined by "and" are two hops ("NATO and local officials", "General Chris Olukolade and
 * government communications official Mike Olmeri"); a name with "and" inside it ("Liberians United for
 * Reconciliation and Democracy") is one, told by the proper name after "and".
 */
function conjuncts(ctx: Context, agent: Agent): Agent[] {
  const t = ctx.doc.tokens;
  for (let i = agent.first + 1; i < agent.last - 1; i++) {
    if (t[i]?.normal !== 'and' || t[i + 1]?.pos === 'PROPN') continue;
    const left = trimAgent(ctx, agent.first, i);
    const right = trimAgent(ctx, i + 1, agent.last);
    if (left && right) return [left, ...conjuncts(ctx, right)];
  }
  return [agent];
}

function frameCue(ctx: Context, cues: readonly FoundCue[], first: number, last: number) {
  return cues.find(
    (c) =>
      c.first >= first &&
      c.last <= last &&
      c.entry.frame !== undefined &&
      c.entry.frame !== 'quoting' &&
      !insideQuote(ctx.doc.tokens, c.first) &&
      !turnsDownProposal(ctx, c) &&
      (!ctx.doc.tagged ||
        c.entry.frame === 'according' ||
        (isVerb(ctx.doc.tokens[c.first]) && !nonFinite(ctx, c.first)) ||
        quotesAsSaying(ctx, c, last) ||
        verbReadAsNoun(ctx, c)),
  );
}

/**
 * "The government has rejected an appeal by the rebels for a truce": turning down a proposal is an act
 * the text reports, not a statement whose content follows.
 */
function turnsDownProposal(ctx: Context, cue: FoundCue) {
  const t = ctx.doc.tokens;
  return (
    cue.entry.signal === 'DENIAL' &&
    t.slice(cue.last, cue.last + 3).some((w) => w.pos === 'NOUN' && ctx.lexicon.markers.proposal.has(w.lemma))
  );
}

/**
 * "A top Somali official disputes a report…", "The agency estimates that…": the tagger may read a
 * reporting or denial verb in -s as a plural noun; after a noun and before a determiner or "that" it
 * can only be the verb.
 */
function verbReadAsNoun(ctx: Context, cue: FoundCue) {
  const t = ctx.doc.tokens;
  const word = t[cue.first];
  if (cue.last !== cue.first + 1 || word?.pos !== 'NOUN' || !word.normal.endsWith('s')) return false;
  const before = t[cue.first - 1]?.pos;
  const after = t[cue.last];
  return (
    (before === 'NOUN' || before === 'PROPN') &&
    (after?.pos === 'DET' || ctx.lexicon.agents.complementiser.has(after?.normal ?? ''))
  );
}

/** "The agency quotes a spokesman as saying…": the tagger may read "quotes" as a noun; "as saying" settles it. */
function quotesAsSaying(ctx: Context, cue: FoundCue, last: number) {
  return (
    cue.entry.frame === 'quote' && findSaying(ctx.doc.tokens, cue.last, Math.min(last, cue.last + 10)) !== undefined
  );
}

/**
 * A reporting verb that reports nothing of its own: an infinitive ("berated VOA for failing to report
 * the response") is what another verb is about, and an -ing form after a noun or determiner is a
 * noun ("misrepresented Voice of America reporting"). A participle after a comma ("…, saying that")
 * stays a frame, and so does one after a noun of speech ("a statement saying").
 */
function nonFinite(ctx: Context, at: number) {
  const t = ctx.doc.tokens;
  const before = t[at - 1];
  if (before?.normal === 'to' && before.pos === 'PART') return true;
  return (
    (t[at]?.normal.endsWith('ing') ?? false) &&
    before !== undefined &&
    ['PROPN', 'DET', 'ADJ'].includes(before.pos ?? '') &&
    before.entity !== 'DATE'
  );
}

function frameClause(ctx: Context, clause: [number, number], cues: readonly FoundCue[]): Framed | undefined {
  const { doc } = ctx;
  const t = doc.tokens;
  const [c0, c1] = clause;
  const cue = frameCue(ctx, cues, c0, c1);
  if (!cue) return headlineSource(ctx, clause);
  const unnamed = cues.some((c) => c.first >= c0 && c.last <= c1 && c.entry.agent === 'unnamed');
  const quoting = cues.find((c) => c.first >= c0 && c.last <= c1 && c.entry.frame === 'quoting');
  const extra: SuggestedHop[] = [];
  if (quoting) {
    const agent = trimAgent(ctx, quoting.last, nextComma(t, quoting.last, c1));
    if (agent) extra.push(hopOf(ctx, agent, 'UNNAMED_SOURCE', unnamed));
  }

  if (cue.entry.frame === 'according') {
    const comp = findWord(t, cue.last, c1, ctx.lexicon.agents.complementiser);
    const agentEnd = Math.min(nextComma(t, cue.last, c1), comp ?? c1);
    const agent = trimAgent(ctx, cue.last, agentEnd);
    const hops = agent ? [hopOf(ctx, agent, undefined, unnamed)] : [];
    const after = trim(ctx, comp === agentEnd ? agentEnd + 1 : agentEnd, c1);
    if (wordCount(doc, after[0], after[1]) >= 2) return relay(ctx, cues, { claim: after, hops });
    return { claim: trim(ctx, c0, cue.first), hops };
  }

  // Arabic and other untagged languages put the verb first: "قالت [agent] إن [claim]".
  if (!doc.tagged) {
    const comp = findWord(t, cue.last, c1, ctx.lexicon.agents.complementiser);
    let agentEnd = comp ?? c1;
    for (let i = cue.last; i < agentEnd; i++) {
      const token = t[i] as Token;
      if (!token.isWord && !isPunct(token, '()')) {
        agentEnd = i;
        break;
      }
      if (i > cue.last && (ctx.lexicon.agents.prepositions.has(token.normal) || token.normal.startsWith('ب'))) {
        agentEnd = i;
        break;
      }
    }
    const agent = trimAgent(ctx, cue.last, agentEnd);
    const claimStart = comp !== undefined ? comp + 1 : agentEnd;
    const claim = trim(ctx, claimStart, c1);
    const before = trim(ctx, c0, cue.first);
    const hops = agent ? [hopOf(ctx, agent, undefined, unnamed)] : [];
    if (wordCount(doc, claim[0], claim[1]) >= 2) return { claim, hops };
    if (wordCount(doc, before[0], before[1]) >= 2) return { claim: before, hops };
    return undefined;
  }

  // English: find the content after the frame (a complement) or before it ("Y, X said").
  let contentStart = cue.last;
  let object: Agent | undefined;
  if (cue.entry.frame === 'tell' || cue.entry.frame === 'quote') {
    const that = findWord(t, cue.last, c1, ctx.lexicon.agents.complementiser);
    const saying = findSaying(t, cue.last, c1);
    const end = cue.entry.frame === 'quote' ? (saying ?? that) : that;
    if (end !== undefined) {
      object = trimAgent(ctx, cue.last, Math.min(end, nextComma(t, cue.last, end)));
      contentStart = cue.entry.frame === 'quote' && saying !== undefined ? saying + 2 : end + 1;
    } else if (cue.entry.frame === 'tell') {
      // "Weibel tells VOA the poor security situation makes…": the name after "tell" is the hearer, the
      // rest the content.
      let k = cue.last;
      while (k < c1 && t[k]?.pos === 'PROPN') k++;
      if (k > cue.last && k < c1) {
        object = { first: cue.last, last: k };
        contentStart = k;
      }
    }
  }
  const complement = trim(ctx, contentStart, c1);
  const complementHasVerb = hasVerb(doc, complement[0], complement[1]) && wordCount(doc, ...complement) >= 2;
  const subjectFrom = subjectStart(ctx, cue.first, c0);
  const subject = relativeSpeaker(ctx, cue.first, c0) ?? trimAgent(ctx, subjectFrom, cue.first);
  // The words before the name ("A spokesman for the ministry, [Tahiri]") tell whether it is official.
  const subjectContext = contextStart(ctx, cue.first, c0);

  // The words before the speaker tell whether it is official only when it is the sentence's subject.
  const chain = (speaker: Agent | undefined, context?: number, apposition?: number): SuggestedHop[] => {
    const hops: SuggestedHop[] = [];
    if (cue.entry.frame === 'quote') {
      if (object) hops.push(hopOf(ctx, object, 'QUOTED_SPEAKER', unnamed));
      if (speaker) hops.push(hopOf(ctx, speaker, 'REPORTER', false));
      return hops;
    }
    hops.push(...extra);
    // Speakers joined by "and" speak alike: the first one's role is theirs too.
    let role: HopRole | undefined = extra.length > 0 ? 'REPORTER' : undefined;
    const speakers = speaker ? conjuncts(ctx, speaker) : [];
    for (const [i, one] of speakers.entries()) {
      const last = i === speakers.length - 1;
      const hop = hopOf(ctx, one, role, unnamed, i === 0 ? context : one.first, last ? apposition : one.last);
      role = hop.role;
      hops.push(hop);
    }
    if (cue.entry.frame === 'tell' && object && isSourceName(ctx, object))
      hops.push(hopOf(ctx, object, 'REPORTER', false));
    return hops;
  };

  if (complementHasVerb) return relay(ctx, cues, { claim: complement, hops: chain(subject, subjectContext) });

  // "Y, X said" / "Y, say X" / "…, X quoted Z as saying.": the content is before the frame.
  const agentAfter = trimAgent(ctx, cue.last, nextComma(t, cue.last, c1));
  // After a denial verb stands what is denied ("…have disputed the claims"), not who denies it.
  const speaker = cue.entry.frame === 'quote' || cue.entry.kind === 'NEGATION' ? subject : (agentAfter ?? subject);
  const boundary = speaker && speaker.first < cue.first ? previousBoundary(t, speaker.first, c0) : cue.first;
  const content = trim(ctx, c0, Math.max(c0, boundary));
  // "…,” said Hani al-Qawasmi, Palestinian Interior Minister": the title after the name counts too.
  const apposition = speaker === agentAfter && speaker && isPunct(t[speaker.last], ',') ? c1 : undefined;
  if (wordCount(doc, ...content) >= 2 && hasVerb(doc, ...content)) {
    return { claim: content, hops: chain(speaker, undefined, apposition) };
  }
  // "Rebels deny the claim": the whole clause is the claim, said by its subject.
  return { claim: trim(ctx, c0, c1), hops: chain(subject) };
}

/**
 * A report of a report: "AFP says M23 rebels also claim that 400 troops were killed", "according to
 * media reports, a group has announced that it killed…". When the content opens with a speaker and a
 * reporting verb of its own, the inner speaker is the originator and the outer one relays it.
 */
function relay(ctx: Context, cues: readonly FoundCue[], outer: Framed): Framed {
  const t = ctx.doc.tokens;
  const [c0, c1] = outer.claim;
  const inner = cues.find(
    (c) =>
      c.first > c0 &&
      c.first <= c0 + 8 &&
      c.last < c1 &&
      (c.entry.frame === 'say' || c.entry.frame === 'tell') &&
      isVerb(t[c.first]) &&
      !nonFinite(ctx, c.first) &&
      !insideQuote(t, c.first),
  );
  if (!inner || outer.hops.length === 0) return outer;
  // "He said the government does not deny that…": a negated verb reports nothing; the outer speaker says it.
  if (cues.some((c) => c.entry.kind === 'NEGATION' && c.last <= inner.first && c.last >= inner.first - 1)) return outer;
  // The inner speaker is the whole stretch before its verb, with no comma or clause word in it.
  if (subjectStart(ctx, inner.first, c0) !== c0) return outer;
  const speaker = trimAgent(ctx, c0, inner.first);
  if (!speaker || wordCount(ctx.doc, speaker.first, speaker.last) > 6) return outer;
  const comp = findWord(t, inner.last, Math.min(c1, inner.last + 2), ctx.lexicon.agents.complementiser);
  let claim = trim(ctx, comp !== undefined ? comp + 1 : inner.last, c1);
  if (wordCount(ctx.doc, ...claim) < 2 || !hasVerb(ctx.doc, ...claim)) return outer;
  // "the group had claimed to have carried out the attack": an infinitive needs its subject to be a claim.
  if (t[claim[0]]?.normal === 'to') claim = outer.claim;
  const originator = hopOf(ctx, speaker, undefined, false);
  // "But he said he rejects efforts to…": a speaker reporting his own words is one hop, not a relay.
  if (originator.name === outer.hops[0]?.name) return { claim, hops: outer.hops };
  // The relay reports; an unnamed one ("media reports") stays unnamed.
  const relays = outer.hops.map((hop, i) =>
    i === 0 && hop.role !== 'UNNAMED_SOURCE' ? { ...hop, role: 'REPORTER' as const } : hop,
  );
  return { claim, hops: [originator, ...relays] };
}

/**
 * The speaker of a verb whose subject is a relative clause or a relative pronoun: "A source who was in
 * the room when Rosenstein made the remark told VOA…" is said by "A source", not by Rosenstein;
 * "…a report by Galperovich, who wrote that…" by Galperovich.
 */
function relativeSpeaker(ctx: Context, verb: number, first: number): Agent | undefined {
  const t = ctx.doc.tokens;
  if (!ctx.doc.tagged) return undefined;
  let at = verb - 1;
  while (at > first && t[at]?.pos === 'ADV') at--;
  if (at === first && t[at]?.normal === 'who' && isPunct(t[at - 1], ',')) {
    let start = at - 1;
    while (start > 0 && t[start - 1]?.pos === 'PROPN') start--;
    return start < at - 1 ? { first: start, last: at - 1 } : undefined;
  }
  const from = previousBoundary(t, verb, first);
  const relative = t.slice(from, verb).findIndex((w) => w.normal === 'who' || w.normal === 'that');
  if (relative <= 0 || !hasVerb(ctx.doc, from + relative + 1, verb)) return undefined;
  if (hasVerb(ctx.doc, from, from + relative)) return undefined;
  return trimAgent(ctx, from, from + relative);
}

function contextStart(ctx: Context, verb: number, first: number) {
  for (let i = verb - 1; i >= first; i--) {
    const token = ctx.doc.tokens[i] as Token;
    // "that" as a determiner ("The top government official in that region, …") opens no clause.
    const boundary = ctx.lexicon.agents.subjectBoundary.has(token.normal) && token.pos !== 'DET';
    if (boundary || QUOTE_MARKS.has(token.text)) return i + 1;
  }
  return first;
}

/** "Source: what it says", the headline form: a short name before a colon. */
function headlineSource(ctx: Context, [c0, c1]: [number, number]): Framed | undefined {
  const t = ctx.doc.tokens;
  for (let i = c0; i < Math.min(c1, c0 + 8); i++) {
    if (!isPunct(t[i], ':')) continue;
    const agent = trimAgent(ctx, c0, i);
    const claim = trim(ctx, i + 1, c1);
    if (!agent || wordCount(ctx.doc, agent.first, agent.last) > 4 || wordCount(ctx.doc, ...claim) < 2) return undefined;
    return { claim, hops: [hopOf(ctx, agent, undefined, false)] };
  }
  return undefined;
}

/** Page furniture rather than reporting: a line in capitals, or one that tells the reader to act. */
function isBoilerplate(ctx: Context, first: number, last: number) {
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

function findWord(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>) {
  for (let i = from; i < to; i++) if (words.has(tokens[i]?.normal ?? '')) return i;
  return undefined;
}

function findSaying(tokens: readonly Token[], from: number, to: number) {
  for (let i = from; i < to - 1; i++) if (tokens[i]?.normal === 'as' && tokens[i + 1]?.normal === 'saying') return i;
  return undefined;
}

function agentWords(ctx: Context, agent: Agent) {
  return ctx.doc.tokens.slice(agent.first, agent.last).map((t) => t.normal);
}

function hasAny(words: readonly string[], set: ReadonlySet<string>) {
  const joined = ` ${words.join(' ')} `;
  for (const w of set) if (joined.includes(` ${w} `)) return true;
  return words.some((w) => set.has(w));
}

function isSourceName(ctx: Context, agent: Agent) {
  const words = agentWords(ctx, agent);
  return (
    hasAny(words, ctx.lexicon.agents.media) ||
    ctx.doc.tokens.slice(agent.first, agent.last).every((t) => t.pos === 'PROPN')
  );
}

function spanOf(ctx: Context, first: number, last: number): SuggestedSpan {
  const start = (ctx.doc.tokens[first] as Token).start;
  const end = (ctx.doc.tokens[last - 1] as Token).end;
  return { start, end, exact: ctx.text.slice(start, end) };
}

function hopOf(
  ctx: Context,
  agent: Agent,
  role: HopRole | undefined,
  unnamed: boolean,
  contextFirst = agent.first,
  appositionLast = agent.last,
): SuggestedHop {
  const { lexicon, doc } = ctx;
  const words = agentWords(ctx, agent);
  const title = agentWords(ctx, { first: agent.last, last: appositionLast });
  const lastWord = doc.tokens[agent.last - 1];
  const surname = lastWord?.pos === 'PROPN' ? lastWord.normal : undefined;
  // Official by its words, or by a name an official was given earlier ("Rogers" after "Director … Rogers").
  const named = agentWords(ctx, { first: Math.min(contextFirst, agent.first), last: agent.last });
  // A rebel army's spokesman speaks for a party, not for an authority.
  // The agent's own words and title only: "As fighting between government and rebel forces continues, the
  // government says…" is the government speaking.
  // So does a title set before the name as an apposition ("a rebel spokesman in Abidjan, Sidiki Konate,
  // denies…"): a phrase with no verb of its own, which a clause of the sentence ("As fighting between
  // government and rebel forces continues, …") is not.
  const before = { first: Math.min(contextFirst, agent.first), last: agent.first };
  const appositive = before.last > before.first && !hasVerb(doc, before.first, before.last);
  const party = hasAny([...words, ...title, ...(appositive ? agentWords(ctx, before) : [])], lexicon.agents.nonState);
  const official =
    !party &&
    (hasAny(named, lexicon.agents.official) ||
      hasAny(title, lexicon.agents.official) ||
      (surname !== undefined && ctx.officialNames.has(surname)));
  if (official && surname !== undefined) ctx.officialNames.add(surname);
  const span = spanOf(ctx, agent.first, agent.last);
  // A pronoun names the last agent the text named.
  const previous = words[0] === 'it' ? ctx.lastAgent : (ctx.lastSpeaker ?? ctx.lastAgent);
  if (words.length === 1 && lexicon.agents.pronoun.has(words[0] ?? '') && previous) {
    return { ...previous, role: role ?? previous.role, span };
  }
  const tokens = doc.tokens.slice(agent.first, agent.last);
  const media = hasAny(words, lexicon.agents.media);
  // Punctuation inside a name ("al-Qawasmi") does not make it less of a name.
  const proper = tokens.filter((t) => t.pos === 'PROPN').length;
  const nameWords = tokens.filter((t) => t.isWord).length;
  const match = matchAgent(span.exact, ctx.known);
  // A recorded source is an outlet, whatever its name looks like.
  const source = media || match?.kind === 'SOURCE';
  const person =
    hasAny(words, lexicon.agents.person) ||
    hasAny(title, lexicon.agents.person) ||
    (proper >= 2 && proper === nameWords) ||
    (proper === 1 && nameWords === 1 && surname !== undefined && ctx.personNames.has(surname));
  if (person && surname !== undefined) ctx.personNames.add(surname);
  if (party && surname !== undefined) ctx.partyNames.add(surname);
  const isUnnamed = unnamed || hasAny(words, lexicon.agents.unnamed);
  const resolved: HopRole =
    role ?? (isUnnamed ? 'UNNAMED_SOURCE' : person && !source ? 'QUOTED_SPEAKER' : 'ORIGINATOR');
  const hop: SuggestedHop = {
    role: resolved,
    name: span.exact,
    span,
    official,
    ...(match ? { match } : {}),
    proposedKind: source || isUnnamed ? 'SOURCE' : 'ACTOR',
  };
  if (!isUnnamed) ctx.lastAgent = hop;
  if (!media) ctx.lastSpeaker = hop;
  return hop;
}

/**
 * The stated certainty, read from the cues in scope:
 * - a cue after a reporting verb inside the claim belongs to the clause that verb reports ("asked them
 *   to state there was no evidence" is not the text's absence of evidence);
 * - a plain negation makes an attributed claim a denial only when it denies that something exists or
 *   happened ("there was no attack"); "they did not feel pressured" is the speaker's statement;
 * - the strongest signal wins, then the kind of attribution (official or not), then speculation;
 * - an unattributed claim that speaks of settled background ("for decades", "to date", "have been
 *   fighting") is stated as established fact, other unattributed claims as the text's own assertion.
 */
function certaintyOf(
  ctx: Context,
  cues: readonly FoundCue[],
  hops: readonly SuggestedHop[],
  claim: [number, number],
): StatedCertainty {
  const t = ctx.doc.tokens;
  const inClaim = (c: FoundCue) => c.first >= claim[0] && c.last <= claim[1];
  // "…, but we stress at this stage, it is rumor": a speaker's frame on its own words does not embed them.
  const embedding = cues.find(
    (c) =>
      inClaim(c) &&
      c.entry.kind === 'ATTRIBUTION_VERB' &&
      c.entry.frame !== undefined &&
      isVerb(t[c.first]) &&
      !ctx.lexicon.markers.selfReference.has(t[c.first - 1]?.normal ?? ''),
  );
  const { markers } = ctx.lexicon;
  // "Press reports quoted the minister as saying…": the quoted official's words, not the outer report.
  const quotedOfficial = hops[0]?.role === 'QUOTED_SPEAKER' && hops[0].official && hops[1]?.role === 'REPORTER';
  const scoped = (embedding ? cues.filter((c) => c.first <= embedding.first) : cues).filter(
    (c) => !(quotedOfficial && !inClaim(c) && c.entry.signal === 'UNCONFIRMED_REPORT'),
  );
  // A speaker who calls something a rumour denies it ("called reports of civilian deaths rumors").
  const labelled = (c: FoundCue) =>
    c.entry.signal === 'RUMOUR' &&
    t.slice(Math.max(claim[0], c.first - 8), c.first).some((w) => markers.labelling.has(w.lemma));
  // "presented evidence in support of the allegations": a report or an allegation named after the
  // claim's verb is what the claim is about, not how it is stated.
  const topic = (c: FoundCue) =>
    inClaim(c) &&
    (c.entry.signal === 'ALLEGATION' || c.entry.signal === 'UNCONFIRMED_REPORT') &&
    t[c.first]?.pos === 'NOUN' &&
    hasVerb(ctx.doc, claim[0], c.first);
  // "does not deny that many civilians were killed" concedes it: a negated denial verb denies nothing.
  const negatedDenial = (c: FoundCue) =>
    c.entry.signal === 'DENIAL' &&
    cues.some(
      (n) => n.entry.kind === 'NEGATION' && n.entry.signal === undefined && n.last <= c.first && n.last >= c.first - 1,
    );
  // "the ministry claimed that all the attacks were repelled": a verb that alleges when a party uses it
  // is an authority's statement when the authority speaks of its own side.
  const authorityClaim = (c: FoundCue) =>
    hops[0]?.official === true &&
    c.entry.kind === 'ATTRIBUTION_VERB' &&
    markers.partyClaim.has(t[c.first]?.lemma ?? '');
  // "a lone soldier was to blame": the idiom states who is responsible; it does not accuse.
  const toBlame = (c: FoundCue) =>
    t[c.first]?.lemma === 'blame' && t[c.first - 1]?.normal === 'to' && t[c.first - 2]?.lemma === 'be';
  // "rejected an appeal for a truce" turns down a proposal; it denies no claim.
  const proposal = (c: FoundCue) => turnsDownProposal(ctx, c);
  const signals = new Set(
    scoped
      .filter((c) => labelled(c) || !(topic(c) || negatedDenial(c) || authorityClaim(c) || proposal(c) || toBlame(c)))
      .map((c) => (labelled(c) ? 'DENIAL' : c.entry.signal))
      .filter((s) => s !== undefined),
  );
  const attributed = hops.length > 0;
  // "there was no attack" denies that something happened; "there is no basis to…" states a view, and a
  // negation with a signal of its own ("no information to confirm") says what that signal says.
  const existential = (c: FoundCue) => {
    if (c.entry.signal !== undefined) return false;
    if (t.slice(c.last, c.last + 2).some((w) => markers.notExistential.has(w.lemma))) return false;
    for (let i = Math.max(0, c.first - 3); i <= c.last && i < t.length; i++)
      if (markers.existential.has(t[i]?.normal ?? '')) return true;
    return false;
  };
  if (
    attributed &&
    scoped.some(
      (c) =>
        c.entry.kind === 'NEGATION' &&
        inClaim(c) &&
        (existential(c) || negativeSubject(ctx, c, claim) || negatedCopula(ctx, c, claim)),
    )
  )
    signals.add('DENIAL');
  // "we will not allow them…" refuses and "they will be eliminated" predicts: neither states a plan.
  if (signals.has('INTENTION') && !scoped.some((c) => c.entry.signal === 'INTENTION' && !willWithoutPlan(ctx, c)))
    signals.delete('INTENTION');
  if (attributed && isParty(ctx, hops[0]) && accuses(ctx, claim)) signals.add('ALLEGATION');
  for (const signal of SIGNAL_ORDER) if (signals.has(signal)) return signal;
  // "it looks like they really don't want…", "is likely to follow…": the speaker's own guess. A modal
  // ("may have killed") stays within what the speaker states.
  const guess = scoped.some((c) => c.entry.signal === 'SPECULATION' && !MODALS.has(t[c.first]?.normal ?? ''));
  if (attributed && guess) return 'SPECULATION';
  if (attributed) {
    // A side's own account of what happened, with no cue of its own, is an allegation; a forecast ("the
    // fighting would continue") or a plan it announces is not an account of events.
    const forecast = t.slice(claim[0], claim[1]).some((w) => MODALS.has(w.normal));
    if (isParty(ctx, hops[0]) && namedSide(ctx, hops[0]) && !isPassive(ctx, claim) && !forecast) return 'ALLEGATION';
    return hops[0]?.official ? 'OFFICIAL_STATEMENT' : 'ATTRIBUTED_STATEMENT';
  }
  if (signals.has('SPECULATION')) return 'SPECULATION';
  if (isBackground(ctx, claim) || describesAgent(ctx, claim) || describesWhatIs(ctx, claim)) return 'ESTABLISHED_FACT';
  return 'ASSERTED_UNATTRIBUTED';
}

/**
 * A negative determiner on the claim's subject of a passive event ("no new air strikes were carried
 * out") denies that the event happened, as "there was no attack" does; "No party has said…" (an active
 * verb first) states rather than denies.
 */
function negativeSubject(ctx: Context, cue: FoundCue, claim: [number, number]) {
  const t = ctx.doc.tokens;
  if (cue.entry.signal !== undefined || cue.first > claim[0] + 1) return false;
  if (!ctx.lexicon.markers.negativeDeterminers.has(t[cue.first]?.normal ?? '')) return false;
  for (let i = cue.last; i < Math.min(claim[1], cue.last + 8); i++) {
    const token = t[i] as Token;
    if (token.lemma === 'be') {
      const next = t.slice(i + 1, claim[1]).find((w) => w.pos !== 'ADV' && w.normal !== 'been');
      return isVerb(next) && next?.lemma !== 'be';
    }
    if (isVerb(token) && token.lemma !== 'have') return false;
  }
  return false;
}

/**
 * A negation on the claim's own "be" ("the army is not responsible", "It's not the Malian army", "the
 * two groups are not working together", "his fighters have not been pushed out"): the speaker denies what
 * the claim names. A negated lexical verb ("they did not feel pressured") states rather than denies, and
 * a negation with a signal of its own ("not known") says what that signal says.
 */
function negatedCopula(ctx: Context, cue: FoundCue, claim: [number, number]) {
  const t = ctx.doc.tokens;
  if (cue.entry.signal !== undefined || cue.first > claim[0] + 6) return false;
  if (!['not', "n't"].includes(t[cue.first]?.normal ?? '')) return false;
  const before = t[cue.first - 1];
  const after = t[cue.last];
  if (cue.first - 1 < claim[0] || before === undefined) return false;
  // "the rebel group is not in a position to…": a speaker's account of where someone stands, not a
  // denial of what something is.
  if (before.lemma === 'be' || before.normal === "'s" || before.normal === "'re") return after?.pos !== 'ADP';
  return (before.lemma === 'have' && after?.normal === 'been') || false;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

/** "will not" refuses and "will be" + participle predicts; "will" names a plan only before a verb of its own. */
function willWithoutPlan(ctx: Context, cue: FoundCue) {
  const t = ctx.doc.tokens;
  if (t[cue.first]?.normal !== 'will') return false;
  const next = t[cue.last];
  return next?.normal === 'not' || next?.normal === "n't" || next?.normal === 'be';
}

/**
 * An unattributed claim that describes an agent or a place the sentence has named, as a relative clause
 * ("which is under the control of…", "where the army is in the last stages…") or an appositive with one
 * ("a rebel group that refused to sign…"): background.
 */
function describesAgent(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  const lead = t[first]?.normal ?? '';
  // "which would mark the first deployment…" looks ahead: a modal after the relative is no background.
  const settled = (relative: number) => isPunct(t[first - 1], ',') && !MODALS.has(t[relative + 1]?.normal ?? '');
  if (ctx.lexicon.agents.relative.has(lead)) return settled(first);
  if (lead !== 'a' && lead !== 'an') return false;
  for (let i = first + 1; i < Math.min(last, first + 6); i++) {
    const token = t[i] as Token;
    if (isVerb(token)) return false;
    if (token.normal === 'that' || token.normal === 'which' || token.normal === 'who') return settled(i);
  }
  return false;
}

const PREDICATE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The text's own present-tense description of what something is ("Sungai Kolok is a town on…", "The
 * gang is infamous for…", "peacekeepers are also present in the region"): news reports the day's events
 * in the past tense, so an unattributed "is" or "are" with a noun or adjective after it states
 * background. A progressive or passive ("are trying", "is supported by"), a place ("is under police
 * guard") or "there are" is not a description of this kind.
 */
function describesWhatIs(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  if (!ctx.doc.tagged || t[first]?.normal === 'there') return false;
  let at = first;
  while (at < last && !isVerb(t[at])) at++;
  if (at === last || (t[at]?.normal !== 'is' && t[at]?.normal !== 'are')) return false;
  let next = at + 1;
  while (next < last && t[next]?.pos === 'ADV') next++;
  const word = t[next];
  // "about 100 kilometers west of…": an approximate number is a predicate too.
  if (word?.normal === 'about' && t[next + 1]?.pos === 'NUM') return true;
  return word !== undefined && PREDICATE_POS.has(word.pos);
}

/** A side that speaks for itself: not an authority, an outlet or unnamed source, nor a witness. */
function isParty(ctx: Context, hop: SuggestedHop | undefined) {
  if (!hop || hop.official || hop.proposedKind === 'SOURCE') return false;
  return !hasAny(hop.name.toLowerCase().split(/\s+/u), ctx.lexicon.agents.witness);
}

/**
 * A speaker the text names as a side of the conflict ("Rebels in Chad", "Tamil rebels", "a pro-rebel Web
 * site", "Ngeubla" after "Spokesman for the rebel …, Mikaila Nguebla"): its account of the fighting is
 * its own side's, an allegation however it is worded ("they took control of Addé").
 */
function namedSide(ctx: Context, hop: SuggestedHop | undefined) {
  if (!hop) return false;
  const words = hop.name.toLowerCase().split(/[\s-]+/u);
  return hasAny(words, ctx.lexicon.agents.nonState) || ctx.partyNames.has(words.at(-1) ?? '');
}

/** Whether the claim's first verb is a passive ("more than 50 people were killed"): a toll, not an account of who did it. */
function isPassive(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  for (let i = first; i < last; i++) {
    if (!isVerb(t[i])) continue;
    if (t[i]?.lemma !== 'be' && t[i]?.lemma !== 'get') return false;
    let next = i + 1;
    while (next < last && t[next]?.pos === 'ADV') next++;
    if (t[next]?.normal === 'been') next++;
    return t[next]?.pos === 'VERB' && (t[next]?.normal.endsWith('ed') || t[next]?.normal.endsWith('en'));
  }
  return false;
}

/**
 * Whether the claim says, in the active voice, that someone attacked, killed or destroyed: said by a
 * party rather than an authority ("the rebel group says military helicopters bombed…"), it accuses.
 * A passive toll ("50 people were killed") is a report, not an accusation.
 */
function accuses(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  for (let i = first; i < last; i++) {
    const token = t[i] as Token;
    if (!ctx.lexicon.markers.accusation.has(token.lemma)) continue;
    // "this resulted in the capture of Mayom": the event named as a noun accuses as its verb does.
    const named = token.pos === 'NOUN' && t[i + 1]?.normal === 'of';
    if (token.pos !== 'VERB' && !named) continue;
    const passive = t.slice(Math.max(first, i - 2), i).some((w) => w.lemma === 'be' || w.lemma === 'get');
    if (!passive) return true;
  }
  return false;
}

const YEAR = /^(1[5-9]|20)\d\d$/u;

/**
 * A background marker of the lexicon in the claim, a year it is dated to ("in January 2016", "since
 * 2011"), or a perfect progressive ("have been fighting").
 */
function isBackground(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  const words = t.slice(first, last).map((token) => token.normal);
  const at = (phrase: string[], i: number) => phrase.every((w, k) => words[i + k] === w);
  for (let i = 0; i < words.length; i++) {
    // "since last year" reaches the present: the claim is the news, not settled background.
    if (words[i - 1] !== 'since' && ctx.lexicon.markers.background.some((phrase) => at(phrase, i))) return true;
    if (ctx.lexicon.markers.yearPrepositions.has(words[i] ?? '') && words.slice(i + 1, i + 3).some((w) => YEAR.test(w)))
      return true;
    // "in April", "last October": news style dates the day's events by weekday, earlier ones by month.
    if (
      (ctx.lexicon.markers.yearPrepositions.has(words[i] ?? '') || words[i] === 'last') &&
      ctx.lexicon.markers.months.has((words[i + 1] ?? '').replace(/^(mid|early|late)-/u, '')) &&
      t[first + i + 1]?.pos === 'PROPN'
    )
      return true;
    const next = t[first + i + 2];
    if (
      ctx.doc.tagged &&
      (words[i] === 'have' || words[i] === 'has') &&
      words[i + 1] === 'been' &&
      isVerb(next) &&
      next?.normal.endsWith('ing')
    )
      return true;
  }
  return false;
}

function quantitiesOf(ctx: Context, claim: [number, number], cues: readonly FoundCue[]): SuggestedQuantity[] {
  const t = ctx.doc.tokens;
  const out: SuggestedQuantity[] = [];
  for (let i = claim[0]; i < claim[1]; i++) {
    const token = t[i] as Token;
    const numeric = token.entity === 'CARDINAL' || token.entity === 'MONEY' || token.entity === 'PERCENT';
    if (!numeric && !(token.pos === 'NUM' && /^\p{N}/u.test(token.text))) continue;
    let j = i + 1;
    while (j < claim[1] && t[j]?.entity === token.entity && token.entity !== undefined) j++;
    const span = spanOf(ctx, i, j);
    const digits = Number(span.exact.replace(/,/g, ''));
    const value = Number.isFinite(digits) ? digits : undefined;
    const quantifier = cues.find((c) => c.entry.kind === 'QUANTIFIER' && c.last <= i && c.last >= i - 2);
    const phrase = quantifier?.entry.phrase ?? '';
    const approximate = quantifier?.entry.approximate === true || quantifier?.entry.signal === 'ESTIMATE';
    const q: SuggestedQuantity = { ...span, approximate };
    if (value !== undefined) {
      if (['at least', 'more than', 'over'].includes(phrase)) q.lower = value;
      else if (['as many as', 'up to'].includes(phrase)) q.upper = value;
      else q.value = value;
    }
    out.push(q);
    i = j - 1;
  }
  return out;
}

function timesOf(ctx: Context, clause: [number, number]): SuggestedSpan[] {
  const t = ctx.doc.tokens;
  const out: SuggestedSpan[] = [];
  for (let i = clause[0]; i < clause[1]; i++) {
    const entity = t[i]?.entity;
    if (entity !== 'DATE' && entity !== 'TIME') continue;
    let j = i + 1;
    while (j < clause[1] && t[j]?.entity === entity) j++;
    out.push(spanOf(ctx, i, j));
    i = j - 1;
  }
  return out;
}

/**
 * Confidence: a claim with a verb, a certainty read from a cue or an attribution, and speakers that
 * match recorded ones is a better proposal than a verbless fragment with no cue.
 */
function confidenceOf(ctx: Context, claim: [number, number], certaintyFromCue: boolean, hops: readonly SuggestedHop[]) {
  let score = 0.4;
  if (ctx.doc.tagged ? hasVerb(ctx.doc, ...claim) : true) score += 0.2;
  if (certaintyFromCue) score += 0.15;
  if (hops.length > 0 && hops.every((h) => h.match)) score += 0.1;
  if (wordCount(ctx.doc, ...claim) < 4) score -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}

function typeOf(certainty: StatedCertainty, quantities: readonly SuggestedQuantity[]): ClaimType {
  if (certainty === 'INTENTION') return 'INTENTION';
  if (certainty === 'ABSENCE_OF_CONFIRMATION') return 'ABSENCE';
  if (quantities.some((q) => q.lower !== undefined || q.upper !== undefined || q.approximate)) return 'QUANTITY';
  return 'EVENT';
}

function buildClaim(
  ctx: Context,
  framed: Framed,
  clause: [number, number],
  unitCues: readonly FoundCue[],
  options: SuggestOptions,
): SuggestedClaim | undefined {
  const [first, last] = framed.claim;
  if (last <= first || wordCount(ctx.doc, first, last) < 2) return undefined;
  const cues = unitCues.filter((c) => c.first >= clause[0] && c.last <= clause[1]);
  const hops = [...framed.hops];
  const publisher = options.publisher;
  if (publisher && !hops.some((h) => h.match?.id === publisher.id && h.match?.kind === publisher.kind))
    hops.push({ role: 'REPORTER', name: publisher.name, match: publisher, official: false, proposedKind: 'SOURCE' });
  const inText = framed.hops;
  const statedCertainty = certaintyOf(ctx, cues, inText, framed.claim);
  const span = spanOf(ctx, first, last);
  const quantities = quantitiesOf(ctx, framed.claim, cues);
  const fromCue = cues.some((c) => c.entry.signal === statedCertainty) || inText.length > 0;
  return {
    span,
    text: sentenceOf(span.exact),
    type: typeOf(statedCertainty, quantities),
    statedCertainty,
    cues: cues
      .filter((c) => c.entry.cue)
      .map((c) => ({
        kind: c.entry.kind,
        phrase: c.entry.phrase,
        start: c.start,
        end: c.end,
        exact: ctx.text.slice(c.start, c.end),
      })),
    attribution: hops,
    quantities,
    times: timesOf(ctx, clause),
    confidence: confidenceOf(ctx, framed.claim, fromCue, inText),
  };
}

function sentenceOf(quote: string) {
  const text = quote.trim();
  const first = text.charAt(0).toLocaleUpperCase();
  const body = first + text.slice(1);
  return /[.!?؟]$/u.test(body) ? body : `${body}.`;
}
