import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";
import type { BenchRow } from "./bench-table";
import { CHROMIUM_PATH } from "./debian-packages";

/** A page to score: a short name for the table and its path on the app (query included). */
export interface LighthousePage {
  name: string;
  path: string;
  /** Kept out of search indexes on purpose (the manage page: its token is the only credential), which SEO marks down. */
  noindex?: boolean;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

interface LighthouseRun {
  scores: Record<Category, number>;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
}

// Scores swing with CPU load (the machine's cores are shared), so each page is run this often and the median kept.
const RUNS = 3;
// A Lighthouse run of one page takes 15–40 s on a loaded machine; past this it is stuck, not slow.
const RUN_DEADLINE_MS = 180_000;

/** The floor every page is scored against: the empty App Router page, what the framework itself costs. */
const EMPTY_PAGE: LighthousePage = { name: "empty page /empty", path: "/empty", noindex: true };

/**
 * Lighthouse (mobile preset, Debian's Chromium) on the empty page and each page, the median of three runs, each
 * figure beside the empty page's. The pages' first-load JavaScript, against the same page, is bench-page-weight.ts's.
 */
export async function benchLighthouse(appUrl: string, pages: LighthousePage[]): Promise<BenchRow[]> {
  console.log(`\nLighthouse, mobile preset, median of ${RUNS} runs (load average ${loadAverage()})`);
  const score = async (page: LighthousePage) => {
    const runs: LighthouseRun[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await runLighthouse(`${appUrl}${page.path}`));
    const result = medianRun(runs);
    console.log(
      `  ${page.name}: ${CATEGORIES.map((category) => `${category} ${result.scores[category]}`).join(", ")}; ` +
        `TBT ${result.totalBlockingTimeMs} ms, CLS ${result.cumulativeLayoutShift} ` +
        `(runs: ${runs.map((each) => each.scores.performance).join("/")}; load ${loadAverage()})`,
    );
    return result;
  };
  const empty = await score(EMPTY_PAGE);
  const floor = (value: number) => ({ name: EMPTY_PAGE.name, value });
  const rows: BenchRow[] = [];
  for (const page of pages) {
    const result = await score(page);
    rows.push(
      ...CATEGORIES.map((category) => ({
        figure: `Lighthouse ${category}: ${page.name}`,
        value: result.scores[category],
        unit: "score",
        // The empty page is kept out of search indexes, so its SEO score is no floor.
        floor: category === "seo" ? null : floor(empty.scores[category]),
        higherIsBetter: true,
        note: category === "performance" ? "goal ≥ 95" : scoreGoal(category, page),
      })),
      {
        figure: `Total blocking time: ${page.name}`,
        value: result.totalBlockingTimeMs,
        unit: "ms",
        floor: floor(empty.totalBlockingTimeMs),
        higherIsBetter: false,
        note: "goal < 200 ms",
      },
      {
        figure: `Cumulative layout shift: ${page.name}`,
        value: result.cumulativeLayoutShift,
        unit: "CLS",
        floor: null,
        higherIsBetter: false,
        note: "goal < 0.05",
      },
    );
  }
  return rows;
}

function scoreGoal(category: Category, page: LighthousePage) {
  return category === "seo" && page.noindex ? "noindex on purpose, so below 100 by design" : "goal 100";
}

/** Per figure, the median of the runs (each figure on its own: one noisy run moves none of them). */
function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))]),
    ) as Record<Category, number>,
    totalBlockingTimeMs: median(runs.map((run) => run.totalBlockingTimeMs)),
    cumulativeLayoutShift: median(runs.map((run) => run.cumulativeLayoutShift)),
  };
}

async function runLighthouse(url: string): Promise<LighthouseRun> {
  const report = await runCommandForOutput(
    path.join("node_modules", ".bin", "lighthouse"),
    [
      url,
      `--only-categories=${CATEGORIES.join(",")}`,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
    ],
    { ...process.env, CHROME_PATH: CHROMIUM_PATH },
  );
  const parsed = JSON.parse(report) as {
    categories: Record<Category, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
  };
  if (parsed.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${parsed.runtimeError.message}`);
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((parsed.categories[category].score ?? 0) * 100)]),
    ) as Record<Category, number>,
    totalBlockingTimeMs: Math.round(parsed.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
    cumulativeLayoutShift: Number((parsed.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN).toFixed(3)),
  };
}

function runCommandForOutput(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const deadline = setTimeout(() => child.kill("SIGKILL"), RUN_DEADLINE_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(deadline);
      if (code === 0) resolve(Buffer.concat(stdout).toString("utf8"));
      else reject(new Error(`${command} ended with ${signal ?? code}: ${Buffer.concat(stderr).toString("utf8")}`));
    });
  });
}

function loadAverage() {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
}
