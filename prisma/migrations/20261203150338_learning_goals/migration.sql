-- AlterTable
ALTER TABLE "Answer" ALTER COLUMN "evidenceItemIds" SET DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "foundation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "goalIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "foundation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "goalIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "KitItem" ADD COLUMN     "foundation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "goalIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "LearningGoal" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "success" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearningGoal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearningGoal_schoolId_position_idx" ON "LearningGoal"("schoolId", "position");

-- AddForeignKey
ALTER TABLE "LearningGoal" ADD CONSTRAINT "LearningGoal_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
