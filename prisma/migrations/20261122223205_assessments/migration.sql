-- CreateEnum
CREATE TYPE "Expectation" AS ENUM ('MUST', 'SHOULD');

-- CreateEnum
CREATE TYPE "TimingKind" AS ENUM ('NOW', 'BY_DATE', 'AT_TRIGGER');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'COMPLETED');

-- CreateEnum
CREATE TYPE "AnswerValue" AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_SURE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Standard" (
    "id" TEXT NOT NULL,
    "catalogueVersionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "core" BOOLEAN NOT NULL,
    "layer" INTEGER NOT NULL,
    "timingKind" "TimingKind" NOT NULL,
    "timingDate" DATE,
    "timingText" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Standard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "catalogueVersionId" TEXT NOT NULL,
    "standardId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "hint" TEXT,
    "expectation" "Expectation" NOT NULL,
    "timingKind" "TimingKind" NOT NULL,
    "timingDate" DATE,
    "timingText" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "nextSteps" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "openForSchoolId" TEXT,
    "catalogueVersionId" TEXT NOT NULL,
    "cycleLabel" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "previousId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedById" TEXT,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "summary" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "requirementCode" TEXT NOT NULL,
    "value" "AnswerValue" NOT NULL,
    "notApplicableReason" TEXT,
    "evidenceNote" TEXT,
    "evidenceLinks" TEXT[],
    "requirementHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerName" TEXT,
    "dueDate" DATE,
    "estimatedCostPence" INTEGER,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "requirementCodes" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueVersion_version_key" ON "CatalogueVersion"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Standard_catalogueVersionId_slug_key" ON "Standard"("catalogueVersionId", "slug");

-- CreateIndex
CREATE INDEX "Requirement_standardId_position_idx" ON "Requirement"("standardId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_catalogueVersionId_code_key" ON "Requirement"("catalogueVersionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_openForSchoolId_key" ON "Assessment"("openForSchoolId");

-- CreateIndex
CREATE INDEX "Assessment_schoolId_startedAt_idx" ON "Assessment"("schoolId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_assessmentId_requirementCode_key" ON "Answer"("assessmentId", "requirementCode");

-- CreateIndex
CREATE INDEX "Action_schoolId_status_idx" ON "Action"("schoolId", "status");

-- AddForeignKey
ALTER TABLE "Standard" ADD CONSTRAINT "Standard_catalogueVersionId_fkey" FOREIGN KEY ("catalogueVersionId") REFERENCES "CatalogueVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_catalogueVersionId_fkey" FOREIGN KEY ("catalogueVersionId") REFERENCES "CatalogueVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "Standard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_openForSchoolId_fkey" FOREIGN KEY ("openForSchoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_catalogueVersionId_fkey" FOREIGN KEY ("catalogueVersionId") REFERENCES "CatalogueVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
