-- CreateEnum
CREATE TYPE "ChangeOperation" AS ENUM ('CREATE', 'UPDATE', 'ARCHIVE', 'MERGE', 'DELETE');

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('READER', 'EDITOR', 'ADMIN');

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "mergedIntoId" INTEGER;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "mergedIntoId" INTEGER;

-- AlterTable
ALTER TABLE "ClaimAppearance" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "previousId" INTEGER;

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "operation" "ChangeOperation" NOT NULL,
    "changes" JSONB NOT NULL,
    "actor" TEXT NOT NULL,
    "apiKeyId" INTEGER,
    "message" TEXT,
    "refs" TEXT[],
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimId" INTEGER,
    "actorId" INTEGER,
    "sourceId" INTEGER,
    "articleId" INTEGER,
    "appearanceId" INTEGER,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeEvent_entityType_entityId_id_idx" ON "ChangeEvent"("entityType", "entityId", "id");

-- CreateIndex
CREATE INDEX "ChangeEvent_claimId_id_idx" ON "ChangeEvent"("claimId", "id");

-- CreateIndex
CREATE INDEX "ChangeEvent_actorId_id_idx" ON "ChangeEvent"("actorId", "id");

-- CreateIndex
CREATE INDEX "ChangeEvent_sourceId_id_idx" ON "ChangeEvent"("sourceId", "id");

-- CreateIndex
CREATE INDEX "ChangeEvent_articleId_id_idx" ON "ChangeEvent"("articleId", "id");

-- CreateIndex
CREATE INDEX "ChangeEvent_appearanceId_id_idx" ON "ChangeEvent"("appearanceId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAppearance" ADD CONSTRAINT "ClaimAppearance_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "ClaimAppearance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "ClaimAppearance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

