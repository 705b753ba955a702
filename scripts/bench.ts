import "./lib/production-mode";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import pg from "pg";
import { appRoleUrl } from "./lib/app-role";
import { startAppRuntime } from "./lib/app-runtime";
import { benchCalendars } from "./lib/bench-calendars";
import { benchCaseload } from "./lib/bench-caseload";
import { benchEmailDelivery } from "./lib/bench-email";
import { benchPracticeGrowth, type StartAppServer } from "./lib/bench-practice-growth";
import { benchLighthouse } from "./lib/bench-lighthouse";
import { benchPageWeight, bookDemoSession } from "./lib/bench-page-weight";
import { benchSlotEngine } from "./lib/bench-slot-engine";
import { benchSlotsApi } from "./lib/bench-slots-api";
import type { BenchRow } from "./lib/bench-table";
import { formatBenchMarkdown, formatBenchTable, type BenchMachine } from "./lib/bench-table-print";
import { ensureChromium } from "./lib/debian-packages";
import { freePort } from "./lib/postgres";
import { runStep } from "./lib/run-step";

// `npm run bench`: measured figures, each beside a floor measured in the same run, printed as one table at the end
// (and as Markdown with --markdown=<file>, for README). Nothing here asserts a threshold.

// The booking pages use the demo practice; the manage page is a booking made for the run (its link holds a secret).
const PAGES = [
  "/",
  "/signin",
  "/signin/check-email",
  "/signin/confirm?token=abcdefghijklmnopqrstuvwxyz&email=a%40example.com",
  "/book/northstar",
  "/book/northstar/maya-chen?tz=Europe/London",
];
const LIGHTHOUSE_PAGES = [
  { name: "coach booking page", path: "/book/northstar/maya-chen" },
  { name: "practice page", path: "/book/northstar" },
  { name: "sign-in page", path: "/signin" },
];
const lighthousePages = (managePath: string) => [
  ...LIGHTHOUSE_PAGES,
  { name: "manage page", path: managePath, noindex: true },
];
const SERVER_START_DEADLINE_MS = 60_000;

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

type Figure = (env: Record<string, string>) => Promise<BenchRow[]>;

// `npm run bench -- --only=email` (or another of these) measures that figure alone: no build, no browser. `growth`
// `lighthouse` and `slots` run the app as last built (`npx next build`) on freshly seeded demo data.
const STANDALONE: Record<string, Figure> = {
  email: benchEmailDelivery,
  caseload: benchCaseload,
  calendars: benchCalendars,
  engine: benchSlotEngine,
  growth: async (env) => {
    await runStep("Demo data", "npx", ["tsx", "prisma/seed.ts"], env);
    return benchPracticeGrowth(env.DATABASE_URL!, appServerStarter(env));
  },
  lighthouse: (env) =>
    onBuiltApp(env, async (appUrl) => {
      ensureChromium();
      return benchLighthouse(appUrl, lighthousePages(await bookDemoSession(appUrl)));
    }),
  slots: (env) => onBuiltApp(env, (appUrl) => benchSlotsApi(Number(new URL(appUrl).port), env)),
};

/** Seeds the demo data and runs `measure` against the app as last built. */
async function onBuiltApp(env: Record<string, string>, measure: (appUrl: string) => Promise<BenchRow[]>) {
  await runStep("Demo data", "npx", ["tsx", "prisma/seed.ts"], env);
  const server = await appServerStarter(env)(env.DATABASE_URL!);
  try {
    return await measure(server.appUrl);
  } finally {
    await server.stop();
  }
}

const only = option("only");
if (only && !STANDALONE[only]) {
  console.error(`Unknown --only=${only}; choose one of: ${Object.keys(STANDALONE).join(", ")}`);
  process.exit(1);
}

const loadBefore = loadavg();
const runtime = await startAppRuntime();
const rows: BenchRow[] = [];
try {
  if (only) rows.push(...(await STANDALONE[only]!(runtime.env)));
  else await benchEverything();
  const machine = await describeThisMachine(runtime.serverUrl, loadBefore);
  console.log(`\n${formatBenchTable(rows, machine)}`);
  const markdown = option("markdown");
  if (markdown) writeFileSync(markdown, formatBenchMarkdown(rows, machine));
} finally {
  await runtime.stop();
}
// Whatever the in-process figures left open (database pools, timers) must not keep a finished run waiting.
process.exit(0);

async function benchEverything() {
  ensureChromium();
  await runStep("Demo data", "npx", ["tsx", "prisma/seed.ts"], runtime.env);
  await runStep("Production build", "npx", ["next", "build"], runtime.env);
  const startServer = appServerStarter(runtime.env);
  const server = await startServer(runtime.env.DATABASE_URL);
  try {
    const managePath = await bookDemoSession(server.appUrl);
    rows.push(
      ...(await benchPageWeight(server.appUrl, [
        ...PAGES,
        { name: "/bookings/[uid] (manage page)", path: managePath },
      ])),
    );
    rows.push(...(await benchLighthouse(server.appUrl, lighthousePages(managePath))));
    rows.push(...(await benchSlotsApi(Number(new URL(server.appUrl).port), runtime.env)));
  } finally {
    await server.stop();
  }
  // With the web server gone, so they do not compete for the CPU.
  rows.push(...(await benchEmailDelivery(runtime.env)));
  rows.push(...(await benchCaseload(runtime.env)));
  rows.push(...(await benchCalendars(runtime.env)));
  // Last of those that need the app: it grows the demo practice that the figures above read.
  rows.push(...(await benchPracticeGrowth(runtime.env.DATABASE_URL, startServer)));
  rows.push(...(await benchSlotEngine())); // last, with nothing else running
}

/**
 * The production entry (`npm start`), which records each request's socket address for the rate limits, run as a
 * child of this process itself (tsx as a loader, not npx) so that stopping the child stops the server.
 */
function appServerStarter(env: Record<string, string>): StartAppServer {
  return async (databaseUrl) => {
    const port = await freePort();
    const appUrl = `http://localhost:${port}`;
    const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(port)], {
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: databaseUrl,
        DATABASE_APP_URL: appRoleUrl(databaseUrl),
        APP_URL: appUrl,
        NODE_ENV: "production",
      },
      stdio: "ignore",
    });
    const stop = async () => {
      if (server.exitCode === null && server.kill("SIGTERM")) await once(server, "exit");
    };
    try {
      await waitForServer(appUrl);
    } catch (error) {
      await stop();
      throw error;
    }
    return { appUrl, stop };
  };
}

async function waitForServer(url: string) {
  const deadline = Date.now() + SERVER_START_DEADLINE_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer at ${url} within ${SERVER_START_DEADLINE_MS / 1000} s`);
}

async function describeThisMachine(serverUrl: string, before: number[]): Promise<BenchMachine> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    return {
      cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.versions.node,
      postgres: version[0]!.server_version,
      loadBefore: before,
      loadAfter: loadavg(),
    };
  } finally {
    await client.end();
  }
}
