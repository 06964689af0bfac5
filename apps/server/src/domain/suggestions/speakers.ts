import type { HopRole } from '../../__generated__/prisma/enums.js';
import { matchAgent } from './agents.js';
import { type Agent, agentWords, type Context, hasAny, hasVerb, isVerb, spanOf } from './reading.js';
import type { SuggestedHop } from './suggestion-types.js';
import type { Token } from './tokens.js';

/**
 * The hops of an attribution chain and the standing of each speaker: an authority (a ministry, an army
 * spokesman), a side of a conflict, an outlet or an unnamed source, a person; pronouns name the last
 * speaker named.
 */

/**
 * Names given with a title anywhere in the text ("remarks made by Foreign Minister Sergei Lavrov",
 * "opposition spokesman James Gadet", "Sudan Liberation Army Commander Ibrahim al-Hilu"), so the
 * surname alone is the same person later ("Lavrov said…"): an authority's when the title is official,
 * a side's when a word of a non-state side stands just before the title.
 */
export function registerTitledNames(ctx: Context) {
  const t = ctx.doc.tokens;
  const { agents } = ctx.lexicon;
  for (let i = 0; i < t.length; i++) {
    const word = t[i]?.normal ?? '';
    const official = agents.official.has(word);
    if (!official && !agents.person.has(word)) continue;
    const j = nameEnd(t, i + 1);
    if (j - i < 3) continue;
    const side = t.slice(Math.max(0, i - 3), i).some((w) => agents.nonState.has(w.normal));
    registerName(ctx, [i + 1, j], side ? 'side' : official ? 'official' : 'person');
  }
  registerAppositions(ctx);
  registerAcronyms(ctx);
}

/**
 * An acronym given in brackets after a name ("the Ogaden National Liberation Front (ONLF)") stands
 * for the name later ("a statement by the ONLF"): a side's when the name holds a word of a non-state
 * side, an authority's when it holds an official word.
 */
function registerAcronyms(ctx: Context) {
  const t = ctx.doc.tokens;
  const { agents } = ctx.lexicon;
  for (let i = 1; i + 2 < t.length; i++) {
    const acronym = t[i + 1] as Token;
    if (t[i]?.text !== '(' || t[i + 2]?.text !== ')' || !/^\p{Lu}{2,}$/u.test(acronym.text)) continue;
    let first = i;
    while (first > Math.max(0, i - 8) && t[first - 1]?.pos === 'PROPN') first--;
    const words = t.slice(first, i).map((w) => w.normal);
    if (hasAny(words, agents.nonState)) ctx.partyNames.add(acronym.normal);
    else if (hasAny(words, agents.official)) ctx.officialNames.add(acronym.normal);
  }
}

/**
 * A full name set off by commas beside its title ("a spokesman for one of the rebel groups, Maikalu
 * Nguebla, denies…", "Bob Purtiman, a spokesman for the American military, dismissed…"): the surname
 * alone later ("Purtiman said") is the same speaker, a side's when the title names a non-state side,
 * else an authority's when it holds an official word.
 */
function registerAppositions(ctx: Context) {
  const t = ctx.doc.tokens;
  const { agents } = ctx.lexicon;
  for (let i = 0; i < t.length; i++) {
    if (t[i]?.text !== ',') continue;
    // The name right after the comma and closed by a comma, or right before it.
    const after = nameEnd(t, i + 1);
    let before = i;
    while (before > 0 && t[before - 1]?.pos === 'PROPN') before--;
    let name: [number, number] | undefined;
    let title: [number, number] | undefined;
    if (after - (i + 1) >= 2 && t[after]?.text === ',') {
      name = [i + 1, after];
      title = [titleStart(t, i), i];
    } else if (i - before >= 2 && t[i + 1]?.pos === 'DET') {
      name = [before, i];
      title = [i + 1, titleEnd(t, i + 1)];
    }
    if (!name || !title || title[1] - title[0] < 1) continue;
    const words = t.slice(title[0], title[1]).map((w) => w.normal);
    if (!hasAny(words, agents.person) && !hasAny(words, agents.official)) continue;
    const standing = hasAny(words, agents.nonState) ? 'side' : hasAny(words, agents.official) ? 'official' : 'person';
    registerName(ctx, name, standing);
  }
}

/**
 * Every word of a full name after the first is a surname the text may use alone ("James Gadet Dak" …
 * "Gadet said"), known as a person's and as a side's or an authority's.
 */
function registerName(ctx: Context, [first, end]: [number, number], standing: 'side' | 'official' | 'person') {
  for (const token of ctx.doc.tokens.slice(first + 1, end)) {
    if (token.pos !== 'PROPN') continue;
    ctx.personNames.add(token.normal);
    if (standing === 'side') ctx.partyNames.add(token.normal);
    if (standing === 'official') ctx.officialNames.add(token.normal);
  }
}

/** The end of a run of name words from `first`, a hyphenated particle included ("Ibrahim al-Hilu"). */
function nameEnd(t: readonly Token[], first: number) {
  let j = first;
  for (;;) {
    if (t[j]?.pos === 'PROPN') j++;
    else if (j > first && t[j + 1]?.text === '-' && t[j + 1]?.start === t[j]?.end && t[j + 2]?.pos === 'PROPN') j += 2;
    else return j;
  }
}

