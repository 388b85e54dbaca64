-- CreateEnum
CREATE TYPE "ContractService" AS ENUM ('BROADBAND', 'FILTERING', 'MONITORING', 'IT_SUPPORT', 'MIS', 'CLOUD_SUITE', 'BACKUP', 'NETWORK_SERVICE', 'CYBER_COVER', 'OTHER');

-- CreateEnum
CREATE TYPE "KitCategory" AS ENUM ('FIREWALL', 'CORE_SWITCH', 'EDGE_SWITCH', 'ACCESS_POINT', 'SERVER', 'STORAGE', 'UPS', 'LAPTOP', 'DESKTOP', 'TABLET', 'CHROMEBOOK', 'DISPLAY', 'OTHER');

-- AlterTable
ALTER TABLE "Trust" ADD COLUMN     "financialYearStart" INTEGER;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "financialYearStart" INTEGER;

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "coveredSchoolIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "service" "ContractService" NOT NULL,
    "supplier" TEXT NOT NULL,
    "covers" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "noticePeriod" TEXT,
    "autoRenews" BOOLEAN NOT NULL DEFAULT false,
    "annualCostPence" INTEGER,
    "documentUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitItem" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "coveredSchoolIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category" "KitCategory" NOT NULL,
    "makeModel" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "location" TEXT,
    "purchaseDate" DATE,
    "warrantyEnd" DATE,
    "supportEnd" DATE,
    "operatingSystem" TEXT,
    "wifiGeneration" TEXT,
    "portSpeedMbps" INTEGER,
    "uplinkMbps" INTEGER,
    "poe" BOOLEAN,
    "unitCostPence" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KitItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterImport" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "register" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "RegisterImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Contract_schoolId_idx" ON "Contract"("schoolId");

-- CreateIndex
CREATE INDEX "Contract_trustId_idx" ON "Contract"("trustId");

-- CreateIndex
CREATE INDEX "KitItem_schoolId_idx" ON "KitItem"("schoolId");

-- CreateIndex
CREATE INDEX "KitItem_trustId_idx" ON "KitItem"("trustId");

-- CreateIndex
CREATE INDEX "RegisterImport_schoolId_idx" ON "RegisterImport"("schoolId");

-- CreateIndex
CREATE INDEX "RegisterImport_trustId_idx" ON "RegisterImport"("trustId");

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitItem" ADD CONSTRAINT "KitItem_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitItem" ADD CONSTRAINT "KitItem_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterImport" ADD CONSTRAINT "RegisterImport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterImport" ADD CONSTRAINT "RegisterImport_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;
