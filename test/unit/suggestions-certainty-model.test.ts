import { describe, expect, it } from 'vitest';
import { foldsOf } from '../../apps/server/src/domain/suggestions/certainty-cv.js';
import { predict, type Sample, train } from '../../apps/server/src/domain/suggestions/certainty-model.js';

const samples: Sample[] = [
  ...Array.from({ length: 6 }, (): Sample => ({ features: { 'rule=DENIAL': 1 }, label: 'DENIAL' })),
  ...Array.from({ length: 6 }, (): Sample => ({ features: { 'speaker=side': 1 }, label: 'ALLEGATION' })),
  ...Array.from({ length: 4 }, (): Sample => ({ features: { 'speaker=side': 1, count: 1 }, label: 'ESTIMATE' })),
  { features: { 'speaker=none': 1, 'rule=DENIAL': 1 }, label: 'ASSERTED_UNATTRIBUTED' },
];
const options = { steps: 200, learningRate: 0.05, l2: 0.01, ruleWeight: false };

describe('training the certainty model', () => {
  it('gives the same weights, bit for bit, on the same samples', () => {
    const a = train(samples, options);
    const b = train(samples, options);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.features).toEqual(['count', 'rule=DENIAL', 'speaker=none', 'speaker=side']);
    expect(a.classes).toHaveLength(13);
  });

  it('learns what the features say and gives probabilities that sum to one', () => {
    const model = train(samples, options);
    expect(predict(model, { 'rule=DENIAL': 1 }).certainty).toBe('DENIAL');
    expect(predict(model, { 'speaker=side': 1 }).certainty).toBe('ALLEGATION');
    expect(predict(model, { 'speaker=side': 1, count: 1 }).certainty).toBe('ESTIMATE');
    const { probabilities, probability } = predict(model, { 'speaker=side': 1, unseen: 1 });
    expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 10);
    expect(probability).toBe(Math.max(...probabilities));
  });
});

describe('a shared weight on the rules’ own class', () => {
  const ruled: Sample[] = [
    ...Array.from({ length: 8 }, (): Sample => ({ features: { 'rule=DENIAL': 1 }, label: 'DENIAL' })),
    ...Array.from({ length: 8 }, (): Sample => ({ features: { 'rule=OPINION': 1 }, label: 'OPINION' })),
    ...Array.from({ length: 2 }, (): Sample => ({ features: { 'rule=OPINION': 1, judges: 1 }, label: 'ALLEGATION' })),
  ];

  it('is trained only when asked, deterministically, and favours the rules’ class', () => {
    expect(train(ruled, options).ruleWeight).toBe(0);
    const model = train(ruled, { ...options, ruleWeight: true });
    expect(JSON.stringify(train(ruled, { ...options, ruleWeight: true }))).toBe(JSON.stringify(model));
    expect(model.ruleWeight).toBeGreaterThan(0);
    // A class the training never saw as a rule's label still gets the shared weight when the rules choose it.
    const odds = (features: Record<string, number>) => {
      const p = predict(model, features).probabilities;
      return (p[model.classes.indexOf('ESTIMATE')] as number) / (p[model.classes.indexOf('OPINION')] as number);
    };
    expect(odds({ 'rule=ESTIMATE': 1 }) / odds({})).toBeCloseTo(Math.exp(model.ruleWeight), 6);
    // Where the rules' word is all there is, the model keeps it.
    expect(predict(model, { 'rule=OPINION': 1 }).certainty).toBe('OPINION');
  });
});

describe('folds by article', () => {
  it('deals every article into exactly one fold, the same for the same seed', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `article-${i}`);
    const folds = foldsOf([...ids, ...ids], 5, 7);
    expect(folds.flat().sort()).toEqual([...ids].sort());
    expect(folds.map((f) => f.length).sort()).toEqual([4, 5, 5, 5, 4].sort());
    expect(foldsOf([...ids].reverse(), 5, 7)).toEqual(folds);
    expect(foldsOf(ids, 5, 8)).not.toEqual(folds);
  });
});
