-- CreateEnum
CREATE TYPE "OutreachPeriod" AS ENUM ('DAY', 'WEEK');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('IDENTIFIED', 'CONTACTED', 'FOLLOW_UP_DUE', 'SCHEDULED', 'INTERVIEWED', 'THANKED', 'DECLINED', 'NO_REPLY');

-- CreateEnum
CREATE TYPE "OutreachKind" AS ENUM ('INITIAL', 'FOLLOW_UP', 'THANK_YOU', 'REFERRER_UPDATE');

-- CreateEnum
CREATE TYPE "ReflectionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REVIEWED');

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "stalledAfterDays" INTEGER NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "ProjectTemplate" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "tracks" JSONB NOT NULL,
    "questionBank" JSONB NOT NULL,
    "outreachGoalCount" INTEGER NOT NULL DEFAULT 2,
    "outreachGoalPeriod" "OutreachPeriod" NOT NULL DEFAULT 'DAY',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachTemplate" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OutreachKind" NOT NULL DEFAULT 'INITIAL',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutreachTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "coachProfileId" TEXT NOT NULL,
    "templateId" TEXT,
    "title" TEXT NOT NULL,
    "northStar" TEXT,
    "dueDate" DATE,
    "outreachGoalCount" INTEGER NOT NULL DEFAULT 2,
    "outreachGoalPeriod" "OutreachPeriod" NOT NULL DEFAULT 'DAY',
    "questionBank" JSONB NOT NULL DEFAULT '[]',
    "followUpAfterDays" INTEGER NOT NULL DEFAULT 5,
    "maxFollowUps" INTEGER NOT NULL DEFAULT 2,
    "status" "ProjectStatus" NOT NULL DEFAULT 'ACTIVE',
    "synthesis" TEXT,
    "decision" TEXT,
    "synthesisAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTrack" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "targetCount" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "trackId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "organisation" TEXT,
    "howFound" TEXT,
    "link" TEXT,
    "referredById" TEXT,
    "status" "ContactStatus" NOT NULL DEFAULT 'IDENTIFIED',
    "firstContactedAt" TIMESTAMPTZ(3),
    "lastContactedAt" TIMESTAMPTZ(3),
    "nextFollowUpOn" DATE,
    "followUpCount" INTEGER NOT NULL DEFAULT 0,
    "interviewedAt" TIMESTAMPTZ(3),
    "thankedAt" TIMESTAMPTZ(3),
    "referrerToldAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachEvent" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "kind" "OutreachKind" NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'email',
    "subject" TEXT,
    "message" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutreachEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "chosenQuestions" JSONB NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "learned" TEXT NOT NULL DEFAULT '',
    "feelingBody" TEXT NOT NULL DEFAULT '',
    "feelingThoughts" TEXT NOT NULL DEFAULT '',
    "feelingFirst" TEXT NOT NULL DEFAULT '',
    "resonance" INTEGER,
    "surprises" TEXT NOT NULL DEFAULT '',
    "recommendedPeople" TEXT NOT NULL DEFAULT '',
    "nextStep" TEXT NOT NULL DEFAULT '',
    "status" "ReflectionStatus" NOT NULL DEFAULT 'DRAFT',
    "isPrivate" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReflectionComment" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "reflectionId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReflectionComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessCheckIn" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "requestedById" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),
    "hope" INTEGER,
    "time" INTEGER,
    "energy" INTEGER,
    "selfEsteem" INTEGER,
    "ambition" INTEGER,
    "note" TEXT,
    "fears" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ReadinessCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachNote" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sharedWithTeam" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CoachNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectTemplate_practiceId_idx" ON "ProjectTemplate"("practiceId");

-- CreateIndex
CREATE INDEX "OutreachTemplate_practiceId_idx" ON "OutreachTemplate"("practiceId");

-- CreateIndex
CREATE INDEX "Project_practiceId_status_idx" ON "Project"("practiceId", "status");

-- CreateIndex
CREATE INDEX "Project_clientId_idx" ON "Project"("clientId");

-- CreateIndex
CREATE INDEX "Project_coachProfileId_status_idx" ON "Project"("coachProfileId", "status");

-- CreateIndex
CREATE INDEX "Project_templateId_idx" ON "Project"("templateId");

-- CreateIndex
CREATE INDEX "ProjectTrack_practiceId_idx" ON "ProjectTrack"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectTrack_projectId_position_key" ON "ProjectTrack"("projectId", "position");

-- CreateIndex
CREATE INDEX "Contact_practiceId_idx" ON "Contact"("practiceId");

