import { randomBytes } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { addDays, localDateOf } from "~/lib/time-zones";
import { insertLargePractice, LARGE_PRACTICE, seedFullCaseloadPage } from "./bench-large-practice";
import { ms, percentile } from "./bench-stats";
import type { BenchRow } from "./bench-table";
import { startStatementProxy } from "./pg-statement-proxy";

// Cost that does not grow with the practice. The same requests against the demo practice (with its coach's first
// caseload page full) and then grown to a large one (scripts/lib/bench-large-practice.ts): statements per request, counted on the
// wire (scripts/lib/pg-statement-proxy.ts), and the median time, the small practice's figure being the floor.

const ZONE = "Europe/London";
const WARM_UP = 10;
const REQUESTS = 40;
const REQUEST_DEADLINE_MS = 30_000;

interface Target {
  figure: string;
  path: string;
  /** The user whose session the request carries; none for public pages. */
  signedInAs?: string;
}

function targets(): Target[] {
  const from = addDays(localDateOf(new Date(), ZONE), 1);
  return [
    {
      figure: "GET …/slots, 31 days",
      path:
        `/api/public/practices/northstar/coaches/maya-chen/slots` +
        `?from=${from}&to=${addDays(from, 30)}&timeZone=${encodeURIComponent(ZONE)}`,
    },
    { figure: "Coach booking page", path: `/book/northstar/maya-chen?tz=${encodeURIComponent(ZONE)}` },
    { figure: "Caseload first page, coach", path: "/p/northstar/caseload", signedInAs: "demo-user-maya" },
    { figure: "Caseload first page, owner", path: "/p/northstar/caseload", signedInAs: "demo-user-olivia" },
  ];
}

async function sessionCookie(databaseUrl: string, userId: string) {
  const token = randomBytes(32).toString("base64url");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`,
      [token, userId],
    );
  } finally {
    await client.end();
  }
  // The name Auth.js gives its cookie over plain http.
  return `authjs.session-token=${token}`;
}

/** A web server of the built app on `databaseUrl`, started and stopped by the caller (scripts/bench.ts). */
export type StartAppServer = (databaseUrl: string) => Promise<{ appUrl: string; stop(): Promise<void> }>;

interface Measured {
  statements: number;
  medianMs: number;
}

/**
 * Statements per request and median time of each target, on the demo practice and then on the large one, through
 * one server whose database connections all pass the statement-counting proxy.
 */
export async function benchPracticeGrowth(databaseUrl: string, startServer: StartAppServer): Promise<BenchRow[]> {
  const list = targets();
  const proxy = await startStatementProxy(databaseUrl);
  const server = await startServer(proxy.databaseUrl);
  try {
    const cookies = new Map<string, string>();
    for (const target of list)
      if (target.signedInAs && !cookies.has(target.signedInAs))
        cookies.set(target.signedInAs, await sessionCookie(databaseUrl, target.signedInAs));
    const measureAll = async (phase: number) => {
      const results: Measured[] = [];
      for (const [index, target] of list.entries()) {
        const request = requester(server.appUrl, target, cookies, phase * 16 + index);
        results.push(await measureTarget(request, proxy));
      }
      return results;
    };
    await seedFullCaseloadPage(databaseUrl);
    const small = await measureAll(0);
    const inserting = performance.now();
    await insertLargePractice(databaseUrl);
    const seconds = (performance.now() - inserting) / 1000;
    const large = await measureAll(1);
    console.log(
      `\nLarge practice: ${LARGE_PRACTICE}, inserted in ${seconds.toFixed(1)} s; ` +
        `${REQUESTS} requests each, one at a time, after ${WARM_UP} warm-ups`,
    );
    console.log(
      ["", "statements small", "large", "median small", "large"]
        .map((h, i) => (i ? h.padStart(17) : h.padEnd(30)))
        .join(""),
    );
    return list.flatMap((target, i) => {
      const [before, after] = [small[i]!, large[i]!];
      console.log(
        [
          target.figure.padEnd(30),
          before.statements.toFixed(1).padStart(17),
          after.statements.toFixed(1).padStart(17),
          ms(before.medianMs, 1).padStart(17),
          ms(after.medianMs, 1).padStart(17),
        ].join(""),
      );
      const figure = `${target.figure}, large practice`;
      return [
        {
          figure: `${figure}: SQL statements per request`,
          value: after.statements,
          unit: "statements",
          floor: { name: "demo practice", value: before.statements },
          higherIsBetter: false,
          note: "goal: the same count",
        },
        {
          figure: `${figure}: median time`,
          value: after.medianMs,
          unit: "ms",
          floor: { name: "demo practice", value: before.medianMs },
          higherIsBetter: false,
          note: "goal ≥ 83% (within 20%)",
        },
      ];
    });
  } finally {
    await server.stop();
    await proxy.stop();
  }
}

type Request = () => Promise<number>;

/** Sequential requests after a warm-up; statements counted over the measured ones only, so the cache is warm. */
async function measureTarget(request: Request, proxy: { statements(): number; reset(): void }): Promise<Measured> {
  for (let i = 0; i < WARM_UP; i++) await request();
  proxy.reset();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const at = performance.now();
    await request();
    times.push(performance.now() - at);
  }
  return { statements: proxy.statements() / REQUESTS, medianMs: percentile(times, 50) };
}

/**
 * A GET of `target` that throws on anything but a 200, each request from its own loopback address (127.3.x.y) so
 * the per-address rate limits of public reads never answer one of them.
 */
function requester(appUrl: string, target: Target, cookies: ReadonlyMap<string, string>, series: number): Request {
  const url = new URL(target.path, appUrl);
  const cookie = target.signedInAs ? cookies.get(target.signedInAs) : undefined;
  let n = 0;
  return () =>
    new Promise<number>((resolve, reject) => {
      n++;
      const request = http.get(
        {
          host: "127.0.0.1",
          port: url.port,
          path: `${url.pathname}${url.search}`,
          headers: cookie ? { cookie } : {},
          localAddress: `127.3.${series}.${(n % 250) + 1}`,
          agent: false,
          timeout: REQUEST_DEADLINE_MS,
        },
        (response) => {
          response.resume();
          response.on("end", () =>
            response.statusCode === 200
              ? resolve(response.statusCode)
              : reject(new Error(`GET ${target.path} answered ${response.statusCode}`)),
          );
        },
      );
      request.on("timeout", () =>
        request.destroy(new Error(`GET ${target.path}: no answer in ${REQUEST_DEADLINE_MS} ms`)),
      );
      request.on("error", reject);
    });
}
