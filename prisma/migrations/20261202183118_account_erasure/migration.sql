-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletionCancelledAt" TIMESTAMPTZ(3),
ADD COLUMN     "deletionDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "erasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "erasureLeaseUntil" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "User_deletionDueAt_idx" ON "User"("deletionDueAt");

