import { ensureChromium } from "./lib/chromium";
import { startAppRuntime } from "./lib/app-runtime";
import { runStep } from "./lib/run-step";
import { startWorkerProcess } from "./lib/worker-process";

// `npm test`: typecheck, lint, format, unit + integration (Vitest, real PostgreSQL),
// then the production build end to end (Playwright in Debian's Chromium).
// `--only=unit` or `--only=e2e` runs one half.
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const runUnit = only !== "e2e";
const runE2e = only !== "unit";
const started = Date.now();
let exitCode = 0;

if (runE2e) ensureChromium();
const runtime = await startAppRuntime();
try {
  if (runUnit) {
    await runStep("Typecheck", "npx", ["tsc", "--noEmit"]);
    await runStep("Lint", "npx", ["eslint", "--max-warnings=0", "."]);
    await runStep("Format", "npx", ["prettier", "--check", "--log-level=warn", "."]);
    await runStep("Unit and integration tests", "npx", ["vitest", "run"], {
      TEST_DATABASE_SERVER_URL: runtime.serverUrl,
      TEST_TEMPLATE_DATABASE: runtime.template,
    });
  }
  if (runE2e) {
    await runStep("Production build", "npx", ["next", "build"], runtime.env);
    const worker = await startWorkerProcess({ ...runtime.env, NODE_ENV: "production" }, { quiet: true });
    try {
      await runStep("End-to-end tests (Playwright, Chromium)", "npx", ["playwright", "test"], {
        ...runtime.env,
        NODE_ENV: "production",
      });
    } finally {
      await worker.stop();
    }
  }
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await runtime.stop();
}
console.log(
  `\n${exitCode === 0 ? "✓ All checks passed" : "✗ Some checks failed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(exitCode);
