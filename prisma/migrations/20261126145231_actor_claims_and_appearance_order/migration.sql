-- CreateTable
CREATE TABLE "ActorClaim" (
    "actorId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,
    "claimCreatedAt" TIMESTAMP(3) NOT NULL,
    "roles" "ClaimActorRole"[] NOT NULL,

    CONSTRAINT "ActorClaim_pkey" PRIMARY KEY ("actorId","claimId")
);

-- CreateIndex
CREATE INDEX "ActorClaim_actorId_claimCreatedAt_claimId_idx" ON "ActorClaim"("actorId", "claimCreatedAt", "claimId");

-- CreateIndex
CREATE INDEX "ActorClaim_claimId_idx" ON "ActorClaim"("claimId");

-- A claim's appearances in id order: a nested page of them stops at its end.
DROP INDEX "ClaimAppearance_claimId_idx";
CREATE INDEX "ClaimAppearance_claimId_id_idx" ON "ClaimAppearance"("claimId", "id");

-- AddForeignKey
ALTER TABLE "ActorClaim" ADD CONSTRAINT "ActorClaim_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorClaim" ADD CONSTRAINT "ActorClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ActorClaim is derived from ClaimActor and kept by these triggers, so every way a role is written
-- (mutations, merges, imports, SQL by hand) keeps it right. Roles are added and removed one at a
-- time under the row's lock (ON CONFLICT, UPDATE), so concurrent writers of one actor and claim
-- cannot overwrite each other's roles.
CREATE FUNCTION claimgraph_actor_claim_add(actor_id integer, claim_id integer, added "ClaimActorRole")
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ActorClaim" ("actorId", "claimId", "claimCreatedAt", "roles")
  SELECT actor_id, claim_id, c."createdAt", ARRAY[added] FROM "Claim" c WHERE c.id = claim_id
  ON CONFLICT ("actorId", "claimId") DO UPDATE
    SET "roles" = array_append(array_remove("ActorClaim"."roles", added), added);
$$;

CREATE FUNCTION claimgraph_actor_claim_remove(actor_id integer, claim_id integer, removed "ClaimActorRole")
RETURNS void LANGUAGE sql AS $$
  UPDATE "ActorClaim" SET "roles" = array_remove("roles", removed)
   WHERE "actorId" = actor_id AND "claimId" = claim_id;
  DELETE FROM "ActorClaim" WHERE "actorId" = actor_id AND "claimId" = claim_id AND cardinality("roles") = 0;
$$;

CREATE FUNCTION claimgraph_claim_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM claimgraph_actor_claim_remove(OLD."actorId", OLD."claimId", OLD."role");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM claimgraph_actor_claim_add(NEW."actorId", NEW."claimId", NEW."role");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ClaimActor_actor_claim"
  AFTER INSERT OR DELETE OR UPDATE OF "actorId", "claimId", "role" ON "ClaimActor"
  FOR EACH ROW EXECUTE FUNCTION claimgraph_claim_actor_changed();

CREATE FUNCTION claimgraph_claim_created_at_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ActorClaim" SET "claimCreatedAt" = NEW."createdAt" WHERE "claimId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Claim_actor_claim_created_at"
  AFTER UPDATE OF "createdAt" ON "Claim"
  FOR EACH ROW WHEN (OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION claimgraph_claim_created_at_changed();

-- Rebuilds the whole table from ClaimActor: for this migration, and for bulk loads that write
-- ClaimActor with triggers off.
CREATE FUNCTION claimgraph_rebuild_actor_claims() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ActorClaim";
  INSERT INTO "ActorClaim" ("actorId", "claimId", "claimCreatedAt", "roles")
  SELECT ca."actorId", ca."claimId", c."createdAt", array_agg(ca."role" ORDER BY ca."role")
    FROM "ClaimActor" ca JOIN "Claim" c ON c.id = ca."claimId"
   GROUP BY ca."actorId", ca."claimId", c."createdAt";
$$;

SELECT claimgraph_rebuild_actor_claims();
