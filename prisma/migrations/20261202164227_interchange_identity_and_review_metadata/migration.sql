-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "sameAs" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "sameAs" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "claimDatePublished" TIMESTAMP(3),
ADD COLUMN     "importKey" TEXT,
ADD COLUMN     "reviewAuthorUrl" TEXT,
ADD COLUMN     "reviewBody" TEXT,
ADD COLUMN     "reviewHeadline" TEXT,
ADD COLUMN     "reviewLanguage" TEXT,
ADD COLUMN     "reviewName" TEXT,
ADD COLUMN     "reviewPublishedAt" TIMESTAMP(3),
ADD COLUMN     "reviewRatingImage" TEXT;

-- CreateIndex
CREATE INDEX "Assessment_importKey_idx" ON "Assessment"("importKey");


-- Closing a claim needs a reason, except for a review imported from a fact-checker (it has an
-- import key): its page and rating are its reasons, and claimgraph writes none in its name.
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_closed_needs_rationale";
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_closed_needs_rationale"
  CHECK ("verificationStatus" IN ('UNVERIFIED', 'IN_PROGRESS') OR length(btrim(coalesce("rationale", ''))) > 0 OR "importKey" IS NOT NULL);
