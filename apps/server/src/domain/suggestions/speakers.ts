import type { HopRole } from '../../__generated__/prisma/enums.js';
import { matchAgent } from './agents.js';
import { type Agent, agentWords, type Context, hasAny, hasVerb, spanOf } from './reading.js';
import type { SuggestedHop } from './suggestion-types.js';

/**
 * The hops of an attribution chain and the standing of each speaker: an authority (a ministry, an army
 * spokesman), a side of a conflict, an outlet or an unnamed source, a person; pronouns name the last
 * speaker named.
 */

/**
 * Names given with an official title anywhere in the text ("remarks made by Foreign Minister Sergei
 * Lavrov"), so the surname alone is an official speaker later ("Lavrov said…").
 */
export function registerTitledNames(ctx: Context) {
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

export function hopOf(
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

/** A side that speaks for itself: not an authority, an outlet or unnamed source, nor a witness. */
export function isParty(ctx: Context, hop: SuggestedHop | undefined) {
  if (!hop || hop.official || hop.proposedKind === 'SOURCE') return false;
  return !hasAny(hop.name.toLowerCase().split(/\s+/u), ctx.lexicon.agents.witness);
}

/**
 * A speaker the text names as a side of the conflict ("Rebels in Chad", "Tamil rebels", "a pro-rebel Web
 * site", "Ngeubla" after "Spokesman for the rebel …, Mikaila Nguebla"): its account of the fighting is
 * its own side's, an allegation however it is worded ("they took control of Addé").
 */
export function namedSide(ctx: Context, hop: SuggestedHop | undefined) {
  if (!hop) return false;
  const words = hop.name.toLowerCase().split(/[\s-]+/u);
  return hasAny(words, ctx.lexicon.agents.nonState) || ctx.partyNames.has(words.at(-1) ?? '');
}
