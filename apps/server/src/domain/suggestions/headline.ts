import { typeOf } from './claim-details.js';
import type { Context } from './reading.js';
import type { SuggestedClaim } from './suggestion-types.js';

/**
 * A headline that states an event with no frame of its own ("Chad Rebels Seize Another Northeastern
 * Town") is as certain as the body says it is: it takes the certainty of the first body claim that states
 * the same event ("Rebels in Chad say they have seized a military garrison town": an allegation). A
 * headline with a frame ("…Denies…", "Said to…") keeps its own reading, except a bare title as speaker
 * ("…, Spokesman Says"), whose standing the lead gives.
 */

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'NUM']);
/** The body claims that do not state the event: a denial or a missing confirmation of it. */
const NOT_STATING = new Set(['DENIAL', 'ABSENCE_OF_CONFIRMATION']);

export function readHeadline(ctx: Context, claims: readonly SuggestedClaim[]): SuggestedClaim[] {
  const [head, ...body] = claims;
  if (!head || !isHeadline(ctx.text, head.span.end)) return [...claims];
  // Only a plain "Says" leaves the standing to the lead: "Ministry Denies Report" is a denial as it stands.
  const plain = head.statedCertainty === 'OFFICIAL_STATEMENT' || head.statedCertainty === 'ATTRIBUTED_STATEMENT';
  const title = plain ? bareTitle(ctx, head) : undefined;
  if (head.statedCertainty !== 'ASSERTED_UNATTRIBUTED' && !title) return [...claims];
  // Words of attack name one event whichever is used ("Bombers Raid Office" over "an attack on a
  // government building"): they count as one word.
  const { accusation } = ctx.lexicon.markers;
  const lemmaOf = (w: { lemma: string }) => (accusation.has(w.lemma) ? 'attack' : w.lemma);
  const headWords = new Set(contentOf(ctx, head).map(lemmaOf));
  const lead = leadEnd(ctx.text);
  const same = body.find((claim) => {
    if (NOT_STATING.has(claim.statedCertainty) || claim.span.start > lead) return false;
    // "…Falls to Rebels, Spokesman Says": the lead names which spokesman, and so whose account it is.
    if (title) return claim.attribution[0]?.name.toLowerCase().split(/\s+/u).includes(title) ?? false;
    // "The military is continuing to chase … and says it has discovered…": words before a reporting verb
    // inside the claim are the outlet's own, not what the speaker says.
    const frame = claim.cues.find(
      (c) => c.kind === 'ATTRIBUTION_VERB' && c.start >= claim.span.start && c.end <= claim.span.end,
    );
    const said = contentOf(ctx, claim).filter((w) => !frame || w.start > frame.start);
    const shared = said.filter((w) => headWords.has(lemmaOf(w)));
    // The same event: its verb or an attack word ("attack port" and "attacks … on the port") and one
    // more word in common.
    const event = shared.some((w) => w.pos === 'VERB' || accusation.has(w.lemma));
    return event && new Set(shared.map(lemmaOf)).size >= 2;
  });
  if (!same || same.statedCertainty === head.statedCertainty) return [...claims];
  const statedCertainty = same.statedCertainty;
  return [{ ...head, statedCertainty, type: typeOf(statedCertainty, head.quantities) }, ...body];
}

/** The headline's speaker when it is a bare title ("…, Spokesman Says"), which only the body can place. */
function bareTitle(ctx: Context, head: SuggestedClaim) {
  const name = head.attribution.length === 1 ? head.attribution[0]?.name.toLowerCase() : undefined;
  if (!name || /\s/u.test(name)) return undefined;
  return ctx.lexicon.agents.person.has(name) || ctx.lexicon.agents.official.has(name) ? name : undefined;
}

/** Whether the claim ends on the text's first line and that line is a headline: no full stop, more text below. */
export function isHeadline(text: string, end: number) {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || end > lineEnd) return false;
  return !/[.!?"”’]\s*$/u.test(text.slice(0, lineEnd));
}

/** Where the lead, the body's first paragraph (a line of its own), ends: the headline restates it. */
function leadEnd(text: string) {
  const start = text.slice(text.indexOf('\n')).search(/\S/u) + text.indexOf('\n');
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

function contentOf(ctx: Context, claim: SuggestedClaim) {
  return ctx.doc.tokens.filter(
    (w) => w.start >= claim.span.start && w.end <= claim.span.end && w.isWord && CONTENT.has(w.pos),
  );
}
