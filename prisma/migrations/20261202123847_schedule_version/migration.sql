-- AlterTable
ALTER TABLE "CoachProfile" ADD COLUMN     "scheduleVersion" INTEGER NOT NULL DEFAULT 0;

-- The slot cache (src/modules/bookings/server/slot-cache.ts) trusts this number: every change that can alter the
-- free slots of a coach must bump it inside the transaction of the change. Triggers do it, so no code path (a new
-- service, a script, a cascade) can forget, and over-bumping only costs a cache miss.
--
-- Lock order: bumping locks the coach row until commit. Taken at the change (an immediate trigger), it deadlocked
-- concurrent bookings of one coach on different days: each waited for the row while the other waited for something
-- the first had written since (a queued job, an email). So the bumps are deferred to commit, after everything else
-- the transaction does, where the only thing left to wait for is another committing bump of the same coach.
-- Deferred triggers are row triggers: a transaction bumps each coach once (remembered in a transaction-local
-- setting), however many rows it changes, so a calendar refresh rewriting 500 busy blocks is one bump.
--
-- Function bodies spell their semicolons as the escape 073 (see 20261123121500_email_outbox_wakeup): the offline
-- migration runner splits statements on every semicolon, even inside quotes.

CREATE FUNCTION "bump_schedule_version"(coach_id text) RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  bumped text := ''schedule_version.c'' || md5(coach_id)\073
BEGIN
  IF current_setting(bumped, true) IS DISTINCT FROM ''bumped'' THEN
    PERFORM set_config(bumped, ''bumped'', true)\073
    UPDATE "CoachProfile" SET "scheduleVersion" = "scheduleVersion" + 1 WHERE "id" = coach_id\073
  END IF\073
END';

CREATE FUNCTION "bump_schedule_version_of_row"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN PERFORM "bump_schedule_version"(OLD."coachProfileId")\073 END IF\073
  IF TG_OP <> ''DELETE'' THEN PERFORM "bump_schedule_version"(NEW."coachProfileId")\073 END IF\073
  RETURN NULL\073
END';

CREATE CONSTRAINT TRIGGER "Booking_schedule_version" AFTER INSERT OR UPDATE OR DELETE ON "Booking"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_schedule_version_of_row"();
CREATE CONSTRAINT TRIGGER "CalendarBusyBlock_schedule_version" AFTER INSERT OR UPDATE OR DELETE ON "CalendarBusyBlock"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_schedule_version_of_row"();
CREATE CONSTRAINT TRIGGER "SessionType_schedule_version" AFTER INSERT OR UPDATE OR DELETE ON "SessionType"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_schedule_version_of_row"();

-- The coach row itself holds the weekly hours, date overrides, zone and booking switch, and the cache keeps the whole
-- profile under the version: any other change to the row bumps it (its UPDATE holds the row lock anyway). A bump
-- changes the version itself, so it is not counted twice.
CREATE FUNCTION "bump_own_schedule_version"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."scheduleVersion" = OLD."scheduleVersion" THEN
    NEW."scheduleVersion" := OLD."scheduleVersion" + 1\073
  END IF\073
  RETURN NEW\073
END';

CREATE TRIGGER "CoachProfile_schedule_version" BEFORE UPDATE ON "CoachProfile"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_own_schedule_version"();

-- Bookability is read fresh on every request, but the cached lists of a removed or demoted coach must not outlive it.
CREATE FUNCTION "bump_schedule_version_of_member"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "bump_schedule_version"("id") FROM "CoachProfile" WHERE "membershipId" = NEW."id"\073
  RETURN NULL\073
END';

CREATE CONSTRAINT TRIGGER "Membership_schedule_version" AFTER UPDATE ON "Membership"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."removedAt" IS DISTINCT FROM NEW."removedAt" OR OLD."role" IS DISTINCT FROM NEW."role")
  EXECUTE FUNCTION "bump_schedule_version_of_member"();
