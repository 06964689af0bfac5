import type { StatedCertainty } from '../../__generated__/prisma/enums.js';
import { describesAgent, describesWhatIs, isBackground, ranksNews, recordLateInStory } from './background.js';
import type { FoundCue } from './cues.js';
import { turnsDownProposal } from './frames.js';
import { type Context, hasAny, hasVerb, isVerb, MODALS, QUOTE_MARKS } from './reading.js';
import { isParty, namedSide, onlooker } from './speakers.js';
import type { SuggestedHop } from './suggestion-types.js';
import type { Token } from './tokens.js';

/**
 * The stated certainty of a claim, read from the cues in its scope, the standing of its speaker and,
 * for the text's own claims, whether it states background.
 */

/** Stronger signals first: a denial outranks the attribution it comes with. */
const SIGNAL_ORDER: readonly StatedCertainty[] = [
  'DENIAL',
  'ABSENCE_OF_CONFIRMATION',
  'RUMOUR',
  // The nearer frame wins: "media reports said the group had claimed…" states the group's allegation; so
  // does an accusation its speaker marks as a view ("we think this is a manipulation").
  'ALLEGATION',
  // "I think it is time for…": a speaker who marks the words as a view of its own gives an opinion.
  'OPINION',
  'UNCONFIRMED_REPORT',
  'ESTIMATE',
  'INTENTION',
];

/** The signals a word of likelihood does not override. */
const BEFORE_GUESS: ReadonlySet<StatedCertainty> = new Set(['DENIAL', 'ABSENCE_OF_CONFIRMATION', 'RUMOUR']);

/** Which step of `certaintyOf` gave the certainty: the decision rule that fired, for a reader or a model. */
export type CertaintyRule =
  | 'signal'
  | 'guess'
  | 'side-account'
  | 'authority'
  | 'attributed'
  | 'text-speculation'
  | 'ranks-news'
  | 'background'
  | 'describes-agent'
  | 'describes-what-is'
  | 'late-record'
  | 'asserted';

