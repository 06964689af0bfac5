import { type CertaintyTrace, certaintyOf } from './certainty.js';
import { type CertaintyFeatures, type ClaimReading, certaintyFeatures } from './certainty-features.js';
import { confidenceOf, quantitiesOf, sentenceOf, timesOf, typeOf } from './claim-details.js';
import {
  actualityMarker,
  isAside,
  isBoilerplate,
  isExistentialFrame,
  nounComplement,
  reportingParticiple,
  reportsPhrase,
  secondComplement,
  splitClauses,
  units,
} from './clauses.js';
import { confirmedAccounts } from './confirmed.js';
import { type FoundCue, findCues } from './cues.js';
import { clauseSubject, frameClause, introducedSpeaker } from './frames.js';
import { readHeadline } from './headline.js';
import { lexiconFor } from './lexicon.js';
import { type Context, type Framed, insideQuote, QUOTE_MARKS, spanOf, trim, wordCount } from './reading.js';
import { hopOf, registerTitledNames } from './speakers.js';
import type { SuggestedClaim, SuggestedHop, SuggestOptions } from './suggestion-types.js';
import { tokenise } from './tokens.js';

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
 * 4. The stated certainty follows the decision rules of the evaluation guide (eval/README.md): the
 *    strongest signal of the clause's cues (denial, absence of confirmation, rumour; then a word of
 *    likelihood over the claim; then allegation, opinion, unconfirmed report, estimate, intention), then
 *    the standing of the speaker (an authority, a side, anyone else), then speculation, then background
 *    stated as settled, else an unattributed assertion.
 * 5. A headline with no frame of its own takes the certainty of the lead's claim that states the same
 *    event.
 *
 * Each step has its module: clauses.ts (1, 2), frames.ts (3) with speakers.ts (the hops and their
 * standing), certainty.ts (4) with background.ts, headline.ts (5), claim-details.ts (quantities, times,
 * type, confidence); reading.ts holds the state of reading one text and the token helpers they share.
 * certainty-features.ts names what a learned model of certainty would read of each claim
 * (`claimsWithFeatures`); such a model was measured by cross-validation and is not used (eval/README.md).
 */

export type {
  SuggestedClaim,
  SuggestedCue,
  SuggestedHop,
  SuggestedQuantity,
  SuggestedSpan,
  SuggestOptions,
} from './suggestion-types.js';

export function suggestClaims(text: string, options: SuggestOptions): SuggestedClaim[] {
  return readClaims(text, options).claims;
}

/**
 * Each proposed claim with the features a model of stated certainty reads (certainty-features.ts), for
 * training and measuring such a model against the evaluation set.
 */
export function claimsWithFeatures(
  text: string,
  options: SuggestOptions,
): { claim: SuggestedClaim; features: CertaintyFeatures }[] {
  const readings = new Map<string, ClaimReading>();
  const { claims, ctx } = readClaims(text, options, readings);
  if (!ctx) return [];
  return claims.map((claim) => {
    const reading = readings.get(spanKey(claim.span)) as ClaimReading;
    return { claim, features: certaintyFeatures(ctx, reading, claim.statedCertainty) };
  });
}

const spanKey = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

/** The claims, and the context they were read in; with `readings`, what was read for each claim, by its span. */
function readClaims(text: string, options: SuggestOptions, readings?: Map<string, ClaimReading>) {
  const lexicon = lexiconFor(options.language);
  const doc = tokenise(text, options.language);
  if (!lexicon) return { claims: [], ctx: undefined };
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
    // The speaker a reporting verb without a complement introduces for the quotation after it, once read.
    let introduced: SuggestedHop[] | null | undefined;
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
        // "There are several unconfirmed reports that…", "The announcement followed a report on state
        // television that…", "X is denying a report that…": the clause before, whole, only frames this one.
        const before = clauses[i - 1] as [number, number];
        const whole = claims.at(-1)?.span;
        if (
          whole !== undefined &&
          whole.start === doc.tokens[trim(ctx, ...before)[0]]?.start &&
          (isExistentialFrame(ctx, before) || whole.end <= (doc.tokens[clause[0]]?.start ?? 0))
        )
          claims.pop();
      } else if (!framed) {
        // A clause that opens the quotation is inside it too.
        const opens = QUOTE_MARKS.has(doc.tokens[clause[0]]?.text ?? '');
        const quoted = insideQuote(doc.tokens, opens ? clause[0] + 1 : clause[0]);
        const donor = quoted ? framedClauses.find((f) => f !== undefined) : undefined;
        // A quotation after a clause whose reporting verb has no complement ("…described the incident to
        // Reuters; "…"") is that verb's content.
        if (quoted && !donor && introduced === undefined) {
          const k = clauses
            .slice(0, i)
            .findLastIndex(
              (c, n) =>
                !framedClauses[n] && !insideQuote(doc.tokens, c[0]) && !QUOTE_MARKS.has(doc.tokens[c[0]]?.text ?? ''),
            );
          const before = clauses[k];
          introduced = before ? (introducedSpeaker(ctx, before, cues) ?? null) : null;
        }
        const aside = !quoted && isAside(ctx, clause);
        const hops =
          donor?.hops ??
          (quoted && introduced ? introduced : undefined) ??
          (aside ? undefined : inherited) ??
          (standaloneQuote ? previousHops : undefined) ??
          (actuality ? [actuality] : undefined);
        framed = { claim: trim(ctx, clause[0], clause[1]), hops: hops ?? [] };
      } else if (framed.hops.length === 0 && i > 0 && reportingParticiple(ctx, cues, trim(ctx, ...clause)[0])) {
        // "…, saying that…": the participle's speaker is the sentence's, or else the subject of the clause before.
        const subject = inherited ? undefined : clauseSubject(ctx, clauses[i - 1] as [number, number]);
        framed = { ...framed, hops: inherited ?? (subject ? [subject] : []) };
      } else {
        inherited = framed.hops;
        if (framed.hops.length > 0) previousHops = framed.hops;
      }
      previous = { framed, cueClause };
      const claim = buildClaim(ctx, framed, cueClause, cues, options, readings);
      if (claim) claims.push(claim);
    }
  }
  return { claims: readHeadline(ctx, confirmedAccounts(ctx, claims)), ctx };
}

function buildClaim(
  ctx: Context,
  framed: Framed,
  clause: [number, number],
  unitCues: readonly FoundCue[],
  options: SuggestOptions,
  readings: Map<string, ClaimReading> | undefined,
): SuggestedClaim | undefined {
  const [first, last] = framed.claim;
  if (last <= first || wordCount(ctx.doc, first, last) < 2) return undefined;
  const cues = unitCues.filter((c) => c.first >= clause[0] && c.last <= clause[1]);
  const hops = [...framed.hops];
  const publisher = options.publisher;
  if (publisher && !hops.some((h) => h.match?.id === publisher.id && h.match?.kind === publisher.kind))
    hops.push({ role: 'REPORTER', name: publisher.name, match: publisher, official: false, proposedKind: 'SOURCE' });
  const inText = framed.hops;
  // What the rules read is kept only when the caller asks for it (certainty-features.ts).
  const trace: CertaintyTrace | undefined = readings ? { rule: 'asserted', signals: [] } : undefined;
  const statedCertainty = certaintyOf(ctx, cues, inText, framed.claim, trace);
  const span = spanOf(ctx, first, last);
  if (readings && trace) readings.set(spanKey(span), { claim: framed.claim, clause, cues, hops: inText, trace });
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