-- CreateIndex
CREATE INDEX "Contact_projectId_status_idx" ON "Contact"("projectId", "status");

-- CreateIndex
CREATE INDEX "Contact_trackId_idx" ON "Contact"("trackId");

-- CreateIndex
CREATE INDEX "Contact_referredById_idx" ON "Contact"("referredById");

-- CreateIndex
CREATE INDEX "OutreachEvent_practiceId_idx" ON "OutreachEvent"("practiceId");

-- CreateIndex
CREATE INDEX "OutreachEvent_projectId_sentAt_idx" ON "OutreachEvent"("projectId", "sentAt");

-- CreateIndex
CREATE INDEX "OutreachEvent_contactId_idx" ON "OutreachEvent"("contactId");

-- CreateIndex
CREATE INDEX "Interview_practiceId_idx" ON "Interview"("practiceId");

-- CreateIndex
CREATE INDEX "Interview_projectId_occurredAt_idx" ON "Interview"("projectId", "occurredAt");

-- CreateIndex
CREATE INDEX "Interview_contactId_idx" ON "Interview"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "Reflection_interviewId_key" ON "Reflection"("interviewId");

-- CreateIndex
CREATE INDEX "Reflection_practiceId_status_submittedAt_idx" ON "Reflection"("practiceId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Reflection_projectId_idx" ON "Reflection"("projectId");

-- CreateIndex
CREATE INDEX "ReflectionComment_practiceId_idx" ON "ReflectionComment"("practiceId");

-- CreateIndex
CREATE INDEX "ReflectionComment_reflectionId_createdAt_idx" ON "ReflectionComment"("reflectionId", "createdAt");

-- CreateIndex
CREATE INDEX "ReflectionComment_parentId_idx" ON "ReflectionComment"("parentId");

-- CreateIndex
CREATE INDEX "ReflectionComment_authorUserId_idx" ON "ReflectionComment"("authorUserId");

-- CreateIndex
CREATE INDEX "ReadinessCheckIn_practiceId_idx" ON "ReadinessCheckIn"("practiceId");

-- CreateIndex
CREATE INDEX "ReadinessCheckIn_projectId_requestedAt_idx" ON "ReadinessCheckIn"("projectId", "requestedAt");

-- CreateIndex
CREATE INDEX "CoachNote_practiceId_idx" ON "CoachNote"("practiceId");

-- CreateIndex
CREATE INDEX "CoachNote_clientId_createdAt_idx" ON "CoachNote"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "CoachNote_authorUserId_idx" ON "CoachNote"("authorUserId");

-- AddForeignKey
ALTER TABLE "ProjectTemplate" ADD CONSTRAINT "ProjectTemplate_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachTemplate" ADD CONSTRAINT "OutreachTemplate_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_coachProfileId_fkey" FOREIGN KEY ("coachProfileId") REFERENCES "CoachProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ProjectTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTrack" ADD CONSTRAINT "ProjectTrack_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "ProjectTrack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionComment" ADD CONSTRAINT "ReflectionComment_reflectionId_fkey" FOREIGN KEY ("reflectionId") REFERENCES "Reflection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionComment" ADD CONSTRAINT "ReflectionComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ReflectionComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessCheckIn" ADD CONSTRAINT "ReadinessCheckIn_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachNote" ADD CONSTRAINT "CoachNote_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachNote" ADD CONSTRAINT "CoachNote_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Ranges the application validates, held by the database too.
ALTER TABLE "ProjectTrack" ADD CONSTRAINT "ProjectTrack_targetCount_range" CHECK ("targetCount" BETWEEN 1 AND 100);
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_resonance_range" CHECK ("resonance" IS NULL OR "resonance" BETWEEN 1 AND 5);
ALTER TABLE "ReadinessCheckIn" ADD CONSTRAINT "ReadinessCheckIn_ratings_range" CHECK (
  ("hope" IS NULL OR "hope" BETWEEN 1 AND 5) AND ("time" IS NULL OR "time" BETWEEN 1 AND 5) AND
  ("energy" IS NULL OR "energy" BETWEEN 1 AND 5) AND ("selfEsteem" IS NULL OR "selfEsteem" BETWEEN 1 AND 5) AND
  ("ambition" IS NULL OR "ambition" BETWEEN 1 AND 5)
);
-- Nobody refers themselves (the service also keeps referrals inside one project).
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_not_self_referred" CHECK ("referredById" IS NULL OR "referredById" <> "id");
