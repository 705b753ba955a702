-- The caseload's page, ordered and cut in SQL (src/modules/clients/server/caseload.system.repo.ts).

-- Sort by last activity: the active projects of a practice in activity order.
CREATE INDEX "Project_practiceId_status_lastActivityAt_idx" ON "Project"("practiceId", "status", "lastActivityAt");

-- A client's primary project (the oldest active one) and its last activity, read from the index alone.
CREATE INDEX "Project_primary_of_client_idx" ON "Project"("practiceId", "clientId", "status", "createdAt", "id", "lastActivityAt");

-- A client's next confirmed session: the first entry after now.
CREATE INDEX "Booking_clientId_status_startAt_idx" ON "Booking"("clientId", "status", "startAt");

-- Sort by name in the order of Intl.Collator("en"), for an admin (every client) and for a coach (their own). An
-- expression index, which the schema language cannot express (prisma/schema.prisma names it in a comment).
CREATE INDEX "Client_practiceId_name_en_idx" ON "Client"("practiceId", ("name" COLLATE "en-x-icu"), "id");
CREATE INDEX "Client_practiceId_coachProfileId_name_en_idx" ON "Client"("practiceId", "coachProfileId", ("name" COLLATE "en-x-icu"), "id");
