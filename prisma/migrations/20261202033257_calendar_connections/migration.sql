-- CreateEnum
CREATE TYPE "CalendarConnectionKind" AS ENUM ('ICS_FEED', 'CALDAV', 'GOOGLE');

-- AlterTable
ALTER TABLE "CoachProfile" ADD COLUMN     "sessionFeedTokenHash" TEXT,
ADD COLUMN     "sessionFeedTokenSealed" TEXT;

-- CreateTable
CREATE TABLE "CalendarConnection" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "kind" "CalendarConnectionKind" NOT NULL,
    "label" TEXT NOT NULL,
    "sealedCredentials" TEXT NOT NULL,
    "allDayEventsBlock" BOOLEAN NOT NULL DEFAULT true,
    "lastAttemptAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "nextRefreshAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshLeaseUntil" TIMESTAMPTZ(3),
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "failingSince" TIMESTAMPTZ(3),
    "failureEmailedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CalendarConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarSource" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "remoteId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "blocksTime" BOOLEAN NOT NULL DEFAULT true,
    "receivesSessions" BOOLEAN NOT NULL DEFAULT false,
    "etag" TEXT,
    "lastModified" TEXT,
    "ctag" TEXT,
    "readUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CalendarSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarBusyBlock" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "startAt" TIMESTAMPTZ(3) NOT NULL,
    "endAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CalendarBusyBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarSessionCopy" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "remoteRef" TEXT NOT NULL,
    "etag" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CalendarSessionCopy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CalendarConnection_coachProfileId_idx" ON "CalendarConnection"("coachProfileId");

-- CreateIndex
CREATE INDEX "CalendarConnection_nextRefreshAt_idx" ON "CalendarConnection"("nextRefreshAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarSource_connectionId_remoteId_key" ON "CalendarSource"("connectionId", "remoteId");

-- CreateIndex
CREATE INDEX "CalendarBusyBlock_coachProfileId_startAt_idx" ON "CalendarBusyBlock"("coachProfileId", "startAt");

-- CreateIndex
CREATE INDEX "CalendarBusyBlock_sourceId_idx" ON "CalendarBusyBlock"("sourceId");

-- CreateIndex
CREATE INDEX "CalendarSessionCopy_sourceId_idx" ON "CalendarSessionCopy"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarSessionCopy_bookingId_sourceId_key" ON "CalendarSessionCopy"("bookingId", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "CoachProfile_sessionFeedTokenHash_key" ON "CoachProfile"("sessionFeedTokenHash");

-- AddForeignKey
ALTER TABLE "CalendarConnection" ADD CONSTRAINT "CalendarConnection_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarConnection" ADD CONSTRAINT "CalendarConnection_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarSource" ADD CONSTRAINT "CalendarSource_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarSource" ADD CONSTRAINT "CalendarSource_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "CalendarConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarBusyBlock" ADD CONSTRAINT "CalendarBusyBlock_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarBusyBlock" ADD CONSTRAINT "CalendarBusyBlock_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarBusyBlock" ADD CONSTRAINT "CalendarBusyBlock_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "CalendarSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarSessionCopy" ADD CONSTRAINT "CalendarSessionCopy_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarSessionCopy" ADD CONSTRAINT "CalendarSessionCopy_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarSessionCopy" ADD CONSTRAINT "CalendarSessionCopy_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "CalendarSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A busy block is a real stretch of time: the slot engine's interval search relies on it
ALTER TABLE "CalendarBusyBlock" ADD CONSTRAINT "CalendarBusyBlock_range_check" CHECK ("endAt" > "startAt");
