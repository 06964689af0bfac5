-- What the Prisma schema cannot express: generated full-text columns and CHECK constraints.

-- array_to_string is only STABLE, and a generated column needs an IMMUTABLE expression; for a
-- text[] the result cannot vary, so this wrapper may say so.
CREATE FUNCTION claimgraph_join_text(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_string($1, ' ');

-- Names are searched without stemming ('simple'); prose with English stemming.
ALTER TABLE "Source" DROP COLUMN "search";
ALTER TABLE "Source" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', "name" || ' ' || coalesce("domain", ''))
) STORED;
CREATE INDEX "Source_search_idx" ON "Source" USING GIN ("search");

ALTER TABLE "Actor" DROP COLUMN "search";
ALTER TABLE "Actor" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', "name" || ' ' || claimgraph_join_text("aliases"))
) STORED;
CREATE INDEX "Actor_search_idx" ON "Actor" USING GIN ("search");

ALTER TABLE "Article" DROP COLUMN "search";
ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', "headline")
) STORED;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

ALTER TABLE "ArticleVersion" DROP COLUMN "search";
ALTER TABLE "ArticleVersion" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', "text")
) STORED;
CREATE INDEX "ArticleVersion_search_idx" ON "ArticleVersion" USING GIN ("search");

ALTER TABLE "Claim" DROP COLUMN "search";
ALTER TABLE "Claim" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', "text")
) STORED;
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("search");

-- A hop's agent is an actor or a source, never both, never neither.
ALTER TABLE "AttributionHop" ADD CONSTRAINT "AttributionHop_one_agent"
  CHECK (num_nonnulls("actorId", "sourceId") = 1);
ALTER TABLE "AttributionHop" ADD CONSTRAINT "AttributionHop_anchor_span"
  CHECK ("start" IS NULL OR ("start" >= 0 AND "end" >= "start"));
ALTER TABLE "ClaimAppearance" ADD CONSTRAINT "ClaimAppearance_anchor_span"
  CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "Cue" ADD CONSTRAINT "Cue_anchor_span" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "TextBlock" ADD CONSTRAINT "TextBlock_span" CHECK ("start" >= 0 AND "end" >= "start");

ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_credibility_range"
  CHECK ("credibility" IS NULL OR "credibility" BETWEEN 1 AND 6);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_confidence_range"
  CHECK ("confidence" IS NULL OR "confidence" BETWEEN 0 AND 100);
-- Closing a claim needs a reason.
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_closed_needs_rationale"
  CHECK ("verificationStatus" IN ('UNVERIFIED', 'IN_PROGRESS') OR length(btrim(coalesce("rationale", ''))) > 0);
