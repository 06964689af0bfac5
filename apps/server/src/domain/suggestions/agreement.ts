/**
 * Agreement between two labellings of the same items (two annotators, or an annotator and the
 * extractor): observed agreement, Cohen's kappa, and the label pairs they disagree on.
 *
 * Cohen's kappa is written here rather than taken from npm: no maintained package there offers it (the
 * general statistics libraries such as simple-statistics and jStat do not), and it is a few lines:
 * κ = (pₒ − pₑ) / (1 − pₑ), with pₑ = Σₖ p₁(k) · p₂(k) from each labelling's own marginals.
 */

export type LabelPair<L extends string = string> = readonly [L, L];

/** The share of items given the same label by both; 1 for no items (nothing to disagree on). */
export function observedAgreement(pairs: readonly LabelPair[]): number {
  if (pairs.length === 0) return 1;
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}

/** The agreement two labellers with these marginals would reach by chance. */
export function chanceAgreement(pairs: readonly LabelPair[]): number {
  if (pairs.length === 0) return 1;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [label, n] of first) expected += (n / pairs.length) * ((second.get(label) ?? 0) / pairs.length);
  return expected;
}

/**
 * Cohen's kappa: agreement beyond chance, 1 for perfect, 0 for chance, below 0 for worse than chance.
 * NaN when chance agreement is already 1 (both gave every item the one same label): κ is undefined then.
 */
export function cohensKappa(pairs: readonly LabelPair[]): number {
  const expected = chanceAgreement(pairs);
  if (expected === 1) return Number.NaN;
  return (observedAgreement(pairs) - expected) / (1 - expected);
}

/** The pairs of different labels, unordered, most frequent first (ties by name). */
export function disagreements(pairs: readonly LabelPair[]): { labels: [string, string]; count: number }[] {
  const counts = new Map<string, number>();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    const key = [a, b].sort().join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ labels: key.split('\u0000') as [string, string], count }))
    .sort((x, y) => y.count - x.count || x.labels.join().localeCompare(y.labels.join()));
}
