import path from "node:path";
import type { JSONReport } from "@playwright/test/reporter";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import type { JsonTestResults } from "vitest/reporters";
import { eslintVerdict, formatVerdict, playwrightVerdict, typecheckVerdict, vitestVerdict } from "./runner-reports";

const file = (name: string) => path.join(process.cwd(), name);

function vitestReport(testResults: Array<{ name: string; status: string; message?: string; tests: string[][] }>) {
  const tests = testResults.flatMap((result) => result.tests);
  return {
    numTotalTests: tests.length,
    numPassedTests: tests.filter(([, status]) => status === "passed").length,
    numPendingTests: tests.filter(([, status]) => status === "skipped").length,
    numTodoTests: 0,
    success: testResults.every((result) => result.status === "passed") && testResults.length > 0,
    testResults: testResults.map((result) => ({
      name: file(result.name),
      status: result.status,
      message: result.message ?? "",
      assertionResults: result.tests.map(([fullName, status]) => ({ fullName, status })),
    })),
  } as unknown as JsonTestResults;
}

describe("vitestVerdict", () => {
  it("passes a run whose every file passed, and says what ran", () => {
    const verdict = vitestVerdict(
      vitestReport([
        {
          name: "a.test.ts",
          status: "passed",
          tests: [
            ["adds", "passed"],
            ["later", "skipped"],
          ],
        },
      ]),
    );
    expect(verdict).toEqual({ problems: [], summary: "1 files, 1 tests passed, 1 skipped" });
  });

  it("names each failed test, and a file that failed without a failed test (an import or hook error)", () => {
    const verdict = vitestVerdict(
      vitestReport([
        {
          name: "a.test.ts",
          status: "failed",
          tests: [
            ["adds", "passed"],
            ["caseload > reads", "failed"],
          ],
        },
        { name: "b.test.ts", status: "failed", message: "Cannot find module './gone'", tests: [] },
        { name: "c.test.ts", status: "passed", tests: [["works", "passed"]] },
      ]),
    );
    expect(verdict.problems).toEqual(["a.test.ts › caseload > reads", "b.test.ts: Cannot find module './gone'"]);
  });

  it("fails a run that ran nothing, or that the report calls unsuccessful for another reason", () => {
    expect(vitestVerdict(vitestReport([])).problems).toEqual(["Vitest ran no tests."]);
    const describeHookFailed = {
      ...vitestReport([{ name: "a.test.ts", status: "passed", tests: [["adds", "passed"]] }]),
      success: false,
    };
    expect(vitestVerdict(describeHookFailed).problems).toEqual(["Vitest's report says the run did not succeed."]);
  });
});

describe("playwrightVerdict", () => {
  const stats = { startTime: "", duration: 1, expected: 3, unexpected: 0, flaky: 0, skipped: 1 };
  const spec = (title: string, ok: boolean) => ({ title, ok, file: "journey.spec.ts", tests: [] });

  it("passes when every spec is ok", () => {
    const report = { errors: [], stats, suites: [{ specs: [spec("signs up", true)], suites: [] }] };
    expect(playwrightVerdict(report as unknown as JSONReport)).toEqual({
      problems: [],
      summary: "3 tests passed, 0 flaky, 1 skipped",
    });
  });

  it("names failed specs in nested suites and errors outside any test (a web server that did not start)", () => {
    const report = {
      errors: [{ message: "Error: Timed out waiting 120000ms from config.webServer.\n    at …" }],
      stats: { ...stats, unexpected: 1 },
      suites: [{ specs: [spec("signs up", true)], suites: [{ specs: [spec("books a session", false)] }] }],
    };
    expect(playwrightVerdict(report as unknown as JSONReport).problems).toEqual([
      "Error: Timed out waiting 120000ms from config.webServer.",
      "journey.spec.ts › books a session",
    ]);
  });

  it("fails a run with no test that ran", () => {
    const report = { errors: [], stats: { ...stats, expected: 0 }, suites: [] };
    expect(playwrightVerdict(report as unknown as JSONReport).problems).toEqual(["Playwright ran no tests."]);
  });
});

describe("eslintVerdict", () => {
  it("lists warnings as well as errors, and fails when nothing was linted", () => {
    const results = [
      { filePath: file("src/a.ts"), messages: [] },
      {
        filePath: file("src/b.ts"),
        messages: [{ line: 3, column: 7, message: "'x' is unused.", ruleId: "no-unused" }],
      },
    ];
    expect(eslintVerdict(results as unknown as ESLint.LintResult[]).problems).toEqual([
      "src/b.ts:3:7 'x' is unused. (no-unused)",
    ]);
    expect(eslintVerdict([]).problems).toEqual(["ESLint linted no files."]);
  });
});

describe("typecheckVerdict", () => {
  it("lists type errors and requires tsc to say it checked files", () => {
    const output = "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.\nFiles:  1981\n";
    expect(typecheckVerdict(output)).toEqual({
      problems: ["src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."],
      summary: "1981 files",
    });
    expect(typecheckVerdict("").problems).toEqual(["tsc reported no files checked."]);
  });
});

describe("formatVerdict", () => {
  it("lists unformatted files and requires Prettier's confirmation", () => {
    expect(formatVerdict("Checking formatting...\nAll matched files use Prettier code style!\n").problems).toEqual([]);
    const unformatted = "Checking formatting...\n[warn] src/a.ts\n[warn] Code style issues found in the above file.\n";
    expect(formatVerdict(unformatted).problems).toEqual(["[warn] src/a.ts"]);
    expect(formatVerdict("").problems).toEqual(["Prettier did not confirm that every file is formatted."]);
  });
});
