import { db } from '../db.js';

export type SearchableType = 'Article' | 'Claim' | 'Actor' | 'Source';

export interface SearchRow {
  type: SearchableType;
  id: number;
  rank: number;
  /** ts_headline output: fragments split by \u0003, matches between \u0001 and \u0002. */
  headline: string;
}

// Control characters cannot occur in stored text, so they mark matches unambiguously.
const START = '\u0001';
const STOP = '\u0002';
const FRAGMENT = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${FRAGMENT}, MaxFragments=2, MaxWords=24, MinWords=8`;

/**
 * Ranked full-text search over the four searchable tables in one statement. Prose (claims,
 * article text and headlines) is matched with English stemming; names (actors with their
 * aliases, sources) without it. Each branch uses its table's GIN index.
 */
export async function searchRows(query: string, types: readonly SearchableType[], limit: number) {
  return db().$queryRaw<SearchRow[]>`
    WITH q AS (
      SELECT websearch_to_tsquery('english', ${query}) AS en, websearch_to_tsquery('simple', ${query}) AS si
    ), hits AS (
      SELECT 'Claim' AS type, c.id, ts_rank(c.search, q.en) AS rank,
             ts_headline('english', c.text, q.en, ${HEADLINE_OPTIONS}) AS headline
        FROM "Claim" c, q
       WHERE 'Claim' = ANY(${types}::text[]) AND c.search @@ q.en AND c."archivedAt" IS NULL
      UNION ALL
      SELECT 'Article', a.id, greatest(ts_rank(a.search, q.en), ts_rank(v.search, q.en)),
             ts_headline('english', v.text, q.en, ${HEADLINE_OPTIONS})
        FROM "Article" a CROSS JOIN q
        JOIN LATERAL (
          SELECT text, search FROM "ArticleVersion" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1
        ) v ON true
       WHERE 'Article' = ANY(${types}::text[]) AND a."archivedAt" IS NULL
         AND (a.search @@ q.en OR a.id IN (SELECT "articleId" FROM "ArticleVersion" WHERE search @@ q.en))
      UNION ALL
      SELECT 'Actor', ac.id, ts_rank(ac.search, q.si),
             ts_headline('simple', ac.name || ' ' || claimgraph_join_text(ac.aliases), q.si, ${HEADLINE_OPTIONS})
        FROM "Actor" ac, q
       WHERE 'Actor' = ANY(${types}::text[]) AND ac.search @@ q.si AND ac."archivedAt" IS NULL
      UNION ALL
      SELECT 'Source', s.id, ts_rank(s.search, q.si),
             ts_headline('simple', s.name || ' ' || coalesce(s.domain, ''), q.si, ${HEADLINE_OPTIONS})
        FROM "Source" s, q
       WHERE 'Source' = ANY(${types}::text[]) AND s.search @@ q.si AND s."archivedAt" IS NULL
    )
    SELECT type, id, rank::float8 AS rank, headline FROM hits ORDER BY rank DESC, type, id LIMIT ${limit}`;
}

/** Ids of claims whose words match a web-search style query, using the GIN index. */
export async function matchingClaimIds(query: string) {
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT id FROM "Claim" WHERE search @@ websearch_to_tsquery('english', ${query})`;
  return rows.map((row) => row.id);
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

/** Splits ts_headline output into fragments of plain and matched parts. */
export function parseHeadline(headline: string): HighlightPart[][] {
  return headline
    .split(FRAGMENT)
    .map((fragment) => {
      const parts: HighlightPart[] = [];
      // Each piece after a START is "<match>STOP<plain>"; the first piece is plain.
      fragment.split(START).forEach((piece, i) => {
        const [matched, plain] = i === 0 ? ['', piece] : [piece.split(STOP)[0] ?? '', piece.split(STOP)[1] ?? ''];
        if (matched) parts.push({ text: matched, match: true });
        if (plain) parts.push({ text: plain, match: false });
      });
      return parts;
    })
    .filter((parts) => parts.length > 0);
}
