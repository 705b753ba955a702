-- Session types: the booking rules move from CoachProfile to one row per kind of session.
-- Every existing coach gets the free discovery session they offered until now, with their
-- rules, and every existing booking points at it.

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('DISCOVERY', 'COACHING');

-- CreateEnum
CREATE TYPE "SessionVisibility" AS ENUM ('PUBLIC', 'CLIENTS', 'LINK');

-- CreateEnum
CREATE TYPE "LocationKind" AS ENUM ('VIDEO', 'PHONE_BOOKER', 'PHONE_COACH', 'IN_PERSON', 'NONE');

-- CreateTable
CREATE TABLE "SessionType" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "SessionKind" NOT NULL DEFAULT 'COACHING',
    "visibility" "SessionVisibility" NOT NULL DEFAULT 'PUBLIC',
    "linkToken" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "slotIntervalMinutes" INTEGER NOT NULL,
    "bufferBeforeMinutes" INTEGER NOT NULL DEFAULT 0,
    "bufferAfterMinutes" INTEGER NOT NULL DEFAULT 10,
    "minimumNoticeMinutes" INTEGER NOT NULL DEFAULT 720,
    "horizonDays" INTEGER NOT NULL DEFAULT 60,
    "maxSessionsPerDay" INTEGER,
    "locationKind" "LocationKind" NOT NULL DEFAULT 'NONE',
    "locationDetail" TEXT,
    "intakeQuestions" JSONB NOT NULL DEFAULT '[]',
    "reminderMinutesBefore" INTEGER[] DEFAULT ARRAY[1440, 60]::INTEGER[],
    "changeWindowHours" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SessionType_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionType_linkToken_key" ON "SessionType"("linkToken");

-- CreateIndex
CREATE INDEX "SessionType_practiceId_idx" ON "SessionType"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionType_coachProfileId_slug_key" ON "SessionType"("coachProfileId", "slug");

-- AddForeignKey
ALTER TABLE "SessionType" ADD CONSTRAINT "SessionType_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionType" ADD CONSTRAINT "SessionType_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: each coach's discovery session, with the rules and the two intake questions it had.
INSERT INTO "SessionType" (
    "id", "practiceId", "coachProfileId", "slug", "name", "kind", "visibility",
    "durationMinutes", "slotIntervalMinutes", "bufferBeforeMinutes", "bufferAfterMinutes",
    "minimumNoticeMinutes", "horizonDays", "maxSessionsPerDay", "intakeQuestions", "updatedAt"
)
SELECT
    'st_' || md5(cp."id" || ':discovery'), cp."practiceId", cp."id", 'discovery', 'Free discovery session',
    'DISCOVERY', 'PUBLIC', cp."sessionMinutes", cp."slotIntervalMinutes", cp."bufferBeforeMinutes",
    cp."bufferAfterMinutes", cp."minimumNoticeMinutes", cp."horizonDays", cp."maxSessionsPerDay",
    '[{"id":"fieldsOfInterest","label":"Which fields are you curious about?","kind":"LONG_TEXT","required":false,"maxLength":500,"options":[]},{"id":"whatPrompted","label":"What prompted you to reach out?","kind":"LONG_TEXT","required":false,"maxLength":1000,"options":[]}]'::jsonb,
    CURRENT_TIMESTAMP
FROM "CoachProfile" cp;

-- AlterTable
ALTER TABLE "CoachProfile" DROP COLUMN "bufferAfterMinutes",
DROP COLUMN "bufferBeforeMinutes",
DROP COLUMN "horizonDays",
DROP COLUMN "maxSessionsPerDay",
DROP COLUMN "minimumNoticeMinutes",
DROP COLUMN "sessionMinutes",
DROP COLUMN "slotIntervalMinutes";

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "bookerPhone" TEXT,
ADD COLUMN     "locationDetail" TEXT,
ADD COLUMN     "locationKind" "LocationKind" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "sessionTypeId" TEXT;

-- Backfill: existing bookings were discovery sessions, and their answers become the asked-question snapshot.
UPDATE "Booking" b SET "sessionTypeId" = 'st_' || md5(b."coachProfileId" || ':discovery');
UPDATE "Booking" b SET "answers" = COALESCE((
    SELECT jsonb_agg(jsonb_build_object('id', q.id, 'question', q.question, 'answer', b."answers" ->> q.id) ORDER BY q.ord)
    FROM (VALUES
        (1, 'fieldsOfInterest', 'Which fields are you curious about?'),
        (2, 'whatPrompted', 'What prompted you to reach out?')
    ) AS q(ord, id, question)
    WHERE COALESCE(b."answers" ->> q.id, '') <> ''
), '[]'::jsonb)
WHERE jsonb_typeof(b."answers") = 'object';

ALTER TABLE "Booking" ALTER COLUMN "sessionTypeId" SET NOT NULL,
ALTER COLUMN "answers" SET DEFAULT '[]';

-- CreateIndex
CREATE INDEX "Booking_sessionTypeId_idx" ON "Booking"("sessionTypeId");

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_sessionTypeId_fkey" FOREIGN KEY ("sessionTypeId") REFERENCES "SessionType"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "CoachNote" ADD COLUMN     "bookingId" TEXT;

-- CreateIndex
CREATE INDEX "CoachNote_bookingId_idx" ON "CoachNote"("bookingId");

-- AddForeignKey
ALTER TABLE "CoachNote" ADD CONSTRAINT "CoachNote_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;
