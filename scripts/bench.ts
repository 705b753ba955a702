import { spawn } from "node:child_process";
import { once } from "node:events";
import { chromium } from "@playwright/test";
import { CHROMIUM_PATH, ensureChromium } from "./lib/debian-packages";
import { startAppRuntime } from "./lib/app-runtime";
import { benchCalendars } from "./lib/bench-calendars";
import { benchCaseload } from "./lib/bench-caseload";
import { benchEmailDelivery } from "./lib/bench-email";
import { benchSlotEngine } from "./lib/bench-slot-engine";
import { benchSlotsApi } from "./lib/bench-slots-api";
import { runStep } from "./lib/run-step";

// `npm run bench`: measured figures, printed. Nothing here asserts a threshold.
// First-load JavaScript: what a fresh visitor's browser downloads to render each page (the booking
// pages use the demo practice; the manage page needs a booking's secret token and is left out).
const PAGES = [
  "/",
  "/signin",
  "/signin/check-email",
  "/signin/confirm?token=abcdefghijklmnopqrstuvwxyz&email=a%40example.com",
  "/book/northstar",
  "/book/northstar/maya-chen?tz=Europe/London",
];

// `npm run bench -- --only=email` (or `--only=caseload`, `--only=calendars`) measures that figure alone (no build,
// no browser).
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const STANDALONE: Record<string, (env: Record<string, string>) => Promise<unknown>> = {
  email: benchEmailDelivery,
  caseload: benchCaseload,
  calendars: benchCalendars,
};

if (only) {
  const bench = STANDALONE[only];
  if (!bench) {
    console.error(`Unknown --only=${only}; choose one of: ${Object.keys(STANDALONE).join(", ")}`);
    process.exit(1);
  }
  const runtime = await startAppRuntime();
  try {
    await bench(runtime.env);
  } finally {
    await runtime.stop();
  }
  process.exit(0);
}

ensureChromium();
const runtime = await startAppRuntime();
try {
  await runStep("Demo data", "npx", ["tsx", "prisma/seed.ts"], runtime.env);
  await runStep("Production build", "npx", ["next", "build"], runtime.env);
  // The production entry (`npm start`), which records each request's socket address for the rate limits, run in
  // this child itself (tsx as a loader, not npx) so that killing the child stops the server.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(runtime.port)], {
    env: { ...process.env, ...runtime.env, NODE_ENV: "production" },
    stdio: "ignore",
  });
  try {
    await waitForServer(runtime.env.APP_URL);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    console.log("\nFirst-load JavaScript per page (fresh browser, no cache)");
    console.log("page".padEnd(28), "files".padStart(6), "transferred".padStart(14), "uncompressed".padStart(14));
    for (const page of PAGES) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const scripts: Array<Promise<{ encoded: number; decoded: number }>> = [];
      tab.on("requestfinished", (request) => {
        if (request.resourceType() !== "script") return;
        scripts.push(
          Promise.all([request.sizes(), request.response().then((r) => r?.body())]).then(([sizes, body]) => ({
            encoded: sizes.responseBodySize,
            decoded: body?.length ?? 0,
          })),
        );
      });
      await tab.goto(`${runtime.env.APP_URL}${page}`, { waitUntil: "networkidle" });
      const sizes = await Promise.all(scripts);
      const total = (key: "encoded" | "decoded") => sizes.reduce((sum, size) => sum + size[key], 0);
      console.log(
        page.split("?")[0]!.padEnd(28),
        String(sizes.length).padStart(6),
        kb(total("encoded")).padStart(14),
        kb(total("decoded")).padStart(14),
      );
      await context.close();
    }
    await browser.close();
    await benchSlotsApi(runtime.port, runtime.env);
  } finally {
    if (server.exitCode === null && server.kill("SIGTERM")) await once(server, "exit");
  }
  // With the web server gone, so they do not compete for the CPU.
  await benchEmailDelivery(runtime.env);
  await benchCaseload(runtime.env);
  await benchCalendars(runtime.env);
} finally {
  await runtime.stop();
}
benchSlotEngine(); // last, with the server gone, so nothing else competes for the CPU

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${url}/signin`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start");
}
