-- CreateEnum
CREATE TYPE "DataExportScope" AS ENUM ('PERSON', 'PRACTICE');

-- CreateEnum
CREATE TYPE "DataExportStatus" AS ENUM ('PENDING', 'READY', 'EXPIRED');

-- CreateTable
CREATE TABLE "DataExport" (
    "id" TEXT NOT NULL,
    "scope" "DataExportScope" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "practiceId" TEXT,
    "status" "DataExportStatus" NOT NULL DEFAULT 'PENDING',
    "rowCount" INTEGER NOT NULL,
    "archive" BYTEA,
    "byteSize" INTEGER,
    "downloadTokenHash" TEXT,
    "readyAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "lastDownloadedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DataExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataExport_downloadTokenHash_key" ON "DataExport"("downloadTokenHash");

-- CreateIndex
CREATE INDEX "DataExport_requestedById_createdAt_idx" ON "DataExport"("requestedById", "createdAt");

-- CreateIndex
CREATE INDEX "DataExport_practiceId_createdAt_idx" ON "DataExport"("practiceId", "createdAt");

-- CreateIndex
CREATE INDEX "DataExport_status_expiresAt_idx" ON "DataExport"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- By hand: a practice archive names its practice and a personal archive names none
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_scope_practice_check" CHECK (("scope" = 'PRACTICE') = ("practiceId" IS NOT NULL));
