-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ActorKind" ADD VALUE 'ORGANIZATION';
ALTER TYPE "ActorKind" ADD VALUE 'UNCLASSIFIED';

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "originalBestRating" DOUBLE PRECISION,
ADD COLUMN     "originalRating" TEXT,
ADD COLUMN     "originalRatingValue" DOUBLE PRECISION,
ADD COLUMN     "originalWorstRating" DOUBLE PRECISION,
ADD COLUMN     "reviewUrl" TEXT;

-- CreateIndex
CREATE INDEX "Assessment_reviewUrl_idx" ON "Assessment"("reviewUrl");

