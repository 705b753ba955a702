import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { appRoleUrl, ensureAppRole } from "./lib/app-role";
import { acquireDatabaseServer } from "./lib/database-server";
import { startMailCatcher } from "./lib/mail-catcher";
import { createDatabase, databaseUrl } from "./lib/postgres";
import { migrateDeploy } from "./lib/prisma-cli";
import { startWorkerProcess } from "./lib/worker-process";

// `npm run dev`: a real PostgreSQL (embedded unless DATABASE_URL is set), migrations,
// demo data, a local mail catcher (unless SMTP_URL is set), the email worker, then `next dev`.
const port = process.env.PORT ?? "3000";

const server = await acquireDatabaseServer("dev");
let url = process.env.DATABASE_URL;
if (!url) {
  await createDatabase(server.serverUrl, "fieldnotes");
  url = databaseUrl(server.serverUrl, "fieldnotes");
  console.log(`▸ Embedded PostgreSQL running (data in .data/postgres): ${url}`);
}
// The tenant data layer's role (see README): made here for a server of our own, given by the operator otherwise.
let appUrl = process.env.DATABASE_APP_URL;
if (!appUrl) {
  await ensureAppRole(url);
  appUrl = appRoleUrl(url);
}
migrateDeploy(url);
console.log("▸ Migrations applied");
const seeded = spawnSync("npx", ["tsx", "prisma/seed.ts"], {
  env: { ...process.env, DATABASE_URL: url },
  stdio: "inherit",
});
if (seeded.status !== 0) throw new Error("Seeding demo data failed");

const mailEnv: Record<string, string> = {};
let catcher: Awaited<ReturnType<typeof startMailCatcher>> | undefined;
if (!process.env.SMTP_URL) {
  const dir = path.resolve(".data/mail");
  catcher = await startMailCatcher({ dir, port: Number(process.env.MAIL_CATCHER_PORT ?? 0) });
  Object.assign(mailEnv, { SMTP_URL: catcher.url, MAIL_CATCHER_DIR: dir });
  console.log(`▸ Mail is caught locally: read it at http://localhost:${port}/dev/mail`);
}

const appEnv = {
  DATABASE_URL: url,
  DATABASE_APP_URL: appUrl,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  ...mailEnv,
};
const worker = await startWorkerProcess({ ...appEnv, NODE_ENV: "development" });
console.log("▸ Email worker running (in production: `npm run worker`)");
const next = spawn("npx", ["next", "dev", "--port", port], { env: { ...process.env, ...appEnv }, stdio: "inherit" });

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await worker.stop();
  await catcher?.stop();
  await server.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
