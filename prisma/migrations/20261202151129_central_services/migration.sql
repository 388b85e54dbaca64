-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "fromTrust" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "localReason" TEXT,
ADD COLUMN     "trustAnsweredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CentralService" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "covers" TEXT NOT NULL,
    "schoolIds" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CentralService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CentralAnswer" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "requirementCode" TEXT NOT NULL,
    "value" "AnswerValue" NOT NULL,
    "notApplicableReason" TEXT,
    "evidenceNote" TEXT,
    "evidenceLinks" TEXT[],
    "requirementHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CentralAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CentralService_trustId_covers_key" ON "CentralService"("trustId", "covers");

-- CreateIndex
CREATE UNIQUE INDEX "CentralAnswer_trustId_requirementCode_key" ON "CentralAnswer"("trustId", "requirementCode");

-- AddForeignKey
ALTER TABLE "CentralService" ADD CONSTRAINT "CentralService_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentralAnswer" ADD CONSTRAINT "CentralAnswer_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentralAnswer" ADD CONSTRAINT "CentralAnswer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
