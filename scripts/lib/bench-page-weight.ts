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

/** Every script a fresh browser (no cache) fetches to render `url`, until the network is idle. */
export async function firstLoadScripts(browser: Browser, url: string): Promise<PageScripts> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const scripts: Array<Promise<{ encoded: number; decoded: number }>> = [];
    tab.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      scripts.push(
        Promise.all([request.sizes(), request.response().then((response) => response?.body())]).then(
          ([sizes, body]) => ({ encoded: sizes.responseBodySize, decoded: body?.length ?? 0 }),
        ),
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

/**
 * First-load JavaScript of each page (`paths` on `appUrl`, query included) beside the empty App Router page of the
 * same build: what the framework ships anyway, so the ratio shows what the page itself adds.
 */
export async function benchPageWeight(appUrl: string, paths: readonly string[]): Promise<BenchRow[]> {
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
    for (const path of [EMPTY_PAGE_PATH, ...paths]) {
      const scripts = path === EMPTY_PAGE_PATH ? empty : await firstLoadScripts(browser, `${appUrl}${path}`);
      const page = path.split("?")[0]!;
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