/** What `certaintyOf` read on the way: the rule that fired and every signal found, the winner among them. */
export interface CertaintyTrace {
  rule: CertaintyRule;
  signals: StatedCertainty[];
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
export function certaintyOf(
  ctx: Context,
  cues: readonly FoundCue[],
  hops: readonly SuggestedHop[],
  claim: [number, number],
  trace?: CertaintyTrace,
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
  // "…denied that he was dead, posting a message saying he is still fighting", "denied the accusations,
  // saying he had no information…": a reporting participle between a cue and the claim frames the claim
  // afresh; the cue governs what comes before that verb, and the claim is read by its own words.
  const reframing = cues.findLast(
    (c) =>
      c.last <= claim[0] &&
      c.entry.kind === 'ATTRIBUTION_VERB' &&
      c.entry.frame === 'say' &&
      t[c.first]?.pos === 'VERB' &&
      t[c.first]?.normal.endsWith('ing'),
  );
  const scoped = (embedding ? cues.filter((c) => c.first <= embedding.first) : cues).filter(
    (c) =>
      !(quotedOfficial && !inClaim(c) && c.entry.signal === 'UNCONFIRMED_REPORT') &&
      !(reframing && c.last <= reframing.first && c.entry.signal !== undefined),
  );
  // A speaker who calls something a rumour denies it ("called reports of civilian deaths rumors").
  const labelled = (c: FoundCue) =>
    c.entry.signal === 'RUMOUR' &&
    // The verb of labelling may stand just before the claim ("called [reports of deaths "rumors"]").
    t.slice(Math.max(claim[0] - 1, c.first - 8, 0), c.first).some((w) => markers.labelling.has(w.lemma));
  // "presented evidence in support of the allegations": a report or an allegation named after the
  // claim's verb is what the claim is about, not how it is stated.
  // So is one named by a participle before its noun ("unable to examine the bodies … of the reported incident").
  const topic = (c: FoundCue) =>
    inClaim(c) &&
    (c.entry.signal === 'ALLEGATION' || c.entry.signal === 'UNCONFIRMED_REPORT') &&
    // An adverb before a noun ("were reportedly members of…") hedges the claim; it names no report.
    (t[c.first]?.pos === 'NOUN' ||
      (c.last === c.first + 1 && t[c.first]?.pos !== 'ADV' && t[c.last]?.pos === 'NOUN')) &&
    hasVerb(ctx.doc, claim[0], c.first);
  // "a false licence plate" describes the plate; "a false claim" denies the claim, as "the claim is false" does.
  const describing = (c: FoundCue) =>
    c.entry.signal === 'DENIAL' &&
    t[c.first]?.pos === 'ADJ' &&
    t[c.last]?.pos === 'NOUN' &&
    !cues.some((n) => n.first === c.last && n.entry.kind !== 'EVALUATIVE' && n.entry.kind !== 'QUANTIFIER');
  // "does not deny that many civilians were killed" concedes it: a negated denial verb denies nothing.
  const negatedDenial = (c: FoundCue) =>
    c.entry.signal === 'DENIAL' &&
    cues.some(
      (n) => n.entry.kind === 'NEGATION' && n.entry.signal === undefined && n.last <= c.first && n.last >= c.first - 1,
    );
  // "the ministry claimed that all the attacks were repelled": a verb that alleges when a party uses it
  // is an authority's statement when the authority speaks of its own side, and a witness's when one speaks.
  const nonPartyClaim = (c: FoundCue) =>
    (hops[0]?.official === true || onlooker(ctx, hops[0])) &&
    c.entry.kind === 'ATTRIBUTION_VERB' &&
    markers.partyClaim.has(t[c.first]?.lemma ?? '');
  // "a lone soldier was to blame": the idiom states who is responsible; it does not accuse.
  const toBlame = (c: FoundCue) =>
    t[c.first]?.lemma === 'blame' && t[c.first - 1]?.normal === 'to' && t[c.first - 2]?.lemma === 'be';
  // "rejected an appeal for a truce" turns down a proposal; it denies no claim.
  const proposal = (c: FoundCue) => turnsDownProposal(ctx, c);
  // "a conflict that has claimed so many lives" kills; it alleges nothing.
  const takesLives = (c: FoundCue) =>
    t[c.first]?.lemma === 'claim' && t.slice(c.last, c.last + 4).some((w) => w.lemma === 'life');
  const signals = new Set(
    scoped
      .filter(
        (c) =>
          labelled(c) ||
          !(
            topic(c) ||
            negatedDenial(c) ||
            nonPartyClaim(c) ||
            proposal(c) ||
            toBlame(c) ||
            takesLives(c) ||
            describing(c)
          ),
      )
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
    // "there were few soldier deaths and no retreats": a claim that opens "there is" says what exists, each
    // negative determiner in it that something did not.
    return (
      c.first > claim[0] &&
      markers.existential.has(t[claim[0]]?.normal ?? '') &&
      t[claim[0] + 1]?.lemma === 'be' &&
      markers.negativeDeterminers.has(t[c.first]?.normal ?? '')
    );
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
  // "We have not attacked the camp", "our troops did not fire": the speaker's side says it did not do
  // what the text says elsewhere that it did.
  if (attributed && deniesOwnAct(ctx, claim)) signals.add('DENIAL');
  // "Some reports say…", "some international media reported…": a report whose author the text does not
  // name makes the claim an unconfirmed report (rule 6); unnamed "sources" or "officials" stay a statement.
  if (unsourcedReport(ctx, hops[0])) signals.add('UNCONFIRMED_REPORT');
  // "No party has said it is holding the journalist", "no group has claimed the attack": nothing said yet.
  if (noneSaid(ctx, cues, claim)) signals.add('ABSENCE_OF_CONFIRMATION');
  // "VOA could not immediately verify…", "could not be ascertained", "We haven't been able to count…": a
  // negated verb of knowing or verifying says the claim is not confirmed (rule 3), which comes before a
  // plain negation's denial (rule 4); a verb or noun of denying still comes first (rule 2).
  if (notVerified(ctx, claim)) {
    if (!scoped.some((c) => c.entry.signal === 'DENIAL')) signals.delete('DENIAL');
    signals.add('ABSENCE_OF_CONFIRMATION');
  }
  // "we will not allow them…" refuses and "they will be eliminated" predicts: neither states a plan.
  if (signals.has('INTENTION') && !scoped.some((c) => c.entry.signal === 'INTENTION' && !willWithoutPlan(ctx, c)))
    signals.delete('INTENTION');
  // "The government announced there would be three investigations": a reported "would" after a verb of
  // announcing is the speaker's "will", a plan it announces (rule 8).
  if (attributed && announcedPlan(ctx, cues, claim)) signals.add('INTENTION');
  if (attributed && isParty(ctx, hops[0]) && accuses(ctx, claim)) signals.add('ALLEGATION');
  // "a united rebel front will be easier to negotiate with, observers say": an onlooker's forecast is a
  // view of how things will turn out, not a plan of its own.
  if (attributed && onlooker(ctx, hops[0]) && t.slice(claim[0], claim[1]).some((w) => w.normal === 'will')) {
    signals.delete('INTENTION');
    signals.add('OPINION');
  }
  // "the government is losing when it comes to…", "has had many successes": a judgement by a speaker who is
  // neither an authority nor a side (an analyst, a reporter, a witness) is an opinion.
  if (
    attributed &&
    !hops[0]?.official &&
    hops[0]?.role !== 'UNNAMED_SOURCE' &&
    !(isParty(ctx, hops[0]) && namedSide(ctx, hops[0])) &&
    (judges(ctx, claim) || framedAsView(ctx, cues, claim))
  )
    signals.add('OPINION');
  // "it was the military that was responsible for the killings": naming the culprit accuses, unless an
  // authority speaks of the fighting it answers for.
  if (attributed && !hops[0]?.official && namesCulprit(ctx, claim)) signals.add('ALLEGATION');
  // "their members are beaten and tortured by state security agents": a speaker who is not an authority
  // names who did the harm (rule 7c).
  if (attributed && !hops[0]?.official && hops[0]?.proposedKind !== 'SOURCE' && harmDoneBy(ctx, claim))
    signals.add('ALLEGATION');
  // "this group used to make exaggerated claims": charging someone with deceit accuses, whoever speaks.
  if (attributed && imputesBadFaith(ctx, claim)) signals.add('ALLEGATION');
  // "the rebels' actions are a direct breach of the … Agreement", "is undermining a peace agreement":
  // charging a party with breaking an agreement accuses, whoever speaks (rule 7b).
  if (attributed && breaksAgreement(ctx, claim)) signals.add('ALLEGATION');
  // "it looks like they really don't want…", "is probably the result of propaganda": a word of likelihood
  // makes the claim a guess, whatever it accuses; only a denial or a missing confirmation comes first. A
  // modal ("may have killed") stays within what the speaker states.
  const guess = scoped.some(
    (c) => c.entry.signal === 'SPECULATION' && !MODALS.has(t[c.first]?.normal ?? '') && hedgesWhole(ctx, c, claim),
  );
  const fired = (rule: CertaintyRule, certainty: StatedCertainty) => {
    if (trace) {
      trace.rule = rule;
      trace.signals = [...signals].sort();
    }
    return certainty;
  };
  for (const signal of SIGNAL_ORDER) {
    if (guess && !BEFORE_GUESS.has(signal)) return fired('guess', 'SPECULATION');
    if (signals.has(signal)) return fired('signal', signal);
  }
  if (guess) return fired('guess', 'SPECULATION');
  if (attributed) {
    // A side's own account of what happened, with no cue of its own, is an allegation; a forecast ("the
    // fighting would continue") or a plan it announces is not an account of events.
    // A passive toll names no one and stays the side's statement, unless the dead are the enemy's forces
    // ("70 soldiers were killed in their attacks"): the side then claims a success.
    const forecast = t.slice(claim[0], claim[1]).some((w) => MODALS.has(w.normal));
    const account = !isPassive(ctx, claim) || enemyLosses(ctx, claim);
    if (isParty(ctx, hops[0]) && namedSide(ctx, hops[0]) && account && !forecast)
      return fired('side-account', 'ALLEGATION');
    // "Witnesses and government officials said…": speakers joined by "and" (hops of the first one's role,
    // each after the other) state it together, and an authority among them makes it its statement.
    const end = hops.findIndex((h) => h.role !== hops[0]?.role);
    const joined = end === -1 ? hops : hops.slice(0, end);
    return joined.some((h) => h.official)
      ? fired('authority', 'OFFICIAL_STATEMENT')
      : fired('attributed', 'ATTRIBUTED_STATEMENT');
  }
  // "Any movement south could set alarm bells ringing", "rebels could be seen raising flags": "can" and
  // "could", modals of ability and possibility as much as of likelihood, do not make the text's own claim a
  // guess (rule 5); the epistemic "may" and "might" ("may attack", "may have sent") still do.
  const modalOnly = scoped.every(
    (c) =>
      c.entry.signal !== 'SPECULATION' ||
      (markers.dynamicModals.has(t[c.first]?.normal ?? '') && c.entry.words.length === 1),
  );
  if (signals.has('SPECULATION') && !modalOnly) return fired('text-speculation', 'SPECULATION');
  if (ranksNews(ctx, claim)) return fired('ranks-news', 'ASSERTED_UNATTRIBUTED');
  if (isBackground(ctx, claim)) return fired('background', 'ESTABLISHED_FACT');
  if (describesAgent(ctx, claim)) return fired('describes-agent', 'ESTABLISHED_FACT');
  if (describesWhatIs(ctx, claim)) return fired('describes-what-is', 'ESTABLISHED_FACT');
  if (recordLateInStory(ctx, claim)) return fired('late-record', 'ESTABLISHED_FACT');
  return fired('asserted', 'ASSERTED_UNATTRIBUTED');
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
      // The tagger may read a passive participle as an adjective ("no troops were involved").
      const participle = next?.pos === 'ADJ' && next.normal.endsWith('ed');
      return (isVerb(next) && next?.lemma !== 'be') || participle;
    }
    if (isVerb(token) && token.lemma !== 'have') return false;
  }
  return false;
}

