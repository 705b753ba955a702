-- Row-level security as a second wall between practices, behind the tenant data layer.
-- The tables stay owned by the role that runs migrations (DATABASE_URL), which bypasses these
-- policies and serves the reviewed system paths. The tenant data layer connects as fieldnotes_app
-- (DATABASE_APP_URL), which is not an owner, holds only DML privileges and sees a row of practice
-- data only where its practiceId equals the transaction-local setting app.practice_id. Without the
-- setting current_setting returns null (or an empty string once a transaction has ended) and so
-- every row is hidden and every write refused.
-- (No apostrophe or semicolon in these comments: the migration engine splits the script on them, comments or not.)

-- The role is created by the setup scripts (scripts/lib/app-role.ts) with a password, or by an operator
-- before deploying. Where neither happened it is created here without a login so the grants below apply.
DO E'BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ''fieldnotes_app'') THEN
    CREATE ROLE fieldnotes_app NOLOGIN\073
  END IF\073
END';

GRANT USAGE ON SCHEMA public TO fieldnotes_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO fieldnotes_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO fieldnotes_app;
-- Tables of later migrations, and the job tables pg-boss creates on first start (the schema pgboss),
-- are made by this same role: they get the same privileges.
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO fieldnotes_app;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO fieldnotes_app;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO fieldnotes_app;
-- A database whose worker already ran has the job schema: the tenant layer writes jobs in its transactions.
DO E'BEGIN
  IF EXISTS (SELECT FROM pg_namespace WHERE nspname = ''pgboss'') THEN
    GRANT USAGE ON SCHEMA pgboss TO fieldnotes_app\073
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO fieldnotes_app\073
  END IF\073
END';

-- The practice itself: the tenant layer reads and updates its own row only.
ALTER TABLE "Practice" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Practice"
  USING ("id" = current_setting('app.practice_id', true))
  WITH CHECK ("id" = current_setting('app.practice_id', true));

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Membership"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Invitation"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "AuditEvent"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "CoachProfile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CoachProfile"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "SessionType" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SessionType"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "Client" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Client"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "Booking" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Booking"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "EmailMessage" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "EmailMessage"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "EmailOptOut" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "EmailOptOut"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "PracticeSubscription" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "PracticeSubscription"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "StripeEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "StripeEvent"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "ProjectTemplate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ProjectTemplate"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "OutreachTemplate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "OutreachTemplate"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "Project" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Project"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "ProjectTrack" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ProjectTrack"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "Contact" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Contact"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "OutreachEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "OutreachEvent"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "Interview" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Interview"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "Reflection" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Reflection"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "ReflectionComment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ReflectionComment"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "ReadinessCheckIn" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ReadinessCheckIn"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "CoachNote" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CoachNote"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "CalendarConnection" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CalendarConnection"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "CalendarSource" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CalendarSource"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "CalendarBusyBlock" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CalendarBusyBlock"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));

ALTER TABLE "CalendarSessionCopy" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CalendarSessionCopy"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));
