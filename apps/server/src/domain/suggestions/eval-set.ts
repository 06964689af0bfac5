import { readdirSync, readFileSync } from 'node:fs';
import type { CueKind, HopRole, StatedCertainty } from '../../__generated__/prisma/enums.js';
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

export function loadEvalSet(): EvalArticle[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const annotation = JSON.parse(readFileSync(new URL(file, ARTICLES), 'utf8')) as AnnotationFile;
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
