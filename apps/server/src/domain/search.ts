import { Prisma } from '../__generated__/prisma/client.js';
import { readSql } from '../db/database.js';

export type SearchableType = 'Article' | 'Claim' | 'Actor' | 'Source';

export interface SearchRow {
  type: SearchableType;
  id: number;
  rank: number;
  /** ts_headline output: fragments split by \u0003, matches between \u0001 and \u0002. */
  headline: string;
  /** The hit's object as JSON, when `searchRows` was given a selection for its kind. */
  node?: unknown;
}

/** For each kind, a JSON expression over its row aliased `n` (selection-sql.ts); null when absent. */
export type NodeSelections = Partial<Record<SearchableType, Prisma.Sql>>;

const TABLES: Record<SearchableType, Prisma.Sql> = {
  Article: Prisma.sql`"Article"`,
  Claim: Prisma.sql`"Claim"`,
  Actor: Prisma.sql`"Actor"`,
  Source: Prisma.sql`"Source"`,
};

/** `CASE t.type WHEN … THEN (SELECT <selection> FROM "<Kind>" n WHERE n.id = t.id) … END`. */
function nodeColumn(nodes: NodeSelections) {
  const branches = (Object.entries(nodes) as [SearchableType, Prisma.Sql][]).map(
    ([type, selection]) => Prisma.sql`WHEN ${type} THEN (SELECT ${selection} FROM ${TABLES[type]} n WHERE n.id = t.id)`,
  );
  return branches.length ? Prisma.sql`, CASE t.type ${Prisma.join(branches, ' ')} END AS node` : Prisma.empty;
}

