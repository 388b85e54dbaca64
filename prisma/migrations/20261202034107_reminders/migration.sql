-- AlterTable
ALTER TABLE "School" ADD COLUMN     "cycleMonth" INTEGER;

-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "ownerEmail" TEXT,
ADD COLUMN     "ownerUserId" TEXT;

-- CreateTable
CREATE TABLE "MailOptOut" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailOptOut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "key" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailOptOut_email_kind_scope_key" ON "MailOptOut"("email", "kind", "scope");

-- CreateIndex
CREATE INDEX "ReminderSent_sentAt_idx" ON "ReminderSent"("sentAt");

-- CreateIndex
CREATE INDEX "PlanItem_ownerUserId_idx" ON "PlanItem"("ownerUserId");

-- CreateIndex
CREATE INDEX "PlanItem_ownerEmail_idx" ON "PlanItem"("ownerEmail");

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

