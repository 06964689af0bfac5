/**
 * Evaluates the claim suggestions against the hand-annotated evaluation set (eval/articles) and the
 * seed story, and prints precision and recall of claims (by anchor overlap) and of cue spans, and the
 * accuracy of proposed certainty and attribution: per article, then overall for the articles the
 * lexicon was tuned on, the held-out ones, and the seed story apart.
 *
 *   pnpm --filter @claimgraph/server eval:suggestions            # the table
 *   pnpm --filter @claimgraph/server eval:suggestions --misses   # and the misses of the tuned articles and the seed
 *   pnpm --filter @claimgraph/server eval:suggestions --misses=held-out   # the held-out misses, for the report only
 *   pnpm --filter @claimgraph/server eval:suggestions --splits=tuned,seed  # only these splits (while tuning)
 *
 * After the table, a confusion matrix of stated certainty (gold by proposed) over the tuned split, then,
 * for the articles a second annotator labelled (eval/agreement), how far the two annotators agree on
 * certainty and how the extractor scores against each.
 * The held-out misses are printed only when asked by name, so tuning the lexicon does not see them.
 */
import { readFileSync } from 'node:fs';
import { story } from '../../../../prisma/seed/story.js';
import type { StatedCertainty } from '../__generated__/prisma/enums.js';
import { anchorQuote, type TextQuote } from '../domain/anchoring.js';
import { cohensKappa, disagreements, type LabelPair, observedAgreement } from '../domain/suggestions/agreement.js';
import { type EvalArticle, loadEvalSet, loadSecondAnnotation, type Split } from '../domain/suggestions/eval-set.js';
import {
  addCounts,
  type Counts,
  confusionTable,
  type GoldClaim,
  rates,
  score,
} from '../domain/suggestions/evaluate.js';
import { suggestClaims } from '../domain/suggestions/extract.js';

function seedArticle(): EvalArticle {
  const text = readFileSync(new URL('../../../../prisma/seed/seed-article.txt', import.meta.url), 'utf8');
  const quote = (q: TextQuote | string) => anchorQuote(text, typeof q === 'string' ? { exact: q } : q);
  const gold = story.claims.map(
    (claim): GoldClaim => ({
      span: quote(claim.appearance.quote),
      statedCertainty: claim.appearance.statedCertainty,
      cues: (claim.appearance.cues ?? []).map(([kind, q]) => ({ kind, span: quote(q) })),
      // The publisher's hop is anchored to its sign-off line; the extractor adds the publisher from
      // the article's record instead, so only the hops the sentences themselves name are compared.
      attribution: claim.appearance.attribution
        .filter((hop) => hop.quote !== undefined && hop.source !== story.article.originalPublisher)
        .map((hop) => ({ role: hop.role, name: hop.actor ?? hop.source ?? '', span: quote(hop.quote as string) })),
    }),
  );
  return { id: 'seed-story', language: story.article.language, split: 'seed', text, gold };
}

const missesOf = new Set<Split>(
  process.argv.includes('--misses')
    ? ['tuned', 'seed']
    : process.argv.includes('--misses=held-out')
      ? ['held-out']
      : [],
);
// While the lexicon is being tuned, the held-out articles are left out altogether, not only their misses.
const splitsArg = process.argv.find((arg) => arg.startsWith('--splits='));
const splits = new Set<Split>(
  splitsArg ? (splitsArg.slice('--splits='.length).split(',') as Split[]) : ['tuned', 'held-out', 'seed'],
);
const articles = [...loadEvalSet(), seedArticle()].filter((article) => splits.has(article.split));
const pct = (x: number) => x.toFixed(2);
const rows: string[] = [];
const header =
  '| article | split | lang | claims gold/proposed | claim P | claim R | cues gold/proposed | cue P | cue R | certainty acc | attribution acc (roles) |';
