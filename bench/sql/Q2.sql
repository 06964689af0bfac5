-- Q2: 20 articles → publisher, 5 appearances of the current text → claim → actors.
SELECT json_agg(json_build_object('id', ar.id, 'headline', ar.headline, 'publisher', (SELECT s.name FROM "Source" s WHERE s.id = ar."publisherId"),
  'appearances', (
    SELECT json_agg(json_build_object('statedCertainty', ap."statedCertainty", 'quote', ap.exact, 'claim', json_build_object(
      'text', cl.text, 'actors', (SELECT json_agg(json_build_object('role', ca.role, 'name', ac.name) ORDER BY ca.id)
        FROM "ClaimActor" ca JOIN "Actor" ac ON ac.id = ca."actorId" WHERE ca."claimId" = cl.id))) ORDER BY ap.start, ap.id)
      FROM (SELECT * FROM "ClaimAppearance" WHERE "versionId" = (
              SELECT v.id FROM "ArticleVersion" v WHERE v."articleId" = ar.id ORDER BY v.number DESC LIMIT 1)
            ORDER BY start, id LIMIT 5) ap
      JOIN "Claim" cl ON cl.id = ap."claimId")) ORDER BY ar."createdAt", ar.id)
  FROM (SELECT * FROM "Article" WHERE "archivedAt" IS NULL ORDER BY "createdAt", id LIMIT 20) ar;
