-- DropIndex
DROP INDEX "ClaimAppearance_versionId_start_idx";

-- DropIndex
DROP INDEX "Assessment_claimId_assessedAt_id_idx";

-- CreateIndex
CREATE UNIQUE INDEX "ClaimAppearance_versionId_start_id_key" ON "ClaimAppearance"("versionId", "start", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_claimId_assessedAt_id_key" ON "Assessment"("claimId", "assessedAt" DESC, "id" DESC);

