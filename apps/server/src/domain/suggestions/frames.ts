import type { HopRole } from '../../__generated__/prisma/enums.js';
import type { FoundCue } from './cues.js';
import { isHeadline } from './headline.js';
import {
  type Agent,
  agentWords,
  COMMAS,
  type Context,
  type Framed,
  findSaying,
  findWord,
  hasAny,
  hasVerb,
  insideQuote,
  isPunct,
  isVerb,
  nextComma,
  previousBoundary,
  QUOTE_MARKS,
  trim,
  trimAgent,
  wordCount,
} from './reading.js';
import { hopOf } from './speakers.js';
import type { SuggestedHop } from './suggestion-types.js';
import type { Token } from './tokens.js';

/**
 * Reporting frames: in a clause, the words that say who says it ("X said that Y", "Y, X said",
 * "according to X, Y", "X told Z that Y", "X quoted Y as saying Z") are separated from the content,
 * and a report of a report is read as a relay from the originator to the outer speaker.
 */

/** Where the speaker of a verb starts: after a comma right before the verb ("X, a spokesman, said"). */
function subjectStart(ctx: Context, verb: number, first: number) {
  const t = ctx.doc.tokens;
  const end = isPunct(t[verb - 1], COMMAS) ? verb - 1 : verb;
  const start = previousBoundary(t, end, first, ctx.lexicon.agents.subjectBoundary);
  // "Imatong State's governor, however, denied…": an adverb set off by commas stands inside the subject,
  // and so does a relative or participle clause ("Minister X, who visited the base on Tuesday, told…",
  // "An official with the force, reached in El Fasher, said…").
  if (
    start > first &&
    isPunct(t[start - 1], ',') &&
    (opensModifier(ctx, start) || trimAgent(ctx, start, end) === undefined)
  )
    return previousBoundary(t, start - 1, first, ctx.lexicon.agents.subjectBoundary);
  return start;
}

/** A relative pronoun or a participle opening a clause set off by commas ("…, who visited…", "…, reached in…"). */
function opensModifier(ctx: Context, at: number) {
  const token = ctx.doc.tokens[at];
  return ctx.lexicon.agents.relative.has(token?.normal ?? '') || token?.pos === 'VERB';
}

