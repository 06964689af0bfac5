import type { PrismaClient } from '../../__generated__/prisma/client.js';
import type { Tx } from '../tx.js';

/**
 * Repeat claims: existing claims ranked by how close their text is to a claim or a piece of text.
 * Two measures, each computed by PostgreSQL (PGlite runs the same SQL): trigram similarity of the
 * texts (pg_trgm), which survives spelling variants and small rewordings; and the share of the
 * probe's words found in the claim's full-text index, both read with the text search configuration
 * of their language (claimgraph_ts_config: `arabic` for ar, `simple` for a language PostgreSQL has no
 * configuration for), so "arrived"/"arrives" or Arabic prefixes and suffixes still meet. Claims
 * recorded as the same claim (a SAME_AS relation, as a translation is recorded) come along with the
 * one that matched. Each result says which of these made it match.
 */

export type SimilarityReason = 'TRIGRAM' | 'SHARED_WORDS' | 'SAME_AS_RELATION';

export interface SimilarClaim {
  claimId: number;
  /** 0–1: the larger of the trigram similarity and the share of shared words (×0.9 through a relation). */
  score: number;
  trigramSimilarity: number;
  /** The probe's words (as indexed: stemmed) that the claim's text has. */
  sharedWords: string[];
  /** The text search configuration the words were compared in. */
  configuration: string;
  reasons: SimilarityReason[];
  /** For a claim reached through a SAME_AS relation: the claim that matched the text. */
  viaClaimId?: number;
}

export interface Probe {
  text: string;
  language: string;
  /** The claim itself, when the probe is an existing claim. */
  excludeClaimId?: number | undefined;
}

/** At or above this score a claim is answered as a likely duplicate of a new one. */
export const LIKELY_DUPLICATE = 0.5;

const TRIGRAM_FLOOR = 0.3;

interface Row {
  id: number;
  trigram: number;
  shared: string[];
  total: bigint | number;
  cfg: string;
}

export async function similarClaims(client: PrismaClient | Tx, probe: Probe, first: number): Promise<SimilarClaim[]> {
  const rows = await client.$queryRaw<Row[]>`
    WITH probe AS (
      SELECT ${probe.text}::text AS text, claimgraph_ts_config(${probe.language}) AS cfg
    ), words AS (
      SELECT DISTINCT unnest(tsvector_to_array(to_tsvector(probe.cfg, probe.text))) AS word FROM probe
    ), any_word AS (
      SELECT to_tsquery('simple', string_agg(quote_literal(word), ' | ')) AS q FROM words
    )
    SELECT c.id,
           similarity(c.text, probe.text)::float8 AS trigram,
           ARRAY(SELECT w.word FROM words w WHERE c.search @@ to_tsquery('simple', quote_literal(w.word))) AS shared,
           (SELECT count(*) FROM words) AS total,
           claimgraph_ts_config(c.language)::text AS cfg
    FROM "Claim" c, probe, any_word
    WHERE c."archivedAt" IS NULL AND c."mergedIntoId" IS NULL AND c.id <> ${probe.excludeClaimId ?? -1}
      AND (similarity(c.text, probe.text) >= ${TRIGRAM_FLOOR} OR c.search @@ any_word.q)
    ORDER BY greatest(similarity(c.text, probe.text), 0) DESC, c.id
    LIMIT ${Math.max(first * 4, 50)}`;
  const scored = rows.map((row): SimilarClaim => {
    const total = Number(row.total);
    const share = total === 0 ? 0 : row.shared.length / total;
    const reasons: SimilarityReason[] = [];
    if (row.trigram >= TRIGRAM_FLOOR) reasons.push('TRIGRAM');
    if (row.shared.length > 0) reasons.push('SHARED_WORDS');
    return {
      claimId: row.id,
      score: round(Math.max(row.trigram, share)),
      trigramSimilarity: round(row.trigram),
      sharedWords: row.shared,
      configuration: row.cfg,
      reasons,
    };
  });
  scored.sort((a, b) => b.score - a.score || a.claimId - b.claimId);
  const top = scored.slice(0, first);
  const found = new Set([...top.map((s) => s.claimId), probe.excludeClaimId ?? -1]);
  // Claims recorded as the same claim (a translation, a rewording) as one that matched.
  const relations = top.length
    ? await client.claimRelation.findMany({
        where: {
          type: 'SAME_AS',
          OR: [{ fromClaimId: { in: top.map((s) => s.claimId) } }, { toClaimId: { in: top.map((s) => s.claimId) } }],
        },
        select: {
          fromClaimId: true,
          toClaimId: true,
          toClaim: { select: { archivedAt: true } },
          fromClaim: { select: { archivedAt: true } },
        },
      })
    : [];
  for (const relation of relations) {
    const matched = top.find((s) => s.claimId === relation.fromClaimId || s.claimId === relation.toClaimId);
    if (!matched) continue;
    const otherId = matched.claimId === relation.fromClaimId ? relation.toClaimId : relation.fromClaimId;
    const other = matched.claimId === relation.fromClaimId ? relation.toClaim : relation.fromClaim;
    if (found.has(otherId) || other.archivedAt) continue;
    found.add(otherId);
    top.push({
      claimId: otherId,
      score: round(matched.score * 0.9),
      trigramSimilarity: 0,
      sharedWords: [],
      configuration: matched.configuration,
      reasons: ['SAME_AS_RELATION'],
      viaClaimId: matched.claimId,
    });
  }
  top.sort((a, b) => b.score - a.score || a.claimId - b.claimId);
  return top.slice(0, first);
}

function round(x: number) {
  return Math.round(x * 1000) / 1000;
}
