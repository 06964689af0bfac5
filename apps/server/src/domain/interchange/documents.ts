import { claimReviewDocument } from './claimreview.js';
import type { ArticleExport, ClaimExport } from './load.js';
import { provenanceOf } from './prov.js';
import { stixBundleOf } from './stix.js';
import { annotationCollectionOf } from './web-annotation.js';

export type ArticleFormat = 'CLAIM_REVIEW' | 'WEB_ANNOTATION' | 'PROV' | 'STIX';

/** The claims an article states, each once, in reading order. */
export function claimsOf(article: ArticleExport): ClaimExport[] {
  const claims = new Map<number, ClaimExport>();
  for (const version of article.versions)
    for (const appearance of version.appearances) claims.set(appearance.claim.id, appearance.claim);
  return [...claims.values()];
}

/** An article (loaded with articleInclude, in one query) as a standard document. */
export function articleDocumentOf(article: ArticleExport, format: ArticleFormat): object {
  switch (format) {
    case 'CLAIM_REVIEW':
      return claimReviewDocument(claimsOf(article));
    case 'WEB_ANNOTATION':
      return annotationCollectionOf(article);
    case 'PROV':
      return provenanceOf(article.versions.flatMap((version) => version.appearances.map((a) => ({ ...a, version }))));
    case 'STIX':
      return stixBundleOf(article);
  }
}
