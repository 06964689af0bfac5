-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_OUTLET', 'WIRE', 'STATE_MEDIA', 'BROADCASTER', 'SOCIAL_PLATFORM', 'SOCIAL_ACCOUNT', 'UNNAMED_COLLECTIVE', 'OFFICIAL_BODY', 'DOCUMENT', 'FOOTAGE');

-- CreateEnum
CREATE TYPE "ReliabilityRating" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F', 'G');

-- CreateEnum
CREATE TYPE "BlockKind" AS ENUM ('HEADLINE', 'LEDE', 'BODY', 'CAPTION_OR_EMBED', 'BYLINE', 'BOILERPLATE');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('STATE', 'GOVERNMENT_BODY', 'MILITARY_UNIT', 'PERSON', 'NON_STATE_ARMED_GROUP', 'ETHNIC_OR_RELIGIOUS_GROUP', 'INTERGOVERNMENTAL_ORG', 'MEDIA_ORG', 'PLACE');

-- CreateEnum
CREATE TYPE "ClaimType" AS ENUM ('EVENT', 'INTENTION', 'QUANTITY', 'STATEMENT', 'STATE_OF_AFFAIRS', 'ABSENCE');

-- CreateEnum
CREATE TYPE "ClaimActorRole" AS ENUM ('CLAIMANT', 'AGENT', 'TARGET', 'BENEFICIARY', 'LOCATION', 'MENTIONED');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('UNVERIFIED', 'IN_PROGRESS', 'CONFIRMED_TRUE', 'PROBABLY_TRUE', 'MIXED', 'MISLEADING', 'PROBABLY_FALSE', 'CONFIRMED_FALSE', 'UNVERIFIABLE', 'NOT_CHECKABLE');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('SUPPORTS', 'CONTRADICTS', 'UNDERCUTS', 'DERIVED_FROM', 'SAME_AS', 'SPECIFIES');

-- CreateEnum
CREATE TYPE "StatedCertainty" AS ENUM ('ESTABLISHED_FACT', 'ASSERTED_UNATTRIBUTED', 'OFFICIAL_STATEMENT', 'ATTRIBUTED_STATEMENT', 'ALLEGATION', 'ESTIMATE', 'UNCONFIRMED_REPORT', 'RUMOUR', 'SPECULATION', 'DENIAL', 'ABSENCE_OF_CONFIRMATION', 'OPINION', 'INTENTION');

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('ANCHORED', 'REANCHORED', 'ORPHANED');

-- CreateEnum
CREATE TYPE "CueKind" AS ENUM ('HEDGE', 'SOURCING', 'QUANTIFIER', 'NEGATION', 'ATTRIBUTION_VERB', 'EVALUATIVE');

-- CreateEnum
CREATE TYPE "HopRole" AS ENUM ('ORIGINATOR', 'QUOTED_SPEAKER', 'REPORTER', 'REPUBLISHER', 'AGGREGATOR', 'UNNAMED_SOURCE');

-- CreateEnum
CREATE TYPE "LikelihoodBand" AS ENUM ('ALMOST_NO_CHANCE', 'VERY_UNLIKELY', 'UNLIKELY', 'ROUGHLY_EVEN_CHANCE', 'LIKELY', 'VERY_LIKELY', 'ALMOST_CERTAIN');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "url" TEXT,
    "domain" TEXT,
    "country" TEXT,
    "languages" TEXT[],
    "stateAffiliated" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "search" tsvector,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceReliabilityRating" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "rating" "ReliabilityRating" NOT NULL,
    "rationale" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessedBy" TEXT NOT NULL,

    CONSTRAINT "SourceReliabilityRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "headline" TEXT NOT NULL,
    "url" TEXT,
    "byline" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "publishedAt" TIMESTAMP(3),
    "publisherId" INTEGER,
    "originalPublisherId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "search" tsvector,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "retrievedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector,

    CONSTRAINT "ArticleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TextBlock" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" "BlockKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "TextBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "aliases" TEXT[],
    "country" TEXT,
    "wikidataId" TEXT,
    "description" TEXT,
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "search" tsvector,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "type" "ClaimType" NOT NULL,
    "timeText" TEXT,
    "timeStart" TIMESTAMP(3),
    "timeEnd" TIMESTAMP(3),
    "locationId" INTEGER,
    "quantityValue" DOUBLE PRECISION,
    "quantityLower" DOUBLE PRECISION,
    "quantityUpper" DOUBLE PRECISION,
    "quantityUnit" TEXT,
    "quantityApproximate" BOOLEAN NOT NULL DEFAULT false,
    "quantityUnknown" BOOLEAN NOT NULL DEFAULT false,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "search" tsvector,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimActor" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" "ClaimActorRole" NOT NULL,

    CONSTRAINT "ClaimActor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" SERIAL NOT NULL,
    "fromClaimId" INTEGER NOT NULL,
    "toClaimId" INTEGER NOT NULL,
    "type" "RelationType" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimAppearance" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'ANCHORED',
    "statedCertainty" "StatedCertainty" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ClaimAppearance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cue" (
    "id" SERIAL NOT NULL,
    "appearanceId" INTEGER NOT NULL,
    "kind" "CueKind" NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Cue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributionHop" (
    "id" SERIAL NOT NULL,
    "appearanceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "HopRole" NOT NULL,
    "actorId" INTEGER,
    "sourceId" INTEGER,
    "exact" TEXT,
    "prefix" TEXT,
    "suffix" TEXT,
    "start" INTEGER,
    "end" INTEGER,

    CONSTRAINT "AttributionHop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "verificationStatus" "VerificationStatus" NOT NULL,
    "credibility" INTEGER,
    "likelihood" "LikelihoodBand",
    "confidence" INTEGER,
    "rationale" TEXT,
    "assessedBy" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "id" SERIAL NOT NULL,
    "assessmentId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "note" TEXT,

    CONSTRAINT "EvidenceLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Source_kind_idx" ON "Source"("kind");

