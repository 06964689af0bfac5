import { typeOf } from './claim-details.js';
import type { Context } from './reading.js';
import { isParty, namedSide } from './speakers.js';
import type { SuggestedClaim } from './suggestion-types.js';

/**
 * Rule 10b of the guide: a side's account that the other side gives too is the side's statement, not an
 * allegation. When an authority confirms an event ("Military officials … confirmed the town had been
 * seized"), a side's claim of the same event ("the rebels say they have captured a second town") is an
 * account both give: the same kind of act (a word of attack or capture, lexicon `accusation`) and a noun
 * in common.
 */
export function confirmedAccounts(ctx: Context, claims: readonly SuggestedClaim[]): SuggestedClaim[] {
  const { accusation, verifying } = ctx.lexicon.markers;
  const words = (claim: SuggestedClaim) =>
    ctx.doc.tokens.filter((w) => w.start >= claim.span.start && w.end <= claim.span.end && w.isWord);
  const confirmations = claims.filter(
    (claim) =>
      claim.attribution[0]?.official === true &&
      claim.statedCertainty === 'OFFICIAL_STATEMENT' &&
      claim.cues.some((c) => c.kind === 'ATTRIBUTION_VERB' && verifying.has(c.phrase)),
  );
  if (confirmations.length === 0) return [...claims];
  const event = (claim: SuggestedClaim) => {
    const tokens = words(claim);
    if (!tokens.some((w) => accusation.has(w.lemma))) return undefined;
    return new Set(tokens.filter((w) => w.pos === 'NOUN' && !accusation.has(w.lemma)).map((w) => w.lemma));
  };
  const confirmed = confirmations.map(event).filter((nouns) => nouns !== undefined);
  return claims.map((claim) => {
    if (claim.statedCertainty !== 'ALLEGATION' || claim.attribution.length === 0) return claim;
    // A side speaks (rule 10): villagers accusing soldiers are no party to the fighting, and their charge stays one.
    const speaker = claim.attribution[0];
    if (!isParty(ctx, speaker) || !namedSide(ctx, speaker)) return claim;
    const nouns = event(claim);
    if (!nouns || !confirmed.some((other) => [...nouns].some((n) => other.has(n)))) return claim;
    return {
      ...claim,
      statedCertainty: 'ATTRIBUTED_STATEMENT',
      type: typeOf('ATTRIBUTED_STATEMENT', claim.quantities),
    };
  });
}
