-- Q5: the page after a deep cursor (keyset on the indexed ("createdAt", id)), with the filtered count.
SELECT json_build_object('totalCount', (SELECT count(*) FROM "Claim" WHERE "verificationStatus" = 'UNVERIFIED' AND "archivedAt" IS NULL),
  'edges', (SELECT json_agg(json_build_object('id', c.id, 'text', c.text, 'createdAt', c."createdAt") ORDER BY c."createdAt", c.id)
    FROM (SELECT * FROM "Claim" WHERE "verificationStatus" = 'UNVERIFIED' AND "archivedAt" IS NULL
            AND ("createdAt", id) > (SELECT "createdAt", id FROM "Claim" WHERE id = :cursor)
          ORDER BY "createdAt", id LIMIT 21) c));