-- CreateIndex
CREATE INDEX "Source_parentId_idx" ON "Source"("parentId");

-- CreateIndex
CREATE INDEX "Source_search_idx" ON "Source" USING GIN ("search");

-- CreateIndex
CREATE INDEX "SourceReliabilityRating_sourceId_assessedAt_id_idx" ON "SourceReliabilityRating"("sourceId", "assessedAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_publisherId_idx" ON "Article"("publisherId");

-- CreateIndex
CREATE INDEX "Article_originalPublisherId_idx" ON "Article"("originalPublisherId");

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "ArticleVersion_search_idx" ON "ArticleVersion" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_articleId_number_key" ON "ArticleVersion"("articleId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_articleId_sha256_key" ON "ArticleVersion"("articleId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "TextBlock_versionId_ordinal_key" ON "TextBlock"("versionId", "ordinal");

-- CreateIndex
CREATE INDEX "Actor_kind_idx" ON "Actor"("kind");

-- CreateIndex
CREATE INDEX "Actor_parentId_idx" ON "Actor"("parentId");

-- CreateIndex
CREATE INDEX "Actor_search_idx" ON "Actor" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Claim_verificationStatus_idx" ON "Claim"("verificationStatus");

-- CreateIndex
CREATE INDEX "Claim_type_idx" ON "Claim"("type");

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("search");

-- CreateIndex
CREATE INDEX "ClaimActor_actorId_role_idx" ON "ClaimActor"("actorId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimActor_claimId_actorId_role_key" ON "ClaimActor"("claimId", "actorId", "role");

-- CreateIndex
CREATE INDEX "ClaimRelation_toClaimId_idx" ON "ClaimRelation"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRelation_fromClaimId_toClaimId_type_key" ON "ClaimRelation"("fromClaimId", "toClaimId", "type");

-- CreateIndex
CREATE INDEX "ClaimAppearance_claimId_idx" ON "ClaimAppearance"("claimId");

-- CreateIndex
CREATE INDEX "ClaimAppearance_versionId_start_idx" ON "ClaimAppearance"("versionId", "start");

-- CreateIndex
CREATE INDEX "ClaimAppearance_statedCertainty_idx" ON "ClaimAppearance"("statedCertainty");

-- CreateIndex
CREATE INDEX "Cue_appearanceId_idx" ON "Cue"("appearanceId");

-- CreateIndex
CREATE INDEX "AttributionHop_sourceId_idx" ON "AttributionHop"("sourceId");

-- CreateIndex
CREATE INDEX "AttributionHop_actorId_idx" ON "AttributionHop"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "AttributionHop_appearanceId_position_key" ON "AttributionHop"("appearanceId", "position");

-- CreateIndex
CREATE INDEX "Assessment_claimId_assessedAt_id_idx" ON "Assessment"("claimId", "assessedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "EvidenceLink_assessmentId_idx" ON "EvidenceLink"("assessmentId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceReliabilityRating" ADD CONSTRAINT "SourceReliabilityRating_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_originalPublisherId_fkey" FOREIGN KEY ("originalPublisherId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextBlock" ADD CONSTRAINT "TextBlock_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimActor" ADD CONSTRAINT "ClaimActor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimActor" ADD CONSTRAINT "ClaimActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAppearance" ADD CONSTRAINT "ClaimAppearance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAppearance" ADD CONSTRAINT "ClaimAppearance_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cue" ADD CONSTRAINT "Cue_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "ClaimAppearance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionHop" ADD CONSTRAINT "AttributionHop_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "ClaimAppearance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionHop" ADD CONSTRAINT "AttributionHop_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionHop" ADD CONSTRAINT "AttributionHop_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

