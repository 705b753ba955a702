import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appRoleUrl, ensureAppRole } from "./app-role";
import { acquireDatabaseServer } from "./database-server";
import { startMailCatcher } from "./mail-catcher";
import { createDatabase, databaseUrl, dropDatabase, freePort } from "./postgres";
import { migrateDeploy } from "./prisma-cli";

/**
 * A throwaway environment for running the built app: a PostgreSQL server (embedded
 * unless DATABASE_URL is set) with a migrated template, an SMTP catcher and a port.
 * Used by `npm test` and `npm run bench`.
 */
export async function startAppRuntime() {
  const server = await acquireDatabaseServer("scratch");
  const suffix = `${process.pid}_${randomBytes(3).toString("hex")}`;
  const template = `fieldnotes_template_${suffix}`;
  const appDatabase = `fieldnotes_app_${suffix}`;
  const mailDir = mkdtempSync(path.join(tmpdir(), "fieldnotes-mail-"));
  await ensureAppRole(server.serverUrl);
  await createDatabase(server.serverUrl, template);
  migrateDeploy(databaseUrl(server.serverUrl, template));
  await createDatabase(server.serverUrl, appDatabase, template);
  const catcher = await startMailCatcher({ dir: mailDir });
  const port = await freePort();
  return {
    serverUrl: server.serverUrl,
    template,
    port,
    env: {
      DATABASE_URL: databaseUrl(server.serverUrl, appDatabase),
      DATABASE_APP_URL: appRoleUrl(databaseUrl(server.serverUrl, appDatabase)),
      SMTP_URL: catcher.url,
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      CALENDAR_ENCRYPTION_KEYS: `runtime:${randomBytes(32).toString("base64")}`,
      E2E_MAIL_DIR: mailDir,
      E2E_PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    async stop() {
      await catcher.stop();
      if (!server.embedded) {
        await dropDatabase(server.serverUrl, appDatabase).catch(() => {});
        await dropDatabase(server.serverUrl, template).catch(() => {});
      }
      await server.stop();
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
