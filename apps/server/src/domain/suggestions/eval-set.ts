import { readdirSync, readFileSync } from 'node:fs';
import { type CueKind, type HopRole, StatedCertainty } from '../../__generated__/prisma/enums.js';
import { anchorQuote, type TextQuote } from '../anchoring.js';
import type { GoldClaim } from './evaluate.js';

/**
 * The evaluation set: real news articles (eval/articles/<id>.txt) annotated by hand
 * (eval/articles/<id>.json: origin, licence, split, and the claims with their quotes, stated certainty,
 * cues and attribution). Quotes are anchored with the API's own anchoring, so an annotation that does
 * not match its text, or matches it twice, fails loudly.
 */

export type Split = 'tuned' | 'held-out' | 'seed';

export interface EvalArticle {
  id: string;
  language: string;
  split: Split;
  text: string;
  gold: GoldClaim[];
}

type Quote = string | TextQuote;

interface AnnotationFile {
  id: string;
  language: string;
  split: 'tuned' | 'held-out';
  claims: {
    quote: Quote;
    certainty: StatedCertainty;
    cues: [CueKind, Quote][];
    attribution: { role: HopRole; name: string; quote: Quote }[];
  }[];
}

const ARTICLES = new URL('../../../eval/articles/', import.meta.url);

function anchor(text: string, quote: Quote, where: string) {
  try {
    const { start, end } = anchorQuote(text, typeof quote === 'string' ? { exact: quote } : quote);
    return { start, end };
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** The articles of the set, or only those of the given splits (the others' texts are not read). */
export function loadEvalSet(splits?: ReadonlySet<Split>): EvalArticle[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(new URL(file, ARTICLES), 'utf8')) as AnnotationFile)
    .filter((annotation) => splits === undefined || splits.has(annotation.split))
    .map((annotation) => {
      const file = `${annotation.id}.json`;
      const text = readFileSync(new URL(`${annotation.id}.txt`, ARTICLES), 'utf8');
      const gold = annotation.claims.map((claim, i): GoldClaim => {
        const where = `${file} claim ${i}`;
        return {
          span: anchor(text, claim.quote, where),
          statedCertainty: claim.certainty,
          cues: claim.cues.map(([kind, quote]) => ({ kind, span: anchor(text, quote, `${where} cue`) })),
          attribution: claim.attribution.map((hop) => ({
            role: hop.role,
            name: hop.name,
            span: anchor(text, hop.quote, `${where} hop`),
          })),
        };
      });
      return { id: annotation.id, language: annotation.language, split: annotation.split, text, gold };
    });
}

const SECOND_ANNOTATION = new URL('../../../eval/agreement/second-annotator.json', import.meta.url);

interface SecondAnnotationFile {
  annotator: string;
  note: string;
  /** Per article, one certainty per claim of the first annotation, in claim order. */
  articles: Record<string, StatedCertainty[]>;
}

/**
 * A second annotator's stated certainty for the claims of some articles (eval/agreement), made blind to
 * the first annotation, to measure how far two annotators agree. Fails loudly on an unknown article, a
 * claim count that differs from the first annotation's, or a value outside the enum.
 */
export function loadSecondAnnotation(articles: readonly EvalArticle[]): Map<string, StatedCertainty[]> {
  const file = JSON.parse(readFileSync(SECOND_ANNOTATION, 'utf8')) as SecondAnnotationFile;
  const values = new Set<string>(Object.values(StatedCertainty));
  const second = new Map<string, StatedCertainty[]>();
  for (const [id, labels] of Object.entries(file.articles)) {
    const article = articles.find((a) => a.id === id);
    // An article left out of this run (--splits) is skipped; one the set does not have is an error.
    if (!article) {
      if (!readdirSync(ARTICLES).includes(`${id}.json`)) throw new Error(`second-annotator.json: no article ${id}`);
      continue;
    }
    if (labels.length !== article.gold.length)
      throw new Error(`second-annotator.json ${id}: ${labels.length} labels for ${article.gold.length} claims`);
    for (const [i, label] of labels.entries())
      if (!values.has(label)) throw new Error(`second-annotator.json ${id} claim ${i}: unknown certainty ${label}`);
    second.set(id, labels);
  }
  return second;
}
