-- Q1: one claim by id with its first 10 appearances, as one JSON document.
\set id random(1, :maxclaim)
SELECT json_build_object('id', c.id, 'text', c.text, 'type', c.type, 'verificationStatus', c."verificationStatus",
  'createdAt', c."createdAt", 'appearances', (
    SELECT coalesce(json_agg(json_build_object('id', a.id, 'statedCertainty', a."statedCertainty", 'quote', a.exact,
      'start', a.start, 'end', a."end") ORDER BY a.id), '[]')
      FROM (SELECT * FROM "ClaimAppearance" WHERE "claimId" = c.id ORDER BY id LIMIT 10) a))
  FROM "Claim" c WHERE c.id = :id;
