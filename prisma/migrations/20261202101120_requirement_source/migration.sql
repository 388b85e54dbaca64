-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('DFE_STANDARD', 'PLAN_TECH', 'GOOD_PRACTICE');

-- AlterTable
ALTER TABLE "Requirement" ADD COLUMN     "source" "SourceKind";
