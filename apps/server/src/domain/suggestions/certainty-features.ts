import type { StatedCertainty } from '../../__generated__/prisma/enums.js';
import type { CertaintyTrace } from './certainty.js';
import type { FoundCue } from './cues.js';
import { isHeadline } from './headline.js';
import { type Context, hasVerb, insideQuote, isVerb, MODALS, QUOTE_MARKS, wordCount } from './reading.js';
import { isParty, namedSide, onlooker } from './speakers.js';
import type { SuggestedHop } from './suggestion-types.js';

/**
 * The features of a proposed claim that a model of stated certainty reads: what the rules decided and why
 * (the certainty, the rule that fired, every signal found), the cue classes in the claim and in its frame,
 * the speaker's kind, where the claim stands in the story, and a few words of tense, aspect, time, number,
 * quotation and negation. Each feature is a name with the value 1 (present) or a number; a model keeps a
 * weight per name, so what it learned can be read feature by feature.
 */

/** What the extractor read for one claim: its tokens, its clause (claim and frame), cues, speakers and the rule's trace. */
export interface ClaimReading {
  claim: [number, number];
  /** The tokens the claim's cues were taken from: the claim and the frame that attributes it. */
  clause: [number, number];
  cues: readonly FoundCue[];
  /** The hops the text names (not the publisher). */
  hops: readonly SuggestedHop[];
  trace: CertaintyTrace;
}

export type CertaintyFeatures = Record<string, number>;

/** The kind of the claim's first speaker, in the terms of the decision rules (9 to 12). */
export function speakerKind(ctx: Context, hops: readonly SuggestedHop[]) {
  const hop = hops[0];
  if (!hop) return 'none';
  if (hop.role === 'UNNAMED_SOURCE') return 'unnamed';
  if (hop.official) return 'authority';
  if (hop.proposedKind === 'SOURCE') return 'outlet';
  if (onlooker(ctx, hop)) return 'onlooker';
  if (isParty(ctx, hop)) return namedSide(ctx, hop) ? 'side' : 'party';
  return 'other';
}

const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'our', 'us', 'my', 'me']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'nobody', 'none', 'nothing']);
const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const EARLIER: ReadonlySet<string> = new Set(['ago', 'since', 'earlier', 'previously', 'last', 'decades', 'years']);
const PRESENT_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', 'does', 'do']);
const PAST_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);

/**
 * The features of one claim. `ruleCertainty` is the certainty the rules gave it in the end (a headline
 * may take the lead's), so it is passed apart from the reading.
 */
export function certaintyFeatures(
  ctx: Context,
  reading: ClaimReading,
  ruleCertainty: StatedCertainty,
): CertaintyFeatures {
  const t = ctx.doc.tokens;
  const [first, last] = reading.claim;
  const f: CertaintyFeatures = {};
  const on = (name: string) => {
    f[name] = 1;
  };
  // What the rules decided, and by which rule.
  on(`rule=${ruleCertainty}`);
  on(`path=${reading.trace.rule}`);
  for (const signal of reading.trace.signals) on(`signal:${signal}`);
  // Cue classes and signals in the claim and in its frame.
  for (const cue of reading.cues) {
    const where = cue.first >= first && cue.last <= last ? 'claim' : 'frame';
    on(`cue-${where}:${cue.entry.kind}`);
    if (cue.entry.signal) on(`cue-${where}-signal:${cue.entry.signal}`);
  }
  // The speaker.
  const kind = speakerKind(ctx, reading.hops);
  on(`speaker=${kind}`);
  if (reading.hops[0]) on(`hop-role=${reading.hops[0].role}`);
  if (reading.hops.length > 1) on('hops>1');
  if (reading.hops.slice(1).some((h) => h.official)) on('authority-further-on');
  // Where the claim stands.
  const start = t[first]?.start ?? 0;
  const end = t[last - 1]?.end ?? start;
  const headline = isHeadline(ctx.text, end);
  if (headline) on('headline');
  const breaks = (ctx.text.slice(0, start + 1).match(/\n\s*\S/gu) ?? []).length;
  const paragraph = ctx.text.includes('\n') && isHeadline(ctx.text, ctx.text.indexOf('\n')) ? breaks - 1 : breaks;
  if (!headline) on(paragraph <= 0 ? 'paragraph=lead' : paragraph === 1 ? 'paragraph=2' : 'paragraph=3+');
  const fraction = ctx.text.length === 0 ? 0 : start / ctx.text.length;
  on(`story-part=${Math.min(3, Math.floor(fraction * 4))}`);
  // Quotation and person.
  if (insideQuote(t, first) || QUOTE_MARKS.has(t[first - 1]?.text ?? '')) on('quoted');
  const words = t.slice(first, last);
  if (words.some((w) => FIRST_PERSON.has(w.normal))) on('first-person');
  if (words.some((w) => NEGATIONS.has(w.normal))) on('negation');
  // Tense and aspect of the first verb, modals, a passive or a perfect.
  for (const w of words) if (MODALS.has(w.normal)) on(`modal:${w.normal}`);
  const v = words.findIndex((w) => isVerb(w));
  const verb = words[v];
  if (!verb || !hasVerb(ctx.doc, first, last)) on('no-verb');
  else {
    if (PRESENT_FORMS.has(verb.normal) || (verb.normal.endsWith('s') && verb.normal !== verb.lemma)) on('verb:present');
    else if (PAST_FORMS.has(verb.normal) || verb.normal.endsWith('ed')) on('verb:past');
    if (verb.lemma === 'be') on('verb:be');
    const next = words.slice(v + 1).find((w) => w.pos !== 'ADV' && w.normal !== 'not' && w.normal !== "n't");
    if (verb.lemma === 'have' && next && (next.normal === 'been' || next.normal.endsWith('ed') || next.pos === 'VERB'))
      on('perfect');
    if (
      (verb.lemma === 'be' || next?.normal === 'been') &&
      words.some((w) => /(?:ed|en)$/u.test(w.normal) && w.pos === 'VERB')
    )
      on('passive');
    if (verb.normal.endsWith('ing')) on('verb:progressive');
  }
  // Times, numbers and length.
  if (words.some((w) => w.entity === 'DATE' || w.entity === 'TIME')) on('date');
  if (words.some((w) => WEEKDAYS.has(w.normal))) on('weekday');
  if (words.some((w) => MONTHS.has(w.normal))) on('month');
  if (words.some((w) => /^(?:19|20)\d\d$/u.test(w.text))) on('year');
  if (words.some((w) => EARLIER.has(w.normal))) on('earlier');
  if (words.some((w) => w.pos === 'NUM' || w.entity === 'CARDINAL')) on('number');
  const count = wordCount(ctx.doc, first, last);
  on(count < 6 ? 'words<6' : count <= 15 ? 'words=6-15' : 'words>15');
  if (words[0]?.pos === 'PROPN') on('opens-with-name');
  return f;
}
