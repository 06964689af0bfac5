import type { CueKind, HopRole, StatedCertainty } from '../../__generated__/prisma/enums.js';
import type { TextSpan } from '../anchoring.js';
import type { SuggestedClaim } from './extract.js';

/**
 * Scoring proposed claims against a hand annotation of the same text. Spans match by overlap: two
 * spans match when their overlap covers at least half of the shorter one (boundaries of a claim are
 * a judgement call; which proposition it is, is not). Claims are paired one to one, best overlap first.
 */

export interface GoldClaim {
  span: TextSpan;
  statedCertainty: StatedCertainty;
  cues: { kind: CueKind; span: TextSpan }[];
  /** In-text hops only, from the originator to the article. */
  attribution: { role: HopRole; name: string; span: TextSpan }[];
}

export interface Counts {
  goldClaims: number;
  proposedClaims: number;
  matchedClaims: number;
  goldCues: number;
  proposedCues: number;
  recalledCues: number;
  correctCues: number;
  certaintyCorrect: number;
  attributionCorrect: number;
  attributionRolesCorrect: number;
}

export interface Miss {
  kind: 'claim-missed' | 'claim-extra' | 'certainty' | 'attribution' | 'cue-missed';
  gold?: string;
  proposed?: string;
  detail?: string;
}

export function overlaps(a: TextSpan, b: TextSpan) {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap * 2 >= shorter;
}

function overlapLength(a: TextSpan, b: TextSpan) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function uniqueSpans<T extends TextSpan>(spans: readonly T[]) {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function score(text: string, gold: readonly GoldClaim[], proposed: readonly SuggestedClaim[]) {
  const misses: Miss[] = [];
  const pairs: [GoldClaim, SuggestedClaim][] = [];
  const candidates: { g: number; p: number; overlap: number }[] = [];
  for (const [g, goldClaim] of gold.entries())
    for (const [p, claim] of proposed.entries())
      if (overlaps(goldClaim.span, claim.span))
        candidates.push({ g, p, overlap: overlapLength(goldClaim.span, claim.span) });
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedGold = new Set<number>();
  const usedProposed = new Set<number>();
  // The proposed certainty of each matched gold claim by the gold claim's index, so that another
  // annotation of the same claims can be scored against the same matches.
  const proposedCertaintyByGold = new Map<number, StatedCertainty>();
  // Which proposed claim each matched gold claim was paired with, as [gold index, proposed index].
  const matches: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedProposed.has(c.p)) continue;
    usedGold.add(c.g);
    usedProposed.add(c.p);
    const claim = proposed[c.p] as SuggestedClaim;
    pairs.push([gold[c.g] as GoldClaim, claim]);
    proposedCertaintyByGold.set(c.g, claim.statedCertainty);
    matches.push([c.g, c.p]);
  }
  const slice = (s: TextSpan) => text.slice(s.start, s.end);
  for (const [g, claim] of gold.entries())
    if (!usedGold.has(g)) misses.push({ kind: 'claim-missed', gold: slice(claim.span) });
  for (const [p, claim] of proposed.entries())
    if (!usedProposed.has(p)) misses.push({ kind: 'claim-extra', proposed: claim.span.exact });

  const goldCues = uniqueSpans(gold.flatMap((c) => c.cues.map((cue) => ({ ...cue.span, kind: cue.kind }))));
  const proposedCues = uniqueSpans(proposed.flatMap((c) => c.cues));
  const recalledCues = goldCues.filter((g) => proposedCues.some((p) => overlaps(g, p)));
  for (const cue of goldCues)
    if (!recalledCues.includes(cue)) misses.push({ kind: 'cue-missed', gold: `${cue.kind} ${slice(cue)}` });
  const correctCues = proposedCues.filter((p) => goldCues.some((g) => overlaps(g, p)));

  // Gold and proposed certainty of every matched claim, for a confusion matrix.
  const certainties: [StatedCertainty, StatedCertainty][] = [];
  let certaintyCorrect = 0;
  let attributionCorrect = 0;
  let attributionRolesCorrect = 0;
  for (const [g, p] of pairs) {
    certainties.push([g.statedCertainty, p.statedCertainty]);
    if (g.statedCertainty === p.statedCertainty) certaintyCorrect++;
    else
      misses.push({
        kind: 'certainty',
        gold: slice(g.span),
        detail: `${g.statedCertainty} proposed ${p.statedCertainty}`,
      });
    const hops = p.attribution.filter((h) => h.span !== undefined);
    const agents =
      hops.length === g.attribution.length &&
      g.attribution.every((hop, i) => {
        const span = hops[i]?.span;
        return span !== undefined && overlaps(hop.span, span);
      });
    if (agents) {
      attributionCorrect++;
      if (g.attribution.every((hop, i) => hops[i]?.role === hop.role)) attributionRolesCorrect++;
    } else {
      misses.push({
        kind: 'attribution',
        gold: slice(g.span),
        detail: `[${g.attribution.map((h) => `${h.role} ${slice(h.span)}`).join(' → ')}] proposed [${hops.map((h) => `${h.role} ${h.span?.exact}`).join(' → ')}]`,
      });
    }
  }
  const counts: Counts = {
    goldClaims: gold.length,
    proposedClaims: proposed.length,
    matchedClaims: pairs.length,
    goldCues: goldCues.length,
    proposedCues: proposedCues.length,
    recalledCues: recalledCues.length,
    correctCues: correctCues.length,
    certaintyCorrect,
    attributionCorrect,
    attributionRolesCorrect,
  };
  return { counts, misses, certainties, proposedCertaintyByGold, matches };
}

