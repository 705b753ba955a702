import { chromium, type Browser } from "@playwright/test";
import type { BenchRow } from "./bench-table";
import { CHROMIUM_PATH } from "./debian-packages";

/** The App Router page that renders only a heading (src/app/(bench)/empty): the framework's own first-load JS. */
const EMPTY_PAGE_PATH = "/empty";
const PAGE_DEADLINE_MS = 60_000;

export interface PageScripts {
  files: number;
  /** Bytes on the wire (compressed). */
  transferred: number;
  uncompressed: number;
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

const DEMO_COACH = { practiceSlug: "northstar", coachSlug: "maya-chen" };
const REQUEST_DEADLINE_MS = 30_000;

/**
 * Books the demo coach's first free time through the public API and returns the booking's manage page (path and
 * token), the page behind the link in every booking email: it has no fixed address to list beside the others.
 */
export async function bookDemoSession(appUrl: string): Promise<string> {
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const { practiceSlug, coachSlug } = DEMO_COACH;
  const slotsUrl = `${appUrl}/api/public/practices/${practiceSlug}/coaches/${coachSlug}/slots?from=${from}&to=${to}&timeZone=UTC`;
  const slots = await fetch(slotsUrl, { signal: AbortSignal.timeout(REQUEST_DEADLINE_MS) });
  const [slot] = ((await slots.json()) as { slots?: Array<{ start: string }> }).slots ?? [];
  if (!slot) throw new Error(`The demo coach has no free time to book (${slots.status} from ${slotsUrl})`);
  const booked = await fetch(`${appUrl}/api/public/bookings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      ...DEMO_COACH,
      start: slot.start,
      name: "Page Weight",
      email: `page-weight-${Date.now().toString(36)}@example.com`,
      timeZone: "UTC",
    }),
    signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
  });
  if (booked.status !== 201)
    throw new Error(`Booking the demo coach answered ${booked.status}: ${await booked.text()}`);
  const manage = new URL(((await booked.json()) as { manageUrl: string }).manageUrl);
  return `${manage.pathname}${manage.search}`;
}

/** Every script a fresh browser (no cache) fetches to render `url`, until the network is idle. */
export async function firstLoadScripts(browser: Browser, url: string): Promise<PageScripts> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const scripts: Array<Promise<{ encoded: number; decoded: number }>> = [];
    tab.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      // A worker's script (the booking pages' time-zone worker) counts too; its body is not available to Playwright,
      // so its size on the wire stands for both (it is a few hundred bytes, sent uncompressed).
      const body = request.response().then((response) => response?.body().catch(() => undefined));
      scripts.push(
        Promise.all([request.sizes(), body]).then(([sizes, decoded]) => ({
          encoded: sizes.responseBodySize,
          decoded: decoded?.length ?? sizes.responseBodySize,
        })),
      );
    });
    await tab.goto(url, { waitUntil: "networkidle", timeout: PAGE_DEADLINE_MS });
    const sizes = await Promise.all(scripts);
    const total = (key: "encoded" | "decoded") => sizes.reduce((sum, size) => sum + size[key], 0);
    return { files: sizes.length, transferred: total("encoded"), uncompressed: total("decoded") };
  } finally {
    await context.close();
  }
}

/** A page's path on the app (query included), or that with a name where the path says nothing (a secret token). */
export type PageToWeigh = string | { name: string; path: string };

/**
 * First-load JavaScript of each page (`paths` on `appUrl`, query included) beside the empty App Router page of the
 * same build: what the framework ships anyway, so the ratio shows what the page itself adds.
 */
export async function benchPageWeight(appUrl: string, paths: readonly PageToWeigh[]): Promise<BenchRow[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const empty = await firstLoadScripts(browser, `${appUrl}${EMPTY_PAGE_PATH}`);
    const floor = { name: `empty page ${EMPTY_PAGE_PATH}`, value: kb(empty.transferred) };
    console.log("\nFirst-load JavaScript per page (fresh browser, no cache)");
    console.log("page".padEnd(28), "files".padStart(6), "transferred".padStart(14), "uncompressed".padStart(14));
    const rows: BenchRow[] = [];
    for (const each of [EMPTY_PAGE_PATH, ...paths]) {
      const path = typeof each === "string" ? each : each.path;
      const scripts = path === EMPTY_PAGE_PATH ? empty : await firstLoadScripts(browser, `${appUrl}${path}`);
      const page = typeof each === "string" ? path.split("?")[0]! : each.name;
      console.log(
        page.padEnd(28),
        String(scripts.files).padStart(6),
        `${kb(scripts.transferred)} kB`.padStart(14),
        `${kb(scripts.uncompressed)} kB`.padStart(14),
      );
      if (path === EMPTY_PAGE_PATH) continue;
      rows.push({
        figure: `First-load JS, transferred: ${page}`,
        value: kb(scripts.transferred),
        unit: "kB",
        floor,
        higherIsBetter: false,
        note: `${scripts.files} files, ${kb(scripts.uncompressed)} kB uncompressed; goal within 10% of the empty page`,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
