import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { appRoleUrl } from "../../scripts/lib/app-role";
import { startMailCatcher } from "../../scripts/lib/mail-catcher";
import { createDatabase, databaseUrl, dropDatabase } from "../../scripts/lib/postgres";

// Runs before each test file's imports: the file gets its own database (a copy of the
// migrated template) and its own SMTP catcher, then src/env.ts reads these.
const serverUrl = inject("databaseServerUrl");
const database = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
await createDatabase(serverUrl, database, inject("templateDatabase"));

const mailDir = mkdtempSync(path.join(tmpdir(), "fieldnotes-mail-"));
let catcher = await startMailCatcher({ dir: mailDir });
const port = catcher.port;
// Lets a test take the SMTP server down and bring it back on the same address (src/test/outbox.ts).
(globalThis as { testSmtp?: unknown }).testSmtp = {
  stop: () => catcher.stop(),
  restart: async () => {
    catcher = await startMailCatcher({ dir: mailDir, port });
  },
};

process.env.DATABASE_URL = databaseUrl(serverUrl, database);
process.env.DATABASE_APP_URL = appRoleUrl(process.env.DATABASE_URL);
process.env.SMTP_URL = catcher.url;
process.env.MAIL_CATCHER_DIR = mailDir;
process.env.APP_URL ??= "http://localhost:3000";

afterAll(async () => {
  const client = await import("~/server/db/client").catch(() => null);
  await client?.disconnectDatabaseClients();
  await catcher.stop();
  await dropDatabase(serverUrl, database).catch(() => {});
});
