-- CreateEnum
CREATE TYPE "CostSplit" AS ENUM ('SHARED', 'EACH');

-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "trustActionId" TEXT;

-- CreateTable
CREATE TABLE "TrustAction" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerName" TEXT,
    "ownerEmail" TEXT,
    "dueDate" DATE,
    "costPence" INTEGER,
    "costSplit" "CostSplit" NOT NULL DEFAULT 'SHARED',
    "requirementCodes" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrustAction_trustId_createdAt_idx" ON "TrustAction"("trustId", "createdAt");

-- CreateIndex
CREATE INDEX "PlanItem_trustActionId_idx" ON "PlanItem"("trustActionId");

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_trustActionId_fkey" FOREIGN KEY ("trustActionId") REFERENCES "TrustAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustAction" ADD CONSTRAINT "TrustAction_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;
