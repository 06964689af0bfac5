-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'PENDING',
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "type" "ClaimType" NOT NULL,
    "language" TEXT NOT NULL,
    "statedCertainty" "StatedCertainty" NOT NULL,
    "cues" JSONB NOT NULL,
    "attribution" JSONB NOT NULL,
    "quantities" JSONB NOT NULL,
    "times" JSONB NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor" TEXT NOT NULL,
    "note" TEXT,
    "claimId" INTEGER,
    "appearanceId" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Suggestion_versionId_status_idx" ON "Suggestion"("versionId", "status");

-- CreateIndex
CREATE INDEX "Suggestion_claimId_idx" ON "Suggestion"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_versionId_start_end_key" ON "Suggestion"("versionId", "start", "end");

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "ClaimAppearance"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- What the Prisma schema cannot express.

-- The text search configuration for a BCP 47 language tag: PostgreSQL's own configuration for the
-- languages it ships one for, `simple` (no stemming, no stop words) for every other. IMMUTABLE so a
-- generated column can use it: the mapping is fixed by this function's text.
CREATE FUNCTION claimgraph_ts_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (CASE lower(split_part(coalesce(language, ''), '-', 1))
    WHEN 'ar' THEN 'arabic'
    WHEN 'hy' THEN 'armenian'
    WHEN 'eu' THEN 'basque'
    WHEN 'ca' THEN 'catalan'
    WHEN 'da' THEN 'danish'
    WHEN 'nl' THEN 'dutch'
    WHEN 'en' THEN 'english'
    WHEN 'et' THEN 'estonian'
    WHEN 'fi' THEN 'finnish'
    WHEN 'fr' THEN 'french'
    WHEN 'de' THEN 'german'
    WHEN 'el' THEN 'greek'
    WHEN 'hi' THEN 'hindi'
    WHEN 'hu' THEN 'hungarian'
    WHEN 'id' THEN 'indonesian'
    WHEN 'ga' THEN 'irish'
    WHEN 'it' THEN 'italian'
    WHEN 'lt' THEN 'lithuanian'
    WHEN 'ne' THEN 'nepali'
    WHEN 'no' THEN 'norwegian'
    WHEN 'nb' THEN 'norwegian'
    WHEN 'nn' THEN 'norwegian'
    WHEN 'pt' THEN 'portuguese'
    WHEN 'ro' THEN 'romanian'
    WHEN 'ru' THEN 'russian'
    WHEN 'sr' THEN 'serbian'
    WHEN 'es' THEN 'spanish'
    WHEN 'sv' THEN 'swedish'
    WHEN 'ta' THEN 'tamil'
    WHEN 'tr' THEN 'turkish'
    WHEN 'yi' THEN 'yiddish'
    ELSE 'simple'
  END)::regconfig;

-- Claims and headlines are indexed in their own language.
ALTER TABLE "Claim" DROP COLUMN "search";
ALTER TABLE "Claim" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector(claimgraph_ts_config("language"), "text")
) STORED;
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("search");

ALTER TABLE "Article" DROP COLUMN "search";
ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector(claimgraph_ts_config("language"), "headline")
) STORED;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- Trigram similarity for repeat claims (pg_trgm: in PostgreSQL's contrib, and loaded into PGlite
-- from its contrib by the server's database module).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Claim_text_trgm_idx" ON "Claim" USING GIN ("text" gin_trgm_ops);

ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_anchor_span" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_confidence" CHECK ("confidence" >= 0 AND "confidence" <= 1);