const line = (name: string, split: string, lang: string, c: Counts) => {
  const r = rates(c);
  return `| ${name} | ${split} | ${lang} | ${c.goldClaims}/${c.proposedClaims} | ${pct(r.claimPrecision)} | ${pct(r.claimRecall)} | ${c.goldCues}/${c.proposedCues} | ${pct(r.cuePrecision)} | ${pct(r.cueRecall)} | ${pct(r.certaintyAccuracy)} | ${pct(r.attributionAccuracy)} (${pct(r.attributionWithRoles)}) |`;
};
const bySplit = new Map<Split, Counts[]>();
const tunedCertainties: [StatedCertainty, StatedCertainty][] = [];
const proposedByArticle = new Map<string, Map<number, StatedCertainty>>();
for (const article of articles) {
  const proposed = suggestClaims(article.text, { language: article.language });
  const { counts, misses, certainties, proposedCertaintyByGold } = score(article.text, article.gold, proposed);
  if (article.split === 'tuned') tunedCertainties.push(...certainties);
  proposedByArticle.set(article.id, proposedCertaintyByGold);
  bySplit.set(article.split, [...(bySplit.get(article.split) ?? []), counts]);
  rows.push(line(article.id, article.split, article.language, counts));
  if (missesOf.has(article.split)) {
    console.log(`\n## ${article.id}`);
    for (const miss of misses)
      console.log(`- ${miss.kind}: ${miss.gold ?? miss.proposed ?? ''}${miss.detail ? ` — ${miss.detail}` : ''}`);
  }
}
console.log(`\n${header}\n|---|---|---|---|---|---|---|---|---|---|---|`);
for (const row of rows) console.log(row);
// A split with no article (the held-out set between two sets) prints no row.
for (const split of ['tuned', 'held-out', 'seed'] as const)
  if (splits.has(split) && bySplit.has(split))
    console.log(
      line(`**overall ${split}**`, split, '', addCounts(bySplit.get(split) ?? [])).replace(
        /\| (\S+) \| \|/,
        '| $1 | |',
      ),
    );
if (tunedCertainties.length > 0)
  console.log(
    `\nCertainty of the matched claims of the tuned split, gold by proposed:\n\n${confusionTable(tunedCertainties)}`,
  );

// Agreement between the two annotators on every claim of the doubly annotated articles, and the
// extractor's certainty on the claims it matched (matched as above), against each annotator and against
// the claims both annotators labelled alike: how high a score can go is bounded by how far people agree.
const second = loadSecondAnnotation(articles);
if (second.size > 0) {
  const fraction = (pairs: readonly LabelPair[]) =>
    `${pct(observedAgreement(pairs))} (${pairs.filter(([a, b]) => a === b).length}/${pairs.length})`;
  const kappa = (pairs: readonly LabelPair[]) => {
    const k = cohensKappa(pairs);
    return Number.isNaN(k) ? 'n/a' : pct(k);
  };
  const humans: [StatedCertainty, StatedCertainty][] = [];
  const all = { first: [] as LabelPair[], second: [] as LabelPair[], agreed: [] as LabelPair[] };
  const agreementRow = (name: string, h: readonly LabelPair[], m: typeof all) =>
    `| ${name} | ${h.length} | ${fraction(h)} | ${kappa(h)} | ${fraction(m.first)} | ${fraction(m.second)} | ${fraction(m.agreed)} |`;
  const agreementRows: string[] = [];
  for (const article of articles) {
    const labels = second.get(article.id);
    if (!labels) continue;
    const proposedOf = proposedByArticle.get(article.id) ?? new Map<number, StatedCertainty>();
    const pairs: [StatedCertainty, StatedCertainty][] = [];
    const machine = { first: [] as LabelPair[], second: [] as LabelPair[], agreed: [] as LabelPair[] };
    for (const [i, claim] of article.gold.entries()) {
      const first = claim.statedCertainty;
      const other = labels[i] as StatedCertainty;
      pairs.push([first, other]);
      const proposed = proposedOf.get(i);
      if (proposed === undefined) continue;
      machine.first.push([first, proposed]);
      machine.second.push([other, proposed]);
      if (first === other) machine.agreed.push([first, proposed]);
    }
    humans.push(...pairs);
    all.first.push(...machine.first);
    all.second.push(...machine.second);
    all.agreed.push(...machine.agreed);
    agreementRows.push(agreementRow(article.id, pairs, machine));
  }
  console.log(
    '\n## Certainty: agreement between annotators\n\n' +
      'Annotator 1 is the annotation in eval/articles, annotator 2 the blind second one in eval/agreement. ' +
      'Agreement and kappa are over all claims; the extractor is scored on the claims it matched.\n',
  );
  console.log(
    '| article | claims | observed agreement | Cohen’s kappa | extractor vs annotator 1 | extractor vs annotator 2 | extractor on agreed claims |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const row of agreementRows) console.log(row);
  console.log(agreementRow('**overall**', humans, all));
  const top = disagreements(humans)
    .slice(0, 5)
    .map(({ labels, count }) => `${labels.join(' / ')} ${count}`);
  console.log(`\nMost frequent disagreements: ${top.join('; ') || 'none'}.`);
  console.log(
    `\nCertainty of every claim, annotator 1 by annotator 2:\n\n${confusionTable(humans, { corner: 'annotator 1 \\ 2', diagonal: 'agree' })}`,
  );
}
