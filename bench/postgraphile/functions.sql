-- Root fields PostGraphile gets from SQL functions: how its users add search and a mutation that
-- writes two tables. Applied by the benchmark before PostGraphile starts; the project never uses them.
CREATE SCHEMA IF NOT EXISTS bench_pg;

DROP TYPE IF EXISTS bench_pg.search_hit CASCADE;
CREATE TYPE bench_pg.search_hit AS (kind text, id int, rank float8, headline text, title text);

-- The same ranked search as claimgraph's `search`: claims, articles (headline and latest text),
-- actors and sources, each through its GIN index, ranking at most 500 matches of each kind with
-- ranks divided by length; ts_headline fragments for the returned hits only.
CREATE OR REPLACE FUNCTION bench_pg.search(query text, hits int DEFAULT 20)
RETURNS SETOF bench_pg.search_hit LANGUAGE sql STABLE AS $$
  WITH q AS (
    SELECT websearch_to_tsquery('english', query) AS en, websearch_to_tsquery('simple', query) AS si
  ), found AS (
    SELECT 'Claim' AS kind, c.id, ts_rank(c.search, q.en, 2) AS rank
      FROM q, LATERAL (SELECT id, search FROM "Claim" WHERE search @@ q.en AND "archivedAt" IS NULL LIMIT 500) c
    UNION ALL
    SELECT 'Article', a.id, greatest(ts_rank(a.search, q.en, 2), ts_rank(v.search, q.en, 2))
      FROM q, LATERAL (
        (SELECT id FROM "Article" WHERE search @@ q.en AND "archivedAt" IS NULL LIMIT 500)
        UNION
        (SELECT "articleId" FROM "ArticleVersion" WHERE search @@ q.en LIMIT 500)
      ) matched
      JOIN "Article" a ON a.id = matched.id
      JOIN LATERAL (SELECT search FROM "ArticleVersion" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) v ON true
     WHERE a."archivedAt" IS NULL
    UNION ALL
    SELECT 'Actor', ac.id, ts_rank(ac.search, q.si, 2)
      FROM q, LATERAL (SELECT id, search FROM "Actor" WHERE search @@ q.si AND "archivedAt" IS NULL LIMIT 500) ac
    UNION ALL
    SELECT 'Source', s.id, ts_rank(s.search, q.si, 2)
      FROM q, LATERAL (SELECT id, search FROM "Source" WHERE search @@ q.si AND "archivedAt" IS NULL LIMIT 500) s
  ), top AS (
    SELECT * FROM found ORDER BY rank DESC, kind, id LIMIT search.hits
  )
  SELECT t.kind, t.id, t.rank::float8,
         CASE t.kind
           WHEN 'Claim' THEN (SELECT ts_headline('english', c.text, q.en, 'MaxFragments=2, MaxWords=24, MinWords=8') FROM "Claim" c WHERE c.id = t.id)
           WHEN 'Article' THEN (SELECT ts_headline('english', v.text, q.en, 'MaxFragments=2, MaxWords=24, MinWords=8')
                                  FROM "ArticleVersion" v WHERE v."articleId" = t.id ORDER BY v.number DESC LIMIT 1)
           WHEN 'Actor' THEN (SELECT ts_headline('simple', ac.name || ' ' || claimgraph_join_text(ac.aliases), q.si, 'MaxFragments=2, MaxWords=24, MinWords=8')
                                FROM "Actor" ac WHERE ac.id = t.id)
           ELSE (SELECT ts_headline('simple', s.name || ' ' || coalesce(s.domain, ''), q.si, 'MaxFragments=2, MaxWords=24, MinWords=8')
                   FROM "Source" s WHERE s.id = t.id)
         END,
         CASE t.kind
           WHEN 'Claim' THEN (SELECT c.text FROM "Claim" c WHERE c.id = t.id)
           WHEN 'Article' THEN (SELECT a.headline FROM "Article" a WHERE a.id = t.id)
           WHEN 'Actor' THEN (SELECT ac.name FROM "Actor" ac WHERE ac.id = t.id)
           ELSE (SELECT s.name FROM "Source" s WHERE s.id = t.id)
         END
    FROM top t CROSS JOIN q
   ORDER BY t.rank DESC, t.kind, t.id
$$;

-- Adds an assessment and makes its status the claim's current one, in one transaction.
CREATE OR REPLACE FUNCTION bench_pg.add_assessment(
  claim_id int, verification_status "VerificationStatus", credibility int, rationale text
) RETURNS "Assessment" LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  created "Assessment";
BEGIN
  INSERT INTO "Assessment" ("claimId", "verificationStatus", "credibility", "rationale", "assessedBy")
  VALUES (claim_id, verification_status, credibility, rationale, 'bench')
  RETURNING * INTO created;
  UPDATE "Claim" SET "verificationStatus" = verification_status, "updatedAt" = now() WHERE id = claim_id;
  RETURN created;
END
$$;
