import path from "node:path";
import { defineConfig } from "vitest/config";

const TESTS = ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "emails/**/*.test.{ts,tsx}", "prisma/**/*.test.ts"];
// `npm test` first runs this same configuration on a fixture that fails on purpose and requires the
// run to fail (scripts/lib/test-runners.ts); only the file list differs.
const FAILING_FIXTURE = ["scripts/fixtures/failing.vitest-fixture.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "~": path.resolve(import.meta.dirname, "src"),
      "@emails": path.resolve(import.meta.dirname, "emails"),
      // `server-only` throws outside React Server Components; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "src/lib/empty-module.ts"),
    },
  },
  esbuild: { jsx: "automatic" },
  test: {
    environment: "node",
    include: process.env.VITEST_FAILING_FIXTURE === "1" ? FAILING_FIXTURE : TESTS,
    globalSetup: ["src/test/global-setup.ts"],
    setupFiles: ["src/test/per-file-setup.ts"],
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // Sized for a 2-core machine that is also building or testing something else: the caseload
    // test, 3.5 s alone, ran past 20 s there. A hang still fails, just later.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