/** Where the speaker's name ends: before a modifier set off by commas inside the subject, else at the verb. */
function subjectEnd(ctx: Context, from: number, verb: number) {
  for (let i = from; i < verb - 1; i++) if (isPunct(ctx.doc.tokens[i], ',') && opensModifier(ctx, i + 1)) return i;
  return verb;
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
      !quotedBy(ctx, c) &&
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
export function turnsDownProposal(ctx: Context, cue: FoundCue) {
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
  if (cue.last !== cue.first + 1 || word === undefined) return false;
  // A headline drops its articles ("Somali Islamists Report Heavy Fighting"), and the tagger reads its
  // title case as names: any object may follow.
  const headline = isHeadline(ctx.text, word.end);
  // "Claims" in a headline is as often the noun ("Dispute Government Claims of Success"): the lead decides.
  const ambiguous = ctx.lexicon.markers.partyClaim.has(word.lemma);
  if (word.pos !== 'NOUN' && !(headline && !ambiguous && word.pos === 'PROPN')) return false;
  const before = t[cue.first - 1];
  const after = t[cue.last];
  // "Diplomats fear the…": after a plural noun the verb has no -s.
  // The tagger may read a plural at the sentence's start as a name ("Diplomats/PROPN fear").
  const agrees = word.normal.endsWith('s') || (before?.normal.endsWith('s') ?? false);
  return (
    agrees &&
    (before?.pos === 'NOUN' || before?.pos === 'PROPN') &&
    (headline || after?.pos === 'DET' || ctx.lexicon.agents.complementiser.has(after?.normal ?? ''))
  );
}

/**
 * "Military officials quoted by French media confirmed…": a participle of quoting before "by" describes the
 * subject (who relayed its words); the sentence's own verb frames the claim.
 */
function quotedBy(ctx: Context, cue: FoundCue) {
  const t = ctx.doc.tokens;
  return cue.entry.frame === 'quote' && t[cue.last]?.normal === 'by' && t[cue.first - 1]?.lemma !== 'be';
}

/** "The agency quotes a spokesman as saying…": the tagger may read "quotes" as a noun; "as saying" settles it. */
function quotesAsSaying(ctx: Context, cue: FoundCue, last: number) {
  return (
    cue.entry.frame === 'quote' && findSaying(ctx.doc.tokens, cue.last, Math.min(last, cue.last + 16)) !== undefined
  );
}

/**
 * A reporting verb that reports nothing of its own: an infinitive ("berated VOA for failing to report
 * the response") is what another verb is about, and an -ing form after a noun or determiner is a
 * noun ("misrepresented Voice of America reporting"), and so is one after a preposition ("bombed their meetings
 * despite vowing to…"), whose speaker is the clause's own subject. A participle after a comma ("…, saying that")
 * stays a frame, and so does one after a noun of speech ("a statement saying").
 */
function nonFinite(ctx: Context, at: number) {
  const t = ctx.doc.tokens;
  const before = t[at - 1];
  if (before?.normal === 'to' && before.pos === 'PART') return true;
  return (
    (t[at]?.normal.endsWith('ing') ?? false) &&
    before !== undefined &&
    ['PROPN', 'DET', 'ADJ', 'ADP', 'SCONJ'].includes(before.pos ?? '') &&
    before.entity !== 'DATE'
  );
}

export function frameClause(ctx: Context, clause: [number, number], cues: readonly FoundCue[]): Framed | undefined {
  const { doc } = ctx;
  const t = doc.tokens;
  const [c0, c1] = clause;
  const cue = frameCue(ctx, cues, c0, c1);
  if (!cue) return labelling(ctx, clause, cues) ?? headlineSource(ctx, clause);
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

  // "…although this was denied by the insurgent organization": in the passive the speaker follows "by"
  // and what it says or denies is the subject.
  if (t[cue.first - 1]?.lemma === 'be' && t[cue.last]?.normal === 'by') {
    const agent = trimAgent(ctx, cue.last + 1, nextComma(t, cue.last + 1, c1));
    const content = trim(ctx, c0, cue.first - 1);
    // A pronoun subject ("this was denied by…") stands for the claim before: the clause is read whole.
    const claim = wordCount(doc, ...content) >= 2 ? content : trim(ctx, c0, c1);
    if (agent) return { claim, hops: [hopOf(ctx, agent, undefined, unnamed)] };
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
  const subject =
    relativeSpeaker(ctx, cue.first, c0) ??
    sharedSubject(ctx, trimAgent(ctx, subjectFrom, subjectEnd(ctx, subjectFrom, cue.first)), cue.first);
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

  // "Military officials quoted by French media": the officials speak, the outlet after "by" relays them.
  const relayedChain = (speaker: Agent | undefined, context?: number): SuggestedHop[] => {
    const by = speaker && cues.find((c) => c.first > speaker.first && c.last < speaker.last && quotedBy(ctx, c));
    const own = by && trimAgent(ctx, speaker.first, by.first);
    const relayer = by && trimAgent(ctx, by.last + 1, speaker.last);
    if (!own || !relayer) return chain(speaker, context);
    return [...chain(own, context), hopOf(ctx, relayer, 'REPORTER', false)];
  };

  // "Twenty civilians died, MSF reported, on Saturday after…": a frame set off by commas reports what
  // comes before it; what follows the second comma is an adjunct, not a complement.
  const comma = isPunct(t[cue.last], ',') ? commaBefore(ctx, cue.first, c0) : undefined;
  if (comma !== undefined) {
    const named = trimAgent(ctx, comma + 1, cue.first);
    const before = trim(ctx, c0, comma);
    if (named && wordCount(doc, ...before) >= 2 && hasVerb(doc, ...before))
      return { claim: before, hops: chain(named, comma + 1) };
  }
  if (complementHasVerb) return relay(ctx, cues, { claim: complement, hops: relayedChain(subject, subjectContext) });

  // "Y, X said" / "Y, say X" / "…, X quoted Z as saying.": the content is before the frame.
  const agentAfter = trimAgent(ctx, cue.last, nextComma(t, cue.last, c1));
  // After a denial verb stands what is denied ("…have disputed the claims"), not who denies it.
  // '"…," Gadet told VOA': before "tell" stands the speaker, after it the hearer.
  const hearer = cue.entry.frame === 'tell' && subject !== undefined;
  if (hearer && !object) object = agentAfter;
  const speaker =
    cue.entry.frame === 'quote' || cue.entry.kind === 'NEGATION' || hearer ? subject : (agentAfter ?? subject);
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
  // "told VOA there is credible intelligence confirming he was killed": what an existential "there is"
  // brings in is evidence the speaker cites, not a second speaker, unless it is a report ("there are reports saying").
  if (t[speaker.first]?.normal === 'there' && t[speaker.first + 1]?.lemma === 'be') {
    const words = agentWords(ctx, speaker);
    if (!hasAny(words, ctx.lexicon.agents.report) && !hasAny(words, ctx.lexicon.agents.unnamed)) return outer;
  }
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

function isSourceName(ctx: Context, agent: Agent) {
  const words = agentWords(ctx, agent);
  return (
    hasAny(words, ctx.lexicon.agents.media) ||
    ctx.doc.tokens.slice(agent.first, agent.last).every((t) => t.pos === 'PROPN')
  );
}

/**
 * "Mauritania's government called the killing a "barbaric slaughter"", "Prime Minister X called the
 * opposition "bandits"": a verb of labelling (lexicon) with an object and a label in quotation marks states
 * the subject's judgement; the object and its label are the claim, the subject its speaker. The subject is the
 * clause's own ("what he called a…" inside another predicate is not).
 */
function labelling(ctx: Context, [c0, c1]: [number, number], cues: readonly FoundCue[]): Framed | undefined {
  const t = ctx.doc.tokens;
  const verb = cues.find(
    (c) =>
      c.first >= c0 &&
      c.last <= c1 &&
      c.entry.kind === 'ATTRIBUTION_VERB' &&
      c.entry.frame === undefined &&
      ctx.lexicon.markers.labelling.has(t[c.first]?.lemma ?? '') &&
      isVerb(t[c.first]) &&
      !nonFinite(ctx, c.first) &&
      !insideQuote(t, c.first),
  );
  if (!verb) return undefined;
  // The label: a quotation opening within six words of the verb, up to its closing mark.
  const open = t.slice(verb.last, Math.min(c1, verb.last + 7)).findIndex((w) => QUOTE_MARKS.has(w.text));
  if (open < 0) return undefined;
  let close = verb.last + open + 1;
  while (close < c1 && !QUOTE_MARKS.has(t[close]?.text ?? '')) close++;
  if (close >= c1) return undefined;
  const [first] = trim(ctx, c0, verb.first);
  const agent = trimAgent(ctx, first, verb.first);
  if (!agent || hasVerb(ctx.doc, agent.first, agent.last) || wordCount(ctx.doc, agent.first, agent.last) > 8)
    return undefined;
  // A named subject only: "It described ONLF casualties as "minimal"" leaves "it" to the rules that read
  // the sentence whole.
  if (hasAny(agentWords(ctx, agent), ctx.lexicon.agents.pronoun)) return undefined;
  const claim: [number, number] = [verb.last, close + 1];
  if (wordCount(ctx.doc, ...claim) < 2) return undefined;
  return { claim, hops: [hopOf(ctx, agent, undefined, false)] };
}

/**
 * "Abdullahi Mo'alim Kerow, a police officer, described the incident to Reuters; "[t]he clashes came…"": a
 * reporting verb with no complement of its own introduces the quotation after it, whose speaker is the
 * verb's subject and, when the verb is said "to" an outlet, whose reporter is that outlet.
 */
export function introducedSpeaker(
  ctx: Context,
  clause: [number, number],
  cues: readonly FoundCue[],
): SuggestedHop[] | undefined {
  const t = ctx.doc.tokens;
  const [c0, c1] = clause;
  const verb = cues.find(
    (c) =>
      c.first >= c0 &&
      c.last <= c1 &&
      c.entry.kind === 'ATTRIBUTION_VERB' &&
      isVerb(t[c.first]) &&
      !nonFinite(ctx, c.first) &&
      !insideQuote(t, c.first),
  );
  if (!verb || hasVerb(ctx.doc, verb.last, c1)) return undefined;
  // The subject, with a title set off by commas after the name ("Kerow, a police officer, described…").
  let end = c0;
  while (end < verb.first && !isPunct(t[end], ',')) end++;
  const agent = trimAgent(ctx, c0, end);
  if (!agent || wordCount(ctx.doc, agent.first, agent.last) > 8 || hasVerb(ctx.doc, agent.first, agent.last))
    return undefined;
  const speaker = hopOf(ctx, agent, undefined, false, agent.first, verb.first);
  if (!speaker.official && speaker.role !== 'QUOTED_SPEAKER') return undefined;
  const to = findWord(t, verb.last, c1, new Set(['to']));
  const hearer = to !== undefined ? trimAgent(ctx, to + 1, c1) : undefined;
  if (!hearer || !isSourceName(ctx, hearer)) return [speaker];
  return [speaker, hopOf(ctx, hearer, 'REPORTER', false)];
}

/**
 * The subject of a clause that a reporting participle continues ("The Taliban last month ended a ceasefire,
 * saying…", "He also ruled out…, saying…"): the words before its first verb, short of a date ("last month").
 */
export function clauseSubject(ctx: Context, [c0, c1]: [number, number]): SuggestedHop | undefined {
  const t = ctx.doc.tokens;
  const [first] = trim(ctx, c0, c1);
  let last = first;
  while (last < c1 && !isVerb(t[last]) && t[last]?.entity !== 'DATE' && !isPunct(t[last])) last++;
  if (last === first || last >= c1 || !isVerb(t[last])) {
    if (!isVerb(t.slice(last, c1).find((w) => w.pos !== 'ADV' && w.entity !== 'DATE'))) return undefined;
  }
  const agent = trimAgent(ctx, first, last);
  if (!agent || wordCount(ctx.doc, agent.first, agent.last) > 8) return undefined;
  return hopOf(ctx, agent, undefined, false);
}

/**
 * "A group of rebel fighters cheered their advance and told journalists…": a reporting verb coordinated
 * with another predicate shares its subject, the words before the first verb.
 */
function sharedSubject(ctx: Context, agent: Agent | undefined, verb: number): Agent | undefined {
  if (!agent || ctx.doc.tokens[verb - 1]?.normal !== 'and') return agent;
  const t = ctx.doc.tokens;
  for (let i = agent.first + 1; i < agent.last; i++) {
    if (t[i]?.pos !== 'VERB') continue;
    return trimAgent(ctx, agent.first, i) ?? agent;
  }
  return agent;
}

/** A comma at most eight words before `verb` with only a speaker's name between ("…, MSF reported,"). */
function commaBefore(ctx: Context, verb: number, first: number) {
  const t = ctx.doc.tokens;
  for (let i = verb - 1; i >= Math.max(first, verb - 9); i--) {
    if (isPunct(t[i], ',')) return i < verb - 1 && i > first ? i : undefined;
    if (isVerb(t[i]) || QUOTE_MARKS.has(t[i]?.text ?? '')) return undefined;
  }
  return undefined;
}
