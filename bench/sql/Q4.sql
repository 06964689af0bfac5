-- Q4: ranked full-text search over claims, articles, actors and sources, 20 hits with headlines
-- computed for the hits returned only.
\set t random(0, 3)
WITH q AS (
  SELECT websearch_to_tsquery('english', (ARRAY['"prisoner exchange" Tuesday', 'shelled artillery', '"naval base" weekend', 'captured convoys'])[:t + 1]) AS en,
         websearch_to_tsquery('simple', (ARRAY['"prisoner exchange" Tuesday', 'shelled artillery', '"naval base" weekend', 'captured convoys'])[:t + 1]) AS si
), hits AS (
  SELECT 'Claim' AS type, c.id, ts_rank(c.search, q.en) AS rank FROM "Claim" c, q WHERE c.search @@ q.en
  UNION ALL
  SELECT 'Article', a.id, ts_rank(a.search, q.en) FROM "Article" a, q WHERE a.search @@ q.en
  UNION ALL
  SELECT 'Actor', ac.id, ts_rank(ac.search, q.si) FROM "Actor" ac, q WHERE ac.search @@ q.si
  UNION ALL
  SELECT 'Source', s.id, ts_rank(s.search, q.si) FROM "Source" s, q WHERE s.search @@ q.si
), top AS (SELECT * FROM hits ORDER BY rank DESC, type, id LIMIT 20)
SELECT json_agg(json_build_object('type', t.type, 'id', t.id, 'rank', t.rank,
  'headline', ts_headline('english', coalesce(c.text, a.headline, ac.name, s.name), q.en)) ORDER BY t.rank DESC, t.type, t.id)
  FROM top t CROSS JOIN q
  LEFT JOIN "Claim" c ON t.type = 'Claim' AND c.id = t.id
  LEFT JOIN "Article" a ON t.type = 'Article' AND a.id = t.id
  LEFT JOIN "Actor" ac ON t.type = 'Actor' AND ac.id = t.id
  LEFT JOIN "Source" s ON t.type = 'Source' AND s.id = t.id;
