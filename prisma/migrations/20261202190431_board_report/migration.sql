-- CreateTable
CREATE TABLE "BoardReport" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "pdf" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoardReport_key_key" ON "BoardReport"("key");

-- CreateIndex
CREATE INDEX "BoardReport_trustId_requestedById_idx" ON "BoardReport"("trustId", "requestedById");

-- AddForeignKey
ALTER TABLE "BoardReport" ADD CONSTRAINT "BoardReport_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardReport" ADD CONSTRAINT "BoardReport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
