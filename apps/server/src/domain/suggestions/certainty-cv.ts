import type { StatedCertainty } from '../../__generated__/prisma/enums.js';
import type { CertaintyFeatures } from './certainty-features.js';
import { type CertaintyModel, predict, type Sample, type TrainOptions, train } from './certainty-model.js';
import type { EvalArticle } from './eval-set.js';
import { score } from './evaluate.js';
import { claimsWithFeatures } from './extract.js';

/**
 * The data and the folds for measuring a learned layer of stated certainty honestly: every proposed claim
 * matched to a gold claim (by the evaluation's own matching) gives one sample, with the rules' certainty
 * and the gold one; folds group whole articles, so a model is always scored on articles it was not
 * trained on.
 */

export interface ClaimSample extends Sample {
  article: string;
  /** The certainty the rules proposed. */
  rule: StatedCertainty;
}

export function samplesOf(articles: readonly EvalArticle[]): ClaimSample[] {
  const samples: ClaimSample[] = [];
  for (const article of articles) {
    const read = claimsWithFeatures(article.text, { language: article.language });
    const { matches } = score(
      article.text,
      article.gold,
      read.map((r) => r.claim),
    );
    // In the gold claims' order, so the samples do not depend on how the matching sorted its candidates.
    for (const [g, p] of [...matches].sort((a, b) => a[0] - b[0])) {
      const { claim, features } = read[p] as {
        claim: { statedCertainty: StatedCertainty };
        features: CertaintyFeatures;
      };
      const gold = article.gold[g];
      if (!gold) continue;
      samples.push({ article: article.id, features, label: gold.statedCertainty, rule: claim.statedCertainty });
    }
  }
  return samples;
}

/** A small seeded generator (mulberry32): the same seed gives the same folds everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Article ids dealt into `k` folds after a seeded shuffle of the sorted ids. */
export function foldsOf(ids: readonly string[], k: number, seed: number): string[][] {
  const order = [...new Set(ids)].sort();
  const next = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}

/** Features without what the rules decided: what the model learns from the reading alone. */
export function withoutRules(features: CertaintyFeatures): CertaintyFeatures {
  return Object.fromEntries(
    Object.entries(features).filter(
      ([name]) => !name.startsWith('rule=') && !name.startsWith('path=') && !name.startsWith('signal:'),
    ),
  );
}

/** Predictions of a model trained on every fold but one, for the claims of that one. */
export function crossValidate(
  samples: readonly ClaimSample[],
  folds: readonly string[][],
  options: TrainOptions,
  select: (features: CertaintyFeatures) => CertaintyFeatures = (f) => f,
): StatedCertainty[][] {
  return folds.map((fold) => {
    const inFold = new Set(fold);
    const model: CertaintyModel = train(
      samples.filter((s) => !inFold.has(s.article)).map((s) => ({ ...s, features: select(s.features) })),
      options,
    );
    return samples.filter((s) => inFold.has(s.article)).map((s) => predict(model, select(s.features)).certainty);
  });
}
