-- CreateEnum
CREATE TYPE "AdviserAccess" AS ENUM ('READ', 'CONTRIBUTE');

-- CreateTable
CREATE TABLE "AdviserGrant" (
    "id" TEXT NOT NULL,
    "adviserId" TEXT NOT NULL,
    "trustId" TEXT,
    "schoolId" TEXT,
    "access" "AdviserAccess" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "grantedById" TEXT,
    "revokedById" TEXT,
    "purpose" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdviserGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdviserGrant_adviserId_endsAt_idx" ON "AdviserGrant"("adviserId", "endsAt");

-- CreateIndex
CREATE INDEX "AdviserGrant_schoolId_endsAt_idx" ON "AdviserGrant"("schoolId", "endsAt");

-- CreateIndex
CREATE INDEX "AdviserGrant_trustId_endsAt_idx" ON "AdviserGrant"("trustId", "endsAt");

-- AddForeignKey
ALTER TABLE "AdviserGrant" ADD CONSTRAINT "AdviserGrant_adviserId_fkey" FOREIGN KEY ("adviserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviserGrant" ADD CONSTRAINT "AdviserGrant_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviserGrant" ADD CONSTRAINT "AdviserGrant_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviserGrant" ADD CONSTRAINT "AdviserGrant_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
