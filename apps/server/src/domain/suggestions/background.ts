import { type Context, isPunct, isVerb, MODALS } from './reading.js';
import type { Token } from './tokens.js';

/**
 * Background the text states as settled: a marker of a long or earlier time, a year or a month the
 * claim is dated to, a perfect progressive, a relative clause describing what the sentence named, or a
 * present-tense description of what something is.
 */

/**
 * An unattributed claim that describes an agent or a place the sentence has named, as a relative clause
 * ("which is under the control of…", "where the army is in the last stages…") or an appositive with one
 * ("a rebel group that refused to sign…"): background.
 */
export function describesAgent(ctx: Context, [first, last]: [number, number]) {
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
 * background, and so does a present passive with its agent ("is supported by…") or a stative verb of
 * relation in the present ("represents", "borders"). A progressive ("are
 * trying", "is being helped by"), a place ("is under police guard") or "there are" is not a description of
 * this kind.
 */
export function describesWhatIs(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  if (!ctx.doc.tagged || t[first]?.normal === 'there') return false;
  let at = first;
  while (at < last && !isVerb(t[at])) at++;
  if (at === last) return false;
  // "Al-Helwu represents the faction loyal to…": a stative verb in the present describes.
  const verb = t[at] as Token;
  if (ctx.lexicon.markers.stative.has(verb.lemma))
    return [verb.lemma, `${verb.lemma}s`, `${verb.lemma}es`].includes(verb.normal);
  // "The interim government has little authority outside…": what something has, in the present, describes it.
  if (verb.normal === 'has' || verb.normal === 'have') {
    const object = t[at + 1];
    return object !== undefined && ['DET', 'ADJ', 'NUM'].includes(object.pos ?? '') && object.normal !== 'been';
  }
  if (verb.normal !== 'is' && verb.normal !== 'are') return false;
  let next = at + 1;
  while (next < last && t[next]?.pos === 'ADV') next++;
  const word = t[next];
  // "about 100 kilometers west of…": an approximate number is a predicate too.
  if (word?.normal === 'about' && t[next + 1]?.pos === 'NUM') return true;
  // "the insurgency is supported by some of the Muslims…": a present passive with its agent describes a state,
  // and so does one with a place it keeps someone from ("journalists are barred from the war zone").
  if (word?.pos === 'VERB' && /(ed|en)$/u.test(word.normal) && ['by', 'from'].includes(t[next + 1]?.normal ?? ''))
    return true;
  // "The headquarters is situated in…", "is located near…": a present passive of a stative verb of place.
  if (word?.pos === 'VERB' && /(ed|en)$/u.test(word.normal) && ctx.lexicon.markers.stative.has(word.lemma)) return true;
  return word !== undefined && PREDICATE_POS.has(word.pos);
}

const YEAR = /^(1[5-9]|20)\d\d$/u;

/**
 * A background marker of the lexicon in the claim, a year it is dated to ("in January 2016", "since
 * 2011"), or a perfect progressive ("have been fighting").
 */
export function isBackground(ctx: Context, [first, last]: [number, number]) {
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
      // A capital after "in" or "last" is the month even where the tagger reads "May" as a modal.
      (t[first + i + 1]?.pos === 'PROPN' || /^\p{Lu}/u.test(t[first + i + 1]?.text ?? ''))
    )
      return true;
    const next = t[first + i + 2];
    if (
      ctx.doc.tagged &&
      (words[i] === 'have' || words[i] === 'has') &&
      words[i + 1] === 'been' &&
      isVerb(next) &&
      next?.normal.endsWith('ing') &&
      !recentSpan(ctx, words)
    )
      return true;
  }
  return false;
}

/**
 * News is written as an inverted pyramid: the day's events come first, and the paragraphs after the
 * middle of the story carry its background. There, an unattributed present perfect with no time of its
 * own ("The conflict has killed more than 70,000 people", "FARC has refused to speak with…") states a
 * record up to now (rule 12b), while near the top it tells the news ("Police have arrested two men").
 * A claim dated to recent days or weeks ("this year", "in recent weeks", "since the emergency was
 * declared") is a running total of the news, not background.
 */
export function recordLateInStory(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  if (!ctx.doc.tagged || (t[first]?.start ?? 0) < ctx.text.length * LATER_PART) return false;
  // "protests that have killed at least 26 people": a relative clause hangs on the sentence's news, a
  // running total that takes it in.
  if (t[first]?.normal === 'that' || t[first]?.normal === 'which' || t[first - 1]?.normal === 'that') return false;
  const words = t.slice(first, last).map((token) => token.normal);
  // A day ("on February 22-23") or a span of recent days dates the news; a month alone is read above.
  const dated = (w: string) =>
    RECENT.has(w) || ctx.lexicon.markers.recentSpan.has(w) || ctx.lexicon.markers.months.has(w);
  if (words.some(dated)) return false;
  for (let i = first; i < last; i++) {
    if (t[i]?.normal !== 'has' && t[i]?.normal !== 'have') continue;
    let next = i + 1;
    while (next < last && t[next]?.pos === 'ADV') next++;
    const participle = t[next];
    // "has been centered…", "have been killed": a passive perfect tells a toll or a state of the news.
    if (participle?.normal === 'been' || participle?.pos !== 'VERB') continue;
    if (participle.normal !== participle.lemma || /(ed|en|wn|ne|t)$/u.test(participle.normal)) return true;
  }
  return false;
}

/**
 * "It was the deadliest border clash since the invasion 14 months ago", "the second airstrike in Somalia in
 * 2020", "the worst attack since he came into office in 2002": a superlative or an ordinal ranks the news
 * against a record, and the time after it measures that record; it does not date the claim (rule 12: the
 * events the article reports are the text's own assertion).
 */
export function ranksNews(ctx: Context, [first, last]: [number, number]) {
  const t = ctx.doc.tokens;
  for (let i = first; i < last; i++) {
    const token = t[i] as Token;
    const superlative = token.pos === 'ADJ' && /est$/u.test(token.normal) && token.lemma !== token.normal;
    const ranked = superlative || ORDINALS.has(token.normal) || ctx.lexicon.markers.superlatives.has(token.normal);
    if (!ranked) continue;
    const after = t.slice(i + 1, last).map((w) => w.normal);
    if (after.some((w) => w === 'since' || w === 'ago' || YEAR.test(w) || ctx.lexicon.markers.months.has(w)))
      return true;
    if (after.some((w, k) => w === 'in' && ['months', 'years', 'decades'].includes(after[k + 1] ?? ''))) return true;
  }
  return false;
}

/** Ordinals that rank an event in a series ("the second airstrike this year"). */
const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth']);

/** Where the later part of a story begins, as a share of its length. */
const LATER_PART = 0.5;

/** Words that date a claim to the news itself: a span reaching the present from a recent start. */
const RECENT: ReadonlySet<string> = new Set(['this', 'recent', 'recently', 'since', 'today', 'yesterday', 'now']);

/** "have been bracing for war for weeks", "since Monday": a span of days or weeks dates the news itself. */
function recentSpan(ctx: Context, words: readonly string[]) {
  return words.some(
    (w, i) =>
      (w === 'for' || w === 'since') && words.slice(i + 1, i + 4).some((x) => ctx.lexicon.markers.recentSpan.has(x)),
  );
}
