import type { ClaimType, StatedCertainty } from '../../__generated__/prisma/enums.js';
import type { FoundCue } from './cues.js';
import { type Context, hasVerb, spanOf, wordCount } from './reading.js';
import type { SuggestedHop, SuggestedQuantity, SuggestedSpan } from './suggestion-types.js';
import type { Token } from './tokens.js';

/** The details of a proposal beyond its certainty: quantities, times, claim type, confidence and text. */

export function quantitiesOf(ctx: Context, claim: [number, number], cues: readonly FoundCue[]): SuggestedQuantity[] {
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

export function timesOf(ctx: Context, clause: [number, number]): SuggestedSpan[] {
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
export function confidenceOf(
  ctx: Context,
  claim: [number, number],
  certaintyFromCue: boolean,
  hops: readonly SuggestedHop[],
) {
  let score = 0.4;
  if (ctx.doc.tagged ? hasVerb(ctx.doc, ...claim) : true) score += 0.2;
  if (certaintyFromCue) score += 0.15;
  if (hops.length > 0 && hops.every((h) => h.match)) score += 0.1;
  if (wordCount(ctx.doc, ...claim) < 4) score -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}

export function typeOf(certainty: StatedCertainty, quantities: readonly SuggestedQuantity[]): ClaimType {
  if (certainty === 'INTENTION') return 'INTENTION';
  if (certainty === 'ABSENCE_OF_CONFIRMATION') return 'ABSENCE';
  if (quantities.some((q) => q.lower !== undefined || q.upper !== undefined || q.approximate)) return 'QUANTITY';
  return 'EVENT';
}

export function sentenceOf(quote: string) {
  const text = quote.trim();
  const first = text.charAt(0).toLocaleUpperCase();
  const body = first + text.slice(1);
  return /[.!?؟]$/u.test(body) ? body : `${body}.`;
}
