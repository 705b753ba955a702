import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E_GOOGLE, E2E_GOOGLE_ENV } from "../e2e/support/google";
import { E2E_RADICALE } from "../e2e/support/radicale";
import { ensureChromium, ensureNginx, ensureRadicale } from "./lib/debian-packages";
import { startAppRuntime } from "./lib/app-runtime";
import { runStep } from "./lib/run-step";
import {
  buildRun,
  formatRun,
  lintRun,
  playwrightFailingFixture,
  playwrightRun,
  proveFailingTestFails,
  typecheckRun,
  vitestFailingFixture,
  vitestRun,
  type RunnerInvocation,
} from "./lib/test-runners";
import { startWorkerProcess } from "./lib/worker-process";

// `npm test`: typecheck, lint, format, unit + integration (Vitest, real PostgreSQL),
// then the production build end to end (Playwright in Debian's Chromium).
// `--only=unit` or `--only=e2e` runs one half; `npm run test:e2e -- e2e/home.spec.ts` runs the named spec files only.
// A step passes on its exit status and its runner's own report (scripts/lib/test-runners.ts), and
// before Vitest and Playwright run the suite, a fixture that fails on purpose must fail them.
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const runUnit = only !== "e2e";
const runE2e = only !== "unit";
const e2eSpecs = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const started = Date.now();
const reports = mkdtempSync(path.join(tmpdir(), "fieldnotes-reports-"));
const report = (name: string) => path.join(reports, `${name}.json`);
const step = (title: string, run: RunnerInvocation) => runStep(title, run.command, run.args, run.env, run.report);
let exitCode = 0;

/** Waits for every step, so each one's failure is printed, then fails if any did. */
async function allSteps(steps: Promise<void>[]) {
  const failed = (await Promise.allSettled(steps)).filter((outcome) => outcome.status === "rejected");
  if (failed.length > 0) throw new Error(failed.map((outcome) => (outcome.reason as Error).message).join("; "));
}

if (runE2e) {
  ensureChromium();
  ensureNginx();
}
ensureRadicale();
const runtime = await startAppRuntime();
try {
  if (runUnit) {
    // Each of the three is single-threaded, so on two cores they take the time of the slowest.
    await allSteps([
      step("Typecheck", typecheckRun()),
      step("Lint", lintRun(report("eslint"))),
      step("Format", formatRun()),
    ]);
    const vitestEnv = { TEST_DATABASE_SERVER_URL: runtime.serverUrl, TEST_TEMPLATE_DATABASE: runtime.template };
    await proveFailingTestFails(
      "A failing test fails Vitest",
      vitestFailingFixture(vitestRun(report("vitest-fixture"), vitestEnv)),
    );
    // The build beside them: Vitest waits on the database much of the time, which leaves a core for the compiler.
    await allSteps([
      step("Unit and integration tests", vitestRun(report("vitest"), vitestEnv)),
      ...(runE2e ? [step("Production build", buildRun(runtime.env))] : []),
    ]);
  }
  if (runE2e) {
    // The worker reads the e2e Radicale and Google double too ("Refresh now"), so it gets the app server's settings.
    const e2eEnv = {
      ...runtime.env,
      NODE_ENV: "production",
      ...E2E_GOOGLE_ENV,
      OUTBOUND_ALLOWED_HOSTS: `${E2E_RADICALE.hostPort},${E2E_GOOGLE.hostPort}`,
    };
    await proveFailingTestFails(
      "A failing test fails Playwright",
      playwrightFailingFixture(playwrightRun(report("playwright-fixture"), e2eEnv)),
    );
    if (!runUnit) await step("Production build", buildRun(runtime.env));
    const worker = await startWorkerProcess(e2eEnv, { quiet: true });
    try {
      await step("End-to-end tests (Playwright, Chromium)", playwrightRun(report("playwright"), e2eEnv, e2eSpecs));
    } finally {
      await worker.stop();
    }
  }
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await runtime.stop();
  rmSync(reports, { recursive: true, force: true });
}
console.log(
  `\n${exitCode === 0 ? "✓ All checks passed" : "✗ Some checks failed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(exitCode);
