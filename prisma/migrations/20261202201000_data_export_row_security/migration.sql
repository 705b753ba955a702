-- Practice archives are practice data like any other table with a practiceId: the same policy holds them
-- (a person archive has no practice and is never visible to the app role, which does not read archives)
ALTER TABLE "DataExport" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "DataExport"
  USING ("practiceId" = current_setting('app.practice_id', true))
  WITH CHECK ("practiceId" = current_setting('app.practice_id', true));
