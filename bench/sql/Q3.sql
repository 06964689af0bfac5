-- Q3: 20 claims stated with given certainties and involving an actor, with 3 appearances and their chains.
-- :actor is drawn from the busiest actors (see params.ts); certainties as the benchmark's first set. The
-- actor's claims are read in order from ActorClaim's (actorId, claimCreatedAt, claimId) index.
\set rank random(1, 50)
SELECT json_agg(json_build_object('id', c.id, 'text', c.text, 'verificationStatus', c."verificationStatus", 'appearances', (
  SELECT json_agg(json_build_object('statedCertainty', ap."statedCertainty", 'attribution', (
    SELECT json_agg(json_build_object('position', h.position, 'role', h.role, 'name', coalesce(ac.name, s.name)) ORDER BY h.position)
      FROM "AttributionHop" h LEFT JOIN "Actor" ac ON ac.id = h."actorId" LEFT JOIN "Source" s ON s.id = h."sourceId"
     WHERE h."appearanceId" = ap.id)) ORDER BY ap.id)
    FROM (SELECT * FROM "ClaimAppearance" WHERE "claimId" = c.id ORDER BY id LIMIT 3) ap)) ORDER BY c."createdAt", c.id)
  FROM (SELECT c.* FROM "ActorClaim" ac JOIN "Claim" c ON c.id = ac."claimId"
         WHERE ac."actorId" = (SELECT "actorId" FROM "ClaimActor" WHERE role = 'AGENT' AND "actorId" <= :rank * 10 LIMIT 1)
           AND c."archivedAt" IS NULL
           AND EXISTS (SELECT 1 FROM "ClaimAppearance" a WHERE a."claimId" = c.id
                        AND a."statedCertainty" IN ('UNCONFIRMED_REPORT', 'RUMOUR', 'OFFICIAL_STATEMENT', 'ATTRIBUTED_STATEMENT'))
         ORDER BY ac."claimCreatedAt", ac."claimId" LIMIT 20) c;
