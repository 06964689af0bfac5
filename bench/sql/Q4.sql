-- Q4: ranked full-text search over claims, articles (headline and latest text), actors and sources,
-- at most 500 matches of each kind ranked, 20 hits with headlines computed for the hits returned only.
\set t random(0, 3)
WITH q AS (
  SELECT websearch_to_tsquery('english', (ARRAY['"prisoner exchange" Tuesday', 'shelled artillery', '"naval base" weekend', 'captured convoys'])[:t + 1]) AS en,
         websearch_to_tsquery('simple', (ARRAY['"prisoner exchange" Tuesday', 'shelled artillery', '"naval base" weekend', 'captured convoys'])[:t + 1]) AS si
), hits AS (
  SELECT 'Claim' AS type, c.id, ts_rank(c.search, q.en, 2) AS rank
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
  UNION ALL
  SELECT 'Actor', ac.id, ts_rank(ac.search, q.si, 2)
    FROM q, LATERAL (SELECT id, search FROM "Actor" WHERE search @@ q.si AND "archivedAt" IS NULL LIMIT 500) ac
  UNION ALL
  SELECT 'Source', s.id, ts_rank(s.search, q.si, 2)
    FROM q, LATERAL (SELECT id, search FROM "Source" WHERE search @@ q.si AND "archivedAt" IS NULL LIMIT 500) s
), top AS (SELECT * FROM hits ORDER BY rank DESC, type, id LIMIT 20)
SELECT json_agg(json_build_object('type', t.type, 'id', t.id, 'rank', t.rank,
  'headline', ts_headline('english', coalesce(c.text, v.text, ac.name, s.name), q.en)) ORDER BY t.rank DESC, t.type, t.id)
  FROM top t CROSS JOIN q
  LEFT JOIN "Claim" c ON t.type = 'Claim' AND c.id = t.id
  LEFT JOIN LATERAL (SELECT text FROM "ArticleVersion" WHERE t.type = 'Article' AND "articleId" = t.id ORDER BY number DESC LIMIT 1) v ON true
  LEFT JOIN "Actor" ac ON t.type = 'Actor' AND ac.id = t.id
  LEFT JOIN "Source" s ON t.type = 'Source' AND s.id = t.id;