// Control characters cannot occur in stored text, so they mark matches unambiguously.
const START = '\u0001';
const STOP = '\u0002';
const FRAGMENT = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${FRAGMENT}, MaxFragments=2, MaxWords=24, MinWords=8`;

/**
 * How many matches of each kind are ranked. Ranking reads each match's tsvector (for an article,
 * its whole text), so ranking every match of a broad query costs time in proportion to the corpus:
 * at a million claims a two-word query matches ~20,000 articles, and ranking them all takes about a
 * second. The GIN index yields matches in storage order; the first `SEARCH_CANDIDATES` of each kind
 * are ranked, so a query with fewer matches (most do) gets exactly the best ones, and a broader
 * one gets well-matching hits from the earliest-stored part of the corpus.
 */
export const SEARCH_CANDIDATES = 500;

/** The query as the configuration of `language` (a BCP 47 column) reads it (claimgraph_ts_config). */
const ownQuery = (language: Prisma.Sql) => Prisma.sql`websearch_to_tsquery(claimgraph_ts_config(${language}), q.text)`;

/**
 * Ranked full-text search over the four searchable tables in one statement. Prose (claims, article
 * text and headlines) is read in its language's text search configuration (`arabic` for an Arabic
 * article, `simple` for a language PostgreSQL has none for), and the query is parsed the same way for
 * each document; names (actors with their aliases, sources) are matched without stemming. Each branch
 * uses its table's GIN index and ranks at most `candidates` of its matches. Ranks are divided by the
 * document's length (ts_rank's normalisation 2): a claim that is about the words outranks a long
 * article that mentions them in passing. Highlights (ts_headline re-parses the whole text, the costly
 * part) are made for the returned hits only. Given `nodes`, each hit's object comes back in the same
 * statement.
 */
export async function searchRows(
  query: string,
  types: readonly SearchableType[],
  limit: number,
  { nodes = {}, candidates = SEARCH_CANDIDATES }: { nodes?: NodeSelections; candidates?: number } = {},
) {
  return readSql<SearchRow>(Prisma.sql`
    WITH q AS (
      -- claimgraph_ts_query_any: the query in every configuration, for the indexes to find candidates.
      SELECT ${query}::text AS text, claimgraph_ts_query_any(${query}) AS any, websearch_to_tsquery('simple', ${query}) AS si
    ), hits AS (
      SELECT 'Claim' AS type, c.id, ts_rank(c.search, ${ownQuery(Prisma.sql`c.language`)}, 2) AS rank
        FROM q, LATERAL (
          SELECT id, search, language FROM "Claim"
           WHERE search @@ q.any AND search @@ ${ownQuery(Prisma.sql`language`)} AND "archivedAt" IS NULL
           LIMIT ${candidates}
        ) c
       WHERE 'Claim' = ANY(${types}::text[])
      UNION ALL
      -- An article matches by its headline or any stored text (each through its index) and ranks by
      -- its headline and latest text.
      SELECT 'Article', a.id,
             greatest(ts_rank(a.search, ${ownQuery(Prisma.sql`a.language`)}, 2),
                      ts_rank(v.search, ${ownQuery(Prisma.sql`a.language`)}, 2))
        FROM q, LATERAL (
          (SELECT id FROM "Article"
            WHERE search @@ q.any AND search @@ ${ownQuery(Prisma.sql`language`)} AND "archivedAt" IS NULL
            LIMIT ${candidates})
          UNION
          (SELECT v."articleId" FROM "ArticleVersion" v JOIN "Article" va ON va.id = v."articleId"
            WHERE v.search @@ q.any AND v.search @@ ${ownQuery(Prisma.sql`va.language`)} LIMIT ${candidates})
        ) matched
        JOIN "Article" a ON a.id = matched.id
        JOIN LATERAL (
          SELECT search FROM "ArticleVersion" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1
        ) v ON true
       WHERE 'Article' = ANY(${types}::text[]) AND a."archivedAt" IS NULL
      UNION ALL
      SELECT 'Actor', ac.id, ts_rank(ac.search, q.si, 2)
        FROM q, LATERAL (
          SELECT id, search FROM "Actor"
           WHERE search @@ q.si AND "archivedAt" IS NULL LIMIT ${candidates}
        ) ac
       WHERE 'Actor' = ANY(${types}::text[])
      UNION ALL
      SELECT 'Source', s.id, ts_rank(s.search, q.si, 2)
        FROM q, LATERAL (
          SELECT id, search FROM "Source"
           WHERE search @@ q.si AND "archivedAt" IS NULL LIMIT ${candidates}
        ) s
       WHERE 'Source' = ANY(${types}::text[])
    ), top AS (
      SELECT * FROM hits ORDER BY rank DESC, type, id LIMIT ${limit}
    )
    SELECT t.type, t.id, t.rank::float8 AS rank,
           CASE t.type
             WHEN 'Claim' THEN (
               SELECT ts_headline(claimgraph_ts_config(c.language), c.text, ${ownQuery(Prisma.sql`c.language`)}, ${HEADLINE_OPTIONS})
                 FROM "Claim" c WHERE c.id = t.id)
             WHEN 'Article' THEN (
               SELECT ts_headline(claimgraph_ts_config(a.language), v.text, ${ownQuery(Prisma.sql`a.language`)}, ${HEADLINE_OPTIONS})
                 FROM "ArticleVersion" v JOIN "Article" a ON a.id = v."articleId"
                WHERE v."articleId" = t.id ORDER BY v.number DESC LIMIT 1)
             WHEN 'Actor' THEN (
               SELECT ts_headline('simple', ac.name || ' ' || claimgraph_join_text(ac.aliases), q.si, ${HEADLINE_OPTIONS})
                 FROM "Actor" ac WHERE ac.id = t.id)
             ELSE (
               SELECT ts_headline('simple', s.name || ' ' || coalesce(s.domain, ''), q.si, ${HEADLINE_OPTIONS})
                 FROM "Source" s WHERE s.id = t.id)
           END AS headline${nodeColumn(nodes)}
      FROM top t CROSS JOIN q
     ORDER BY t.rank DESC, t.type, t.id`);
}

/** Ids of claims whose words match a web-search style query in the claim's language, using the GIN index. */
export async function matchingClaimIds(query: string) {
  const rows = await readSql<{ id: number }>(Prisma.sql`
    SELECT id FROM "Claim", (SELECT ${query}::text AS text) q
     WHERE search @@ (SELECT claimgraph_ts_query_any(${query})) AND search @@ ${ownQuery(Prisma.sql`language`)}`);
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
