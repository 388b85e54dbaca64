-- CreateEnum
CREATE TYPE "GiasImportStatus" AS ENUM ('PREVIEW', 'APPLIED');

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN     "giasCode" TEXT;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "giasType" TEXT,
ADD COLUMN     "postcode" TEXT,
ADD COLUMN     "pupilCount" INTEGER;

-- CreateTable
CREATE TABLE "GiasImport" (
    "id" TEXT NOT NULL,
    "trustId" TEXT,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "records" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "matchTrustCode" TEXT,
    "matchUrns" TEXT[],
    "status" "GiasImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "summary" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "GiasImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GiasImport_trustId_createdAt_idx" ON "GiasImport"("trustId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Trust_giasCode_key" ON "Trust"("giasCode");

-- AddForeignKey
ALTER TABLE "GiasImport" ADD CONSTRAINT "GiasImport_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GiasImport" ADD CONSTRAINT "GiasImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
