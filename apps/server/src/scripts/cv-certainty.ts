/**
 * Measures a learned layer of stated certainty by cross-validation over the tuned articles, grouped by
 * article: the articles are dealt into five folds by a seeded shuffle, a softmax regression
 * (certainty-model.ts) is trained on four folds and scored on the fifth, and its accuracy is set beside
 * the rules' on the same claims. The held-out articles are not read.
 *
 *   pnpm --filter @claimgraph/server cv:certainty
 *
 * Columns: the rules alone; the rules and the model (the rules' certainty, rule and signals among the
 * features) at three penalties, and at the penalty an inner cross-validation on the four training folds
 * picks; the same with a shared, unpenalised weight on the rules' own class; the model without the rules'
 * decision (the reading's features only). Then the largest error classes and what the model changed.
 * The result, and why the model is not used, is in eval/README.md. About a minute and a half.
 */
import type { StatedCertainty } from '../__generated__/prisma/enums.js';
import {
  type ClaimSample,
  crossValidate,
  foldsOf,
  samplesOf,
  withoutRules,
} from '../domain/suggestions/certainty-cv.js';
import { DEFAULT_TRAINING, type TrainOptions } from '../domain/suggestions/certainty-model.js';
import { loadEvalSet } from '../domain/suggestions/eval-set.js';

const FOLDS = 5;
const SEED = 2026;
const PENALTIES = [0.001, 0.01, 0.1];

const articles = loadEvalSet(new Set(['tuned']));
const samples = samplesOf(articles);
const folds = foldsOf(
  articles.map((a) => a.id),
  FOLDS,
  SEED,
);
const inFold = (fold: readonly string[]) => samples.filter((s) => fold.includes(s.article));
const options = (l2: number, ruleWeight = false): TrainOptions => ({ ...DEFAULT_TRAINING, l2, ruleWeight });

// The penalty for each outer fold, chosen by a cross-validation inside its four training folds.
function nested(ruleWeight: boolean): StatedCertainty[][] {
  return folds.map((fold, f) => {
    const training = samples.filter((s) => !fold.includes(s.article));
    const inner = foldsOf(
      training.map((s) => s.article),
      FOLDS - 1,
      SEED + f + 1,
    );
    const ordered = inner.flatMap((g) => training.filter((s) => g.includes(s.article)));
    const accuracy = (l2: number) => {
      const predicted = crossValidate(training, inner, options(l2, ruleWeight)).flat();
      return predicted.filter((p, i) => p === ordered[i]?.label).length;
    };
    const scores = PENALTIES.map(accuracy);
    // The first of equals: the smallest penalty.
    const best = PENALTIES[scores.indexOf(Math.max(...scores))] as number;
    console.error(`fold ${f + 1}${ruleWeight ? ', shared rule weight' : ''}: penalty ${best}`);
    const [predicted] = crossValidate(samples, [fold], options(best, ruleWeight));
    return predicted ?? [];
  });
}

const columns: [string, StatedCertainty[][]][] = [
  ['rules alone', folds.map((fold) => inFold(fold).map((s) => s.rule))],
  ...PENALTIES.map((l2): [string, StatedCertainty[][]] => [
    `rules + model, L2 ${l2}`,
    crossValidate(samples, folds, options(l2)),
  ]),
  ['rules + model, L2 by inner CV', nested(false)],
  ...PENALTIES.map((l2): [string, StatedCertainty[][]] => [
    `rules + model, shared rule weight, L2 ${l2}`,
    crossValidate(samples, folds, options(l2, true)),
  ]),
  ['rules + model, shared rule weight, L2 by inner CV', nested(true)],
  ['model without the rules (L2 0.01)', crossValidate(samples, folds, options(0.01), withoutRules)],
];

const pct = (n: number, d: number) => `${(d === 0 ? 0 : n / d).toFixed(3)} (${n}/${d})`;
const right = (gold: readonly ClaimSample[], predicted: readonly StatedCertainty[]) =>
  predicted.filter((p, i) => p === gold[i]?.label).length;
console.log(`\n${samples.length} matched claims in ${articles.length} tuned articles, ${FOLDS} folds (seed ${SEED})\n`);
console.log(`| fold | articles | claims | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`|---|---|---|${columns.map(() => '---|').join('')}`);
for (const [f, fold] of folds.entries()) {
  const gold = inFold(fold);
  console.log(
    `| ${f + 1} | ${fold.length} | ${gold.length} | ${columns.map(([, p]) => pct(right(gold, p[f] ?? []), gold.length)).join(' | ')} |`,
  );
}
const all = folds.flatMap(inFold);
console.log(
  `| **all** | ${articles.length} | ${all.length} | ${columns.map(([, p]) => pct(right(all, p.flat()), all.length)).join(' | ')} |`,
);
console.log(`\nFolds: ${folds.map((fold, f) => `${f + 1}: ${fold.join(', ')}`).join('; ')}`);

// The largest error classes, gold → proposed, of the rules and of each model setting below, and what
// the model changed.
const errors = (predicted: readonly StatedCertainty[]) => {
  const counts = new Map<string, number>();
  for (const [i, p] of predicted.entries()) {
    const gold = all[i]?.label;
    if (gold !== p) counts.set(`${gold} → ${p}`, (counts.get(`${gold} → ${p}`) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const rules = all.map((s) => s.rule);
for (const name of [`rules + model, L2 ${DEFAULT_TRAINING.l2}`, 'rules + model, shared rule weight, L2 by inner CV']) {
  const model = (columns.find(([column]) => column === name)?.[1] ?? []).flat();
  console.log(`\nLargest error classes (gold → proposed), rules alone and ${name}:\n`);
  const [re, me] = [errors(rules), errors(model)];
  console.log('| rules alone | n | with the model | n |\n|---|---|---|---|');
  for (let i = 0; i < 12; i++)
    console.log(`| ${re[i]?.[0] ?? ''} | ${re[i]?.[1] ?? ''} | ${me[i]?.[0] ?? ''} | ${me[i]?.[1] ?? ''} |`);
  const changed = all.map((s, i) => ({ ...s, model: model[i] })).filter((s) => s.model !== s.rule);
  const fixed = changed.filter((s) => s.model === s.label).length;
  const broken = changed.filter((s) => s.rule === s.label).length;
  console.log(
    `\nThe model changed ${changed.length} of the rules' labels: ${fixed} wrong to right, ${broken} right to wrong, ${changed.length - fixed - broken} wrong to another wrong.`,
  );
  const flips = new Map<string, number>();
  for (const s of changed) {
    const key = `${s.rule} → ${s.model} (gold ${s.label})`;
    flips.set(key, (flips.get(key) ?? 0) + 1);
  }
  console.log(
    [...flips]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 15)
      .map(([k, n]) => `- ${k}: ${n}`)
      .join('\n'),
  );
}
