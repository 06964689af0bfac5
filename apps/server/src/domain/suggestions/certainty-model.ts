import { StatedCertainty } from '../../__generated__/prisma/enums.js';
import type { CertaintyFeatures } from './certainty-features.js';

/**
 * A multinomial logistic (softmax) regression over named features, with an L2 penalty, trained by
 * full-batch Adam from zero weights for a fixed number of steps: the same samples in the same order give
 * the same weights, bit for bit, on any machine (no random initialisation, no sampling, sums taken in a
 * fixed order).
 *
 * Written here rather than taken from a library: mljs's ml-logistic-regression (2.0.0, the last release)
 * trains one-versus-all classifiers without a penalty or an intercept, numbers the classes by those present
 * in the training labels (a fold without one of the thirteen values shifts them) and gives no normalised
 * probabilities, which the suggestion's confidence needs; a softmax with a penalty is about sixty lines.
 */

export interface TrainOptions {
  /** Steps of full-batch Adam. */
  steps: number;
  learningRate: number;
  /** The L2 penalty on the weights (not on the intercepts), per sample. */
  l2: number;
  /**
   * One weight, shared by every class and not penalised, for the class the rules chose (the feature
   * `rule=<class>`): the rules' decision is the starting point, and the other weights learn when to leave
   * it. Without it the penalty pulls the rare classes' rule weights down and the model drifts to the
   * common classes.
   */
  ruleWeight: boolean;
}

export const DEFAULT_TRAINING: TrainOptions = { steps: 300, learningRate: 0.05, l2: 0.01, ruleWeight: false };

export interface CertaintyModel {
  classes: StatedCertainty[];
  features: string[];
  /** One intercept per class. */
  bias: number[];
  /** weights[class][feature]. */
  weights: number[][];
  /** The shared weight on the rules' own class (0 when not trained with one). */
  ruleWeight: number;
}

export interface Sample {
  features: CertaintyFeatures;
  label: StatedCertainty;
}

const CLASSES = Object.values(StatedCertainty) as StatedCertainty[];

function softmax(scores: number[]) {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** The model's probability of each class for one claim, in the order of `model.classes`. */
export function probabilities(model: CertaintyModel, features: CertaintyFeatures) {
  const index = new Map(model.features.map((name, j) => [name, j]));
  const active: [number, number][] = [];
  for (const [name, value] of Object.entries(features)) {
    const j = index.get(name);
    if (j !== undefined) active.push([j, value]);
  }
  return softmax(
    model.classes.map((_, k) => {
      const w = model.weights[k] as number[];
      const own = features[`rule=${model.classes[k]}`] !== undefined ? model.ruleWeight : 0;
      return active.reduce((s, [j, x]) => s + (w[j] as number) * x, (model.bias[k] as number) + own);
    }),
  );
}

/** The most probable class and its probability (the first of equals in the classes' order). */
export function predict(model: CertaintyModel, features: CertaintyFeatures) {
  const p = probabilities(model, features);
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
  return { certainty: model.classes[best] as StatedCertainty, probability: p[best] as number, probabilities: p };
}

export function train(samples: readonly Sample[], options: TrainOptions = DEFAULT_TRAINING): CertaintyModel {
  const features = [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort();
  const index = new Map(features.map((name, j) => [name, j]));
  const rows = samples.map((s) => ({
    active: Object.entries(s.features)
      .map(([name, value]): [number, number] => [index.get(name) as number, value])
      .sort((a, b) => a[0] - b[0]),
    label: CLASSES.indexOf(s.label),
    rule: CLASSES.findIndex((c) => s.features[`rule=${c}`] !== undefined),
  }));
  const K = CLASSES.length;
  const J = features.length;
  const n = Math.max(1, rows.length);
  // Parameters: K intercepts, then K × J weights, then the shared weight on the rules' class, one flat
  // array for Adam.
  const size = K + K * J + 1;
  const shared = size - 1;
  const theta = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= options.steps; step++) {
    grad.fill(0);
    for (const row of rows) {
      const scores: number[] = [];
      for (let k = 0; k < K; k++) {
        let s = (theta[k] as number) + (k === row.rule ? (theta[shared] as number) : 0);
        for (const [j, x] of row.active) s += (theta[K + k * J + j] as number) * x;
        scores.push(s);
      }
      const p = softmax(scores);
      for (let k = 0; k < K; k++) {
        const err = (p[k] as number) - (k === row.label ? 1 : 0);
        grad[k] = (grad[k] as number) + err / n;
        if (k === row.rule && options.ruleWeight) grad[shared] = (grad[shared] as number) + err / n;
        for (const [j, x] of row.active) grad[K + k * J + j] = (grad[K + k * J + j] as number) + (err * x) / n;
      }
    }
    for (let i = K; i < shared; i++) grad[i] = (grad[i] as number) + options.l2 * (theta[i] as number);
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    for (let i = 0; i < size; i++) {
      const g = grad[i] as number;
      m[i] = beta1 * (m[i] as number) + (1 - beta1) * g;
      v[i] = beta2 * (v[i] as number) + (1 - beta2) * g * g;
      theta[i] =
        (theta[i] as number) -
        (options.learningRate * ((m[i] as number) / c1)) / (Math.sqrt((v[i] as number) / c2) + eps);
    }
  }
  return {
    classes: CLASSES,
    features,
    bias: Array.from(theta.slice(0, K)),
    weights: CLASSES.map((_, k) => Array.from(theta.slice(K + k * J, K + (k + 1) * J))),
    ruleWeight: theta[shared] as number,
  };
}
