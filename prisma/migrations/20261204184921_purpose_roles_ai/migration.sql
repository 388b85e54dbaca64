-- CreateEnum
CREATE TYPE "AiToolUsers" AS ENUM ('STAFF', 'PUPILS', 'BOTH');

-- CreateEnum
CREATE TYPE "ReviewSubject" AS ENUM ('GOAL', 'CONTRACT');

-- CreateEnum
CREATE TYPE "ReviewRating" AS ENUM ('HELPED', 'SOMEWHAT', 'NOT_YET', 'NO');

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "digitalGovernorId" TEXT,
ADD COLUMN     "digitalLeadId" TEXT;

-- CreateTable
CREATE TABLE "AiTool" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "supplier" TEXT NOT NULL DEFAULT '',
    "usedBy" "AiToolUsers" NOT NULL,
    "pupilAges" TEXT NOT NULL DEFAULT '',
    "uses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dataIn" TEXT NOT NULL DEFAULT '',
    "personalData" BOOLEAN NOT NULL DEFAULT false,
    "dpiaDone" BOOLEAN NOT NULL DEFAULT false,
    "approved" BOOLEAN NOT NULL DEFAULT false,
    "checks" JSONB NOT NULL DEFAULT '{}',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiTool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiPolicy" (
    "schoolId" TEXT NOT NULL,
    "decisions" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiPolicy_pkey" PRIMARY KEY ("schoolId")
);

-- CreateTable
CREATE TABLE "PurposeReview" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "subject" "ReviewSubject" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectTitle" TEXT NOT NULL,
    "adoption" INTEGER,
    "rating" "ReviewRating" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reviewedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PurposeReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AiTool_schoolId_name_idx" ON "AiTool"("schoolId", "name");

-- CreateIndex
CREATE INDEX "PurposeReview_schoolId_assessmentId_idx" ON "PurposeReview"("schoolId", "assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PurposeReview_assessmentId_subject_subjectId_key" ON "PurposeReview"("assessmentId", "subject", "subjectId");

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_digitalLeadId_fkey" FOREIGN KEY ("digitalLeadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_digitalGovernorId_fkey" FOREIGN KEY ("digitalGovernorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiTool" ADD CONSTRAINT "AiTool_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiPolicy" ADD CONSTRAINT "AiPolicy_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurposeReview" ADD CONSTRAINT "PurposeReview_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
