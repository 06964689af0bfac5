import { describe, expect, it } from 'vitest';
import {
  chanceAgreement,
  cohensKappa,
  disagreements,
  type LabelPair,
  observedAgreement,
} from '../../apps/server/src/domain/suggestions/agreement.js';

/** Items from a 2×2 table of counts: both yes, first yes only, second yes only, both no. */
const table = (yesYes: number, yesNo: number, noYes: number, noNo: number): LabelPair[] => [
  ...Array<LabelPair>(yesYes).fill(['yes', 'yes']),
  ...Array<LabelPair>(yesNo).fill(['yes', 'no']),
  ...Array<LabelPair>(noYes).fill(['no', 'yes']),
  ...Array<LabelPair>(noNo).fill(['no', 'no']),
];

describe("Cohen's kappa", () => {
  // The worked example of the Wikipedia article "Cohen's kappa": two readers of 50 grant proposals.
  it('gives 0.4 for the 20/5/10/15 table (pₒ 0.7, pₑ 0.5)', () => {
    const pairs = table(20, 5, 10, 15);
    expect(observedAgreement(pairs)).toBeCloseTo(0.7, 10);
    expect(chanceAgreement(pairs)).toBeCloseTo(0.5, 10);
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10);
  });

  // The same article's pair of tables with equal observed agreement (0.60) and different kappa.
  it('depends on the marginals, not only on the agreement', () => {
    expect(cohensKappa(table(45, 15, 25, 15))).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(table(25, 35, 5, 35))).toBeCloseTo(0.2593, 4);
  });

  it('is 1 for perfect agreement over several labels, and undefined when chance agreement is certain', () => {
    expect(
      cohensKappa([
        ['a', 'a'],
        ['b', 'b'],
        ['c', 'c'],
      ]),
    ).toBe(1);
    expect(
      cohensKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toBeNaN();
  });
});

describe('disagreements', () => {
  it('counts unordered label pairs, most frequent first', () => {
    const pairs: LabelPair[] = [
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'c'],
      ['a', 'a'],
    ];
    expect(disagreements(pairs)).toEqual([
      { labels: ['a', 'b'], count: 2 },
      { labels: ['a', 'c'], count: 1 },
    ]);
  });
});
