-- AlterTable
ALTER TABLE "AdviserGrant" ADD COLUMN     "adviserName" TEXT NOT NULL DEFAULT '';