/**
 * A first-person subject ("we", "our troops") with a negated verb of action ("have not attacked", "did not
 * fire") whose verb the text uses elsewhere without the negation: the speaker denies an act someone in the
 * text ascribes to it. A negated modal ("we cannot enter", "would not comment") or "be" and "have" states.
 */
function deniesOwnAct(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  const opener = t[first]?.normal ?? '';
  if (opener !== 'we' && opener !== 'our') return deniesEvent(ctx, [first, last]);
  for (let i = first + 1; i < Math.min(last, first + 6); i++) {
    const word = t[i]?.normal ?? '';
    if (!ctx.lexicon.markers.negativeParticles.has(word)) continue;
    const modal = t[i - 1]?.normal ?? '';
    // "ca" is how the tokens spell the modal of "can't".
    if (MODALS.has(modal) || ctx.lexicon.markers.dynamicModals.has(modal) || modal === 'ca') return false;
    let v = i + 1;
    while (v < last && t[v]?.pos === 'ADV') v++;
    const verb = t[v];
    if (verb?.pos !== 'VERB' || verb.lemma === 'be' || verb.lemma === 'have') return false;
    return t.some((w, k) => (k < first || k >= last) && w.pos === 'VERB' && w.lemma === verb.lemma);
  }
  return false;
}