/** Where a title phrase before a comma starts: at most ten words back, after a verb or a punctuation mark. */
function titleStart(t: readonly Token[], comma: number) {
  let k = comma;
  while (k > Math.max(0, comma - 10) && isTitleWord(t[k - 1])) k--;
  return k;
}

/** Where a title phrase after a comma ends: the next verb, punctuation mark, or ten words on. */
function titleEnd(t: readonly Token[], first: number) {
  let k = first;
  while (k < Math.min(t.length, first + 10) && isTitleWord(t[k])) k++;
  return k;
}

/** A word of a title phrase; a hyphen joins words ("Dakar-based"). */
function isTitleWord(token: Token | undefined) {
  if (!token) return false;
  if (token.text === '-') return true;
  return token.isWord && token.pos !== 'VERB' && token.pos !== 'AUX' && !token.text.includes('\n');
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
  // "A spokesman for the group", "a representative of the movement": one who speaks for a body has its
  // standing, an authority's only when the body is one.
  const body = spokenFor(ctx, [...words, ...title]);
  const official =
    !party &&
    (body === undefined || hasAny(body, lexicon.agents.official)) &&
    (hasAny(named, lexicon.agents.official) ||
      hasAny(title, lexicon.agents.official) ||
      (surname !== undefined && ctx.officialNames.has(surname)));
  if (official && surname !== undefined) ctx.officialNames.add(surname);
  const span = spanOf(ctx, agent.first, agent.last);
  // A pronoun names the subject of its own sentence when that names an agent ("NATO officials expressed
  // regret for an operation that they said…"), else the last agent the text named.
  if (words.length === 1 && lexicon.agents.pronoun.has(words[0] ?? '')) {
    const subject = words[0] === 'they' ? sentenceSubject(ctx, agent.first) : undefined;
    if (subject) return { ...hopOf(ctx, subject, role, unnamed), span };
  }
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
  // "Médecins Sans Frontières (MSF)": a name with its acronym in brackets is an organisation's.
  const acronymed = tokens.some((w, i) => w.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? ''));
  const person =
    hasAny(words, lexicon.agents.person) ||
    hasAny(title, lexicon.agents.person) ||
    // "U.S. Africa Command", "Somali Military": a name whose head is a word of a body names the body.
    (proper >= 2 && proper === nameWords && !acronymed && !lexicon.agents.official.has(words.at(-1) ?? '')) ||
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

/** The words of the body a spokesman speaks for ("a spokesman for the group" → "the group"), if the name says. */
function spokenFor(ctx: Context, words: readonly string[]): string[] | undefined {
  const { spokespeople } = ctx.lexicon.markers;
  const at = words.findIndex((w, i) => spokespeople.has(w) && (words[i + 1] === 'for' || words[i + 1] === 'of'));
  if (at < 0) return undefined;
  return words.slice(at + 2).filter((w) => !ctx.lexicon.agents.pronoun.has(w));
}

/**
 * The subject of the sentence holding `at`, when it names an authority, a side or a person and ends
 * before `at`: the words from the sentence's start (past a leading "Meanwhile,") to its first verb.
 */
function sentenceSubject(ctx: Context, at: number): Agent | undefined {
  const t = ctx.doc.tokens;
  const sentence = ctx.doc.sentences.find((s) => s.first <= at && at < s.last);
  if (!sentence) return undefined;
  let first = sentence.first;
  while (first < at && (ctx.lexicon.agents.leadingTrim.has(t[first]?.normal ?? '') || !t[first]?.isWord)) first++;
  let last = first;
  while (last < at && !isVerb(t[last])) last++;
  if (last === first || last >= at) return undefined;
  const words = agentWords(ctx, { first, last });
  const { agents } = ctx.lexicon;
  if (hasAny(words, agents.pronoun)) return undefined;
  const named = hasAny(words, agents.official) || hasAny(words, agents.nonState) || hasAny(words, agents.person);
  return named ? { first, last } : undefined;
}

/** A side that speaks for itself: not an authority, an outlet or unnamed source, nor a witness. */
export function isParty(ctx: Context, hop: SuggestedHop | undefined) {
  if (!hop || hop.official || hop.proposedKind === 'SOURCE') return false;
  return !hasAny(hop.name.toLowerCase().split(/\s+/u), ctx.lexicon.agents.witness);
}

/** A speaker who watches rather than takes part: a witness, an analyst, an observer. */
export function onlooker(ctx: Context, hop: SuggestedHop | undefined) {
  return hop !== undefined && !hop.official && hasAny(hop.name.toLowerCase().split(/\s+/u), ctx.lexicon.agents.witness);
}

/**
 * A speaker the text names as a side of the conflict ("Rebels in Chad", "Tamil rebels", "a pro-rebel Web
 * site", "Ngeubla" after "Spokesman for the rebel …, Mikaila Nguebla"): its account of the fighting is
 * its own side's, an allegation however it is worded ("they took control of Addé").
 */
export function namedSide(ctx: Context, hop: SuggestedHop | undefined) {
  if (!hop) return false;
  const words = hop.name.toLowerCase().split(/[\s-]+/u);
  // "a spokesman for the group": a body that is not a state's, named by a noun of organised bodies.
  const body = spokenFor(ctx, words);
  const sideBody =
    body !== undefined &&
    !hasAny(body, ctx.lexicon.agents.official) &&
    body.some((w) => ctx.lexicon.markers.sideBodies.has(w));
  return hasAny(words, ctx.lexicon.agents.nonState) || ctx.partyNames.has(words.at(-1) ?? '') || sideBody;
}