export function addCounts(all: readonly Counts[]): Counts {
  const sum = (key: keyof Counts) => all.reduce((n, c) => n + c[key], 0);
  return {
    goldClaims: sum('goldClaims'),
    proposedClaims: sum('proposedClaims'),
    matchedClaims: sum('matchedClaims'),
    goldCues: sum('goldCues'),
    proposedCues: sum('proposedCues'),
    recalledCues: sum('recalledCues'),
    correctCues: sum('correctCues'),
    certaintyCorrect: sum('certaintyCorrect'),
    attributionCorrect: sum('attributionCorrect'),
    attributionRolesCorrect: sum('attributionRolesCorrect'),
  };
}

/**
 * Rows of gold certainty, columns of proposed certainty, each cell the number of matched claims: which
 * values are confused with which tells which rule to look at. The headings name the two labellings
 * when they are not gold and proposed (two annotators).
 */
export function confusionTable(
  pairs: readonly (readonly [StatedCertainty, StatedCertainty])[],
  headings = { corner: 'gold \\ proposed', diagonal: 'correct' },
) {
  const values = [...new Set(pairs.flat())].sort();
  const count = (g: StatedCertainty, p: StatedCertainty) => pairs.filter(([a, b]) => a === g && b === p).length;
  const short = (v: string) =>
    v.replace('ASSERTED_UNATTRIBUTED', 'ASSERTED').replace('_STATEMENT', '').replace(/_/g, ' ');
  const lines = [
    `| ${headings.corner} | ${values.map(short).join(' | ')} | total | ${headings.diagonal} |`,
    `|---|${values.map(() => '---|').join('')}---|---|`,
  ];
  for (const g of values) {
    const row = values.map((p) => count(g, p));
    const total = row.reduce((n, x) => n + x, 0);
    if (total > 0)
      lines.push(
        `| ${short(g)} | ${row.map((n) => (n === 0 ? '·' : String(n))).join(' | ')} | ${total} | ${count(g, g)} |`,
      );
  }
  return lines.join('\n');
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function rates(c: Counts) {
  return {
    claimPrecision: ratio(c.matchedClaims, c.proposedClaims),
    claimRecall: ratio(c.matchedClaims, c.goldClaims),
    cuePrecision: ratio(c.correctCues, c.proposedCues),
    cueRecall: ratio(c.recalledCues, c.goldCues),
    certaintyAccuracy: ratio(c.certaintyCorrect, c.matchedClaims),
    attributionAccuracy: ratio(c.attributionCorrect, c.matchedClaims),
    attributionWithRoles: ratio(c.attributionRolesCorrect, c.matchedClaims),
  };
}