/**
 * A verb of knowing or verifying (lexicon) negated within four words before it, with no punctuation
 * between ("could not immediately verify", "could not be ascertained", "haven't been able to count",
 * "there was no way to confirm").
 */
function notVerified(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  const { verifying, negators, negativeDeterminers } = ctx.lexicon.markers;
  for (let i = first; i < last; i++) {
    const token = t[i] as Token;
    if (!isVerb(token) || !verifying.has(token.lemma)) continue;
    for (let j = i - 1; j >= Math.max(first, i - 5); j--) {
      const before = t[j] as Token;
      if (!before.isWord) break;
      // "There was no way to confirm…", "no one could verify…": a negative determiner negates it too.
      if (negators.has(before.normal) || negativeDeterminers.has(before.normal)) return true;
    }
  }
  return false;
}

/** A negative determiner on the subject of a reporting verb: the claim says that no one has said it. */
function noneSaid(ctx: Context, cues: readonly FoundCue[], [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  if (!ctx.lexicon.markers.negativeDeterminers.has(t[first]?.normal ?? '')) return false;
  const verb = cues.find((c) => c.entry.kind === 'ATTRIBUTION_VERB' && c.first > first && c.first < last);
  if (!verb || verb.first > first + 4) return false;
  return t.slice(first + 1, verb.first).every((w) => !isVerb(w) || w.lemma === 'have');
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
  if (!ctx.lexicon.markers.negativeParticles.has(t[cue.first]?.normal ?? '')) return false;
  const before = t[cue.first - 1];
  const after = t[cue.last];
  if (cue.first - 1 < claim[0] || before === undefined) return false;
  // "the rebel group is not in a position to…": a speaker's account of where someone stands, not a
  // denial of what something is.
  // "They are not going to conquer Chad" foretells: a negated future denies nothing that happened.
  if (after?.normal === 'going' && t[cue.last + 1]?.normal === 'to') return false;
  if (before.lemma === 'be' || before.normal === "'s" || before.normal === "'re") return after?.pos !== 'ADP';
  return (before.lemma === 'have' && after?.normal === 'been') || false;
}

/**
 * Whether a hedge reaches the whole claim: it frames the claim or a clause of it ("it looks like…") or
 * stands by the claim's first verb ("is probably the result of…"); "a text message apparently encouraging an
 * attack", deep in the claim, hedges a part of it only.
 */
function hedgesWhole(ctx: Context, cue: FoundCue, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  // "…, but it looks like they really don't want…": an impersonal frame hedges the clause it opens.
  if (cue.first < first || cue.first >= last || t[cue.first]?.normal === 'it') return true;
  let verb = first;
  while (verb < last && !isVerb(t[verb])) verb++;
  return cue.first <= verb + 2;
}

const CULPRIT_START = new Set(['DET', 'NOUN', 'PROPN', 'NUM']);

/** A cleft that singles out who did it ("it was the army that…", "it is army soldiers who fled"). */
function namesCulprit(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  if (t[first]?.normal !== 'it' || t[first + 1]?.lemma !== 'be') return false;
  // "it is clear that…" judges; a cleft puts a noun phrase after "it was".
  if (!CULPRIT_START.has(t[first + 2]?.pos ?? '')) return false;
  for (let i = first + 3; i < Math.min(last, first + 8); i++) {
    const word = t[i]?.normal ?? '';
    if (word === 'that' || word === 'who') return true;
    if (isVerb(t[i])) return false;
  }
  return false;
}

/** Whether the claim charges someone with deceit or bad faith ("propaganda", "a provocation", "biased"). */
function imputesBadFaith(ctx: Context, [first, last]: [number, number]) {
  const { badFaith } = ctx.lexicon.markers;
  return ctx.doc.tokens.slice(first, last).some((w) => badFaith.has(w.lemma) || badFaith.has(w.normal));
}

/** A word of breaking ("breach", "violate", "undermine"), not negated, and a noun of an agreement in the claim. */
function breaksAgreement(ctx: Context, [first, last]: [number, number]) {
  const { breach, agreement } = ctx.lexicon.markers;
  const words = ctx.doc.tokens.slice(first, last);
  // "We have not violated the truce" charges no one: a negation just before the word of breaking.
  const charged = words.some(
    (w, i) =>
      (breach.has(w.lemma) || breach.has(w.normal)) &&
      !words.slice(Math.max(0, i - 3), i).some((x) => ctx.lexicon.markers.negators.has(x.normal)),
  );
  return charged && words.some((w) => agreement.has(w.lemma) || agreement.has(w.normal));
}

/** Whether the claim holds a word that judges ("winning", "successes", "weak", "ought"). */
function judges(ctx: Context, [first, last]: [number, number]) {
  const { judgement } = ctx.lexicon.markers;
  return ctx.doc.tokens.slice(first, last).some((w) => judgement.has(w.normal));
}

/** "will not" refuses and "will be" + participle predicts; "will" names a plan only before a verb of its own. */
function willWithoutPlan(ctx: Context, cue: FoundCue) {
  const t = ctx.doc.tokens;
  if (t[cue.first]?.normal !== 'will') return false;
  const next = t[cue.last];
  // "we will be in the capital" places the speaker where it means to be: a plan.
  if (next?.normal === 'be') return t[cue.last + 1]?.pos !== 'ADP';
  // "the bloc will not return until its demands are met": a refusal bound to a condition pledges what the
  // speaker will do once it is met (rule 8).
  const negated = ctx.lexicon.markers.negativeParticles.has(next?.normal ?? '');
  return negated && !t.slice(cue.last + 1, cue.last + 6).some((w) => w.normal === 'until');
}

/** A "would" of the claim, not negated, after a verb of announcing that frames it. */
function announcedPlan(ctx: Context, cues: readonly FoundCue[], [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  const frame = cues.findLast((c) => c.last <= first && c.entry.frame !== undefined);
  if (!frame || !ctx.lexicon.markers.announcing.has(t[frame.first]?.lemma ?? '')) return false;
  const at = t.slice(first, last).findIndex((w) => w.normal === 'would');
  if (at < 0) return false;
  const next = t[first + at + 1]?.normal;
  return !ctx.lexicon.markers.negativeParticles.has(next ?? '');
}

/** Whether the claim's first verb is a passive ("more than 50 people were killed"): a toll, not an account of who did it. */
function isPassive(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  for (let i = first; i < last; i++) {
    if (!isVerb(t[i])) continue;
    // "several civilians have been killed": the perfect's "have" stands before the passive's "been".
    const perfect = t[i]?.lemma === 'have' && t[i + 1]?.normal === 'been';
    if (t[i]?.lemma !== 'be' && t[i]?.lemma !== 'get' && !perfect) return false;
    let next = i + 1;
    while (next < last && t[next]?.pos === 'ADV') next++;
    if (t[next]?.normal === 'been') next++;
    return t[next]?.pos === 'VERB' && (t[next]?.normal.endsWith('ed') || t[next]?.normal.endsWith('en'));
  }
  return false;
}

/** A passive verb of harm with its doer after "by" ("were killed by soldiers", "beaten and tortured by agents"). */
function harmDoneBy(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  for (let i = first + 1; i < last; i++) {
    const token = t[i] as Token;
    // The tagger may read a participle before "by" as an adjective or a noun ("tortured/NOUN by").
    const { accusation } = ctx.lexicon.markers;
    const participle = token.normal.endsWith('ed') || token.normal.endsWith('en');
    const harm =
      accusation.has(token.lemma) ||
      (participle && (accusation.has(token.normal.slice(0, -1)) || accusation.has(token.normal.slice(0, -2))));
    if (!harm || !participle || !['VERB', 'ADJ', 'NOUN'].includes(token.pos)) continue;
    const passive = t.slice(Math.max(first, i - 10), i).some((w) => w.lemma === 'be' || w.lemma === 'get');
    if (passive && t.slice(i + 1, Math.min(last, i + 3)).some((w) => w.normal === 'by')) return true;
  }
  return false;
}

/** Whether a passive claim's subject names state forces ("more than 70 soldiers", "Ethiopian troops"), not "our" own. */
function enemyLosses(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  const subject: string[] = [];
  for (let i = first; i < last && !isVerb(t[i]); i++) subject.push(t[i]?.normal ?? '');
  if (subject.includes('our')) return false;
  return subject.some((w) => w === 'soldiers') || hasAny(subject, ctx.lexicon.agents.official);
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

/**
 * An unnamed speaker that is a report or an outlet with no name of its own ("some reports", "some
 * international media"), nor an author named by its standing ("police reports").
 */
function unsourcedReport(ctx: Context, hop: SuggestedHop | undefined) {
  if (hop?.role !== 'UNNAMED_SOURCE' || !hop.span) return false;
  const { start, end } = hop.span;
  const tokens = ctx.doc.tokens.filter((w) => w.start >= start && w.end <= end);
  if (tokens.some((w) => w.pos === 'PROPN')) return false;
  const words = tokens.map((w) => w.normal);
  // "police reports said": the report's author is named by what it is.
  const { agents } = ctx.lexicon;
  if (hasAny(words, agents.official) || hasAny(words, agents.nonState)) return false;
  return hasAny(words, agents.report);
}

/**
 * "They did not enter Zawiya", "Tigrayan forces have not yet entered the town": a negated verb of an event
 * in the past or perfect, on the claim's own subject, says the event did not happen (rule 4). A negated
 * modal ("cannot reach"), "be" or "have" as main verb, or a verb of ability, will, intent, memory, feeling
 * or perception ("did not feel pressured", "do not recall") states rather than denies.
 */
function deniesEvent(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  let verbSeen = false;
  for (let i = first + 1; i < Math.min(last, first + 8); i++) {
    const word = t[i]?.normal ?? '';
    if (!ctx.lexicon.markers.negativeParticles.has(word)) {
      if (isVerb(t[i]) && !['do', 'did', 'does', 'have', 'has', 'had'].includes(word)) verbSeen = true;
      continue;
    }
    const aux = t[i - 1]?.normal ?? '';
    if (verbSeen || !['did', 'have', 'has', 'had'].includes(aux)) return false;
    // Someone who acts: a personal pronoun, a name, or a word of an authority, a side or a person ("the deal
    // did not meet their demands" describes the deal).
    const subject = t.slice(first, i - 1);
    const { agents } = ctx.lexicon;
    const words = subject.map((w) => w.normal);
    const acts =
      subject.some((w) => w.pos === 'PROPN' || (agents.pronoun.has(w.normal) && w.normal !== 'it')) ||
      hasAny(words, agents.official) ||
      hasAny(words, agents.nonState) ||
      hasAny(words, agents.person);
    if (!acts) return false;
    let v = i + 1;
    while (v < last && (t[v]?.pos === 'ADV' || QUOTE_MARKS.has(t[v]?.text ?? ''))) v++;
    const verb = t[v];
    if (verb?.pos !== 'VERB' || verb.lemma === 'be' || verb.lemma === 'have') return false;
    const { stance, stative } = ctx.lexicon.markers;
    if (stance.has(verb.lemma) || stative.has(verb.lemma) || isReporting(ctx, verb)) return false;
    // The event answers someone in the text: its verb stands there without the negation ("had entered").
    return t.some((w, k) => (k < first || k >= last) && w.pos === 'VERB' && w.lemma === verb.lemma);
  }
  return false;
}

/** A verb of saying ("had not yet responded"): a negated one says that nothing was said, not that an event did not happen. */
function isReporting(ctx: Context, verb: Token) {
  return ctx.lexicon.entries.some(
    (e) =>
      e.kind === 'ATTRIBUTION_VERB' &&
      e.words.length === 1 &&
      (e.words[0] === verb.lemma || e.words[0] === verb.normal),
  );
}

/** "Diplomats fear the conflict could grow": a frame that reports a fear. */
function framedAsView(ctx: Context, cues: readonly FoundCue[], [first]: [number, number]) {
  return cues.some(
    (c) =>
      c.last <= first &&
      c.entry.kind === 'ATTRIBUTION_VERB' &&
      c.entry.frame !== undefined &&
      ctx.lexicon.markers.viewFrames.has(c.entry.phrase),
  );
}
