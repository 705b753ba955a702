import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { ensureChromium } from "./lib/chromium";
import { acquireDatabaseServer } from "./lib/database-server";
import { startMailCatcher } from "./lib/mail-catcher";
import { createDatabase, databaseUrl, dropDatabase, freePort } from "./lib/postgres";
import { migrateDeploy } from "./lib/prisma-cli";

// `npm test`: typecheck, lint, format, unit + integration (Vitest, real PostgreSQL),
// then the production build end to end (Playwright in Debian's Chromium).
// `--only=unit` or `--only=e2e` runs one half.
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const runUnit = only !== "e2e";
const runE2e = only !== "unit";
const started = Date.now();

// Asynchronous on purpose: the SMTP catcher runs in this process and must keep
// answering while the tests run.
async function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  const at = Date.now();
  console.log(`\n▸ ${title}`);
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (status !== 0) {
    console.error(`\n✗ ${title} failed`);
    throw new Error(`${title} failed`);
  }
  console.log(`  ${title} took ${((Date.now() - at) / 1000).toFixed(1)} s`);
}

if (runE2e) ensureChromium();
if (runUnit) {
  await step("Typecheck", "npx", ["tsc", "--noEmit"]);
  await step("Lint", "npx", ["eslint", "--max-warnings=0", "."]);
  await step("Format", "npx", ["prettier", "--check", "--log-level=warn", "."]);
}

const server = await acquireDatabaseServer("scratch");
const suffix = `${process.pid}_${randomBytes(3).toString("hex")}`;
const template = `fieldnotes_template_${suffix}`;
const e2eDatabase = `fieldnotes_e2e_${suffix}`;
const mailDir = mkdtempSync(path.join(tmpdir(), "fieldnotes-e2e-mail-"));
let exitCode = 0;
try {
  await createDatabase(server.serverUrl, template);
  migrateDeploy(databaseUrl(server.serverUrl, template));

  if (runUnit) {
    await step("Unit and integration tests", "npx", ["vitest", "run"], {
      TEST_DATABASE_SERVER_URL: server.serverUrl,
      TEST_TEMPLATE_DATABASE: template,
    });
  }

  if (runE2e) {
    await createDatabase(server.serverUrl, e2eDatabase, template);
    const catcher = await startMailCatcher({ dir: mailDir });
    const port = await freePort();
    const runtime = {
      DATABASE_URL: databaseUrl(server.serverUrl, e2eDatabase),
      SMTP_URL: catcher.url,
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      E2E_MAIL_DIR: mailDir,
      E2E_PORT: String(port),
    };
    try {
      await step("Production build", "npx", ["next", "build"], runtime);
      await step("End-to-end tests (Playwright, Chromium)", "npx", ["playwright", "test"], {
        ...runtime,
        NODE_ENV: "production",
      });
    } finally {
      await catcher.stop();
    }
  }
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  if (!server.embedded) {
    await dropDatabase(server.serverUrl, e2eDatabase).catch(() => {});
    await dropDatabase(server.serverUrl, template).catch(() => {});
  }
  await server.stop();
  rmSync(mailDir, { recursive: true, force: true });
}
console.log(
  `\n${exitCode === 0 ? "✓ All checks passed" : "✗ Some checks failed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(exitCode);
