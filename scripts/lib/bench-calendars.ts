import { performance } from "node:perf_hooks";
import { CALENDARSERVER, dav, propfindBody } from "~/modules/calendars/server/webdav-xml";
import {
  etagOf,
  startCountingProxy,
  startFeedServer,
  type CountingServer,
  type Exchange,
} from "./counting-http-servers";
import { ensureRadicale } from "./debian-packages";
import type { PrismaClient } from "~/server/db/generated/client";
import type { BenchRow } from "./bench-table";
import { startRadicale, type RunningRadicale } from "./radicale";
import { countSqlStatements } from "./sql-statements";

// The cost of the worker's refresh when nobody's calendar changed: 100 coaches with an iCalendar feed, 100 with a
// CalDAV calendar on Radicale, each kind refreshed by refreshDueCalendars (what the worker runs every minute) after
// a first pass has read everything. Beside it, the floor: the same number of the same small requests sent with
// fetch, as many at once, with no database. The servers run in this process, and count every exchange.

const COACHES_PER_KIND = 100;
const RUNS = 5;
/** refreshDueCalendars reads this many connections at once (PARALLEL_READS). */
const IN_PARALLEL = 8;
const REQUEST_TIMEOUT_MS = 10_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// calendarVersion's question: what an unchanged CalDAV calendar costs.
const VERSION_PROPFIND = propfindBody([
  dav("resourcetype"),
  dav("sync-token"),
  { namespace: CALENDARSERVER, name: "getctag" },
]);

type Kind = "ICS_FEED" | "CALDAV";

interface CalendarUnderTest {
  kind: Kind;
  label: string;
  server: CountingServer;
  /** What the refresh should cost an unchanged calendar: one request, answered like this. */
  unchangedAnswer: { describe: string; matches: (exchange: Exchange) => boolean };
  /** The floor's requests, one per calendar. */
  floorRequests: Array<() => Promise<Response>>;
}

const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");

/** A coach's few events: a weekly meeting and two one-offs, in UTC, from `dayMs` (a UTC midnight) on. */
function coachEvents(coach: number, dayMs: number): string[][] {
  const event = (uid: string, startMs: number, minutes: number, extra: string[] = []) => [
    "BEGIN:VEVENT",
    `UID:${uid}-${coach}@bench.example`,
    `DTSTAMP:${utcStamp(dayMs)}`,
    `DTSTART:${utcStamp(startMs)}`,
    `DTEND:${utcStamp(startMs + minutes * 60_000)}`,
    "SUMMARY:Busy",
    ...extra,
    "END:VEVENT",
  ];
  return [
    event("weekly", dayMs + (coach % 5) * DAY_MS + 8 * HOUR_MS, 60, ["RRULE:FREQ=WEEKLY"]),
    event("dentist", dayMs + 2 * DAY_MS + 13 * HOUR_MS, 60),
    event("workshop", dayMs + 9 * DAY_MS + 15 * HOUR_MS, 30),
  ];
}

const vcalendar = (events: string[][]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fieldnotes bench//EN", ...events.flat(), "END:VCALENDAR", ""].join(
    "\r\n",
  );

/** Runs requests IN_PARALLEL at a time; seconds for all of them. */
async function timeInLanes(requests: Array<() => Promise<unknown>>) {
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < requests.length) await requests[next++]!();
  };
  await Promise.all(Array.from({ length: IN_PARALLEL }, lane));
  return (performance.now() - started) / 1000;
}

const expecting = (status: number, send: () => Promise<Response>) => async () => {
  const response = await send();
  await response.arrayBuffer();
  if (response.status !== status) throw new Error(`the floor's request answered ${response.status}, not ${status}`);
  return response;
};

/** Calendars whose whole refresh was a single exchange answered as an unchanged calendar should be. */
function unchangedInOneRequest(exchanges: readonly Exchange[], matches: (exchange: Exchange) => boolean) {
  const byPath = new Map<string, Exchange[]>();
  for (const exchange of exchanges) byPath.set(exchange.path, [...(byPath.get(exchange.path) ?? []), exchange]);
  return [...byPath.values()].filter((sent) => sent.length === 1 && matches(sent[0]!)).length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const sum = (exchanges: readonly Exchange[]) => exchanges.reduce((total, exchange) => total + exchange.bytes, 0);

/** 100 coaches with a feed each on `feedServer`, 100 with a Radicale calendar each, reached through `proxy`. */
async function seedCoaches(
  db: PrismaClient,
  servers: { feedServer: CountingServer; proxy: CountingServer; radicale: RunningRadicale },
  feeds: ReadonlyMap<string, string>,
  firstDayMs: number,
) {
  const { feedServer, proxy, radicale } = servers;
  const { createBookableCoach, createCalendarConnection, createPractice } = await import("../../prisma/factories");
  const { practice } = await createPractice(db);
  const newCoach = async () => (await createBookableCoach(db, practice.id)).profile;
  for (const path of feeds.keys()) {
    const url = `${feedServer.origin}${path}`;
    await createCalendarConnection(db, await newCoach(), { kind: "ICS_FEED", credentials: { url } });
  }
  const account = { serverUrl: `${proxy.origin}/`, username: radicale.username, password: radicale.password };
  const calendarUrls: string[] = [];
  for (let n = 0; n < COACHES_PER_KIND; n++) {
    const direct = await radicale.createCalendar(`coach-${n}`, { displayName: `Coach ${n}` });
    for (const [i, event] of coachEvents(n, firstDayMs).entries())
      await radicale.putObject(direct, `event-${i}.ics`, vcalendar([event]));
    const calendarUrl = new URL(new URL(direct).pathname, proxy.origin).href;
    calendarUrls.push(calendarUrl);
    await createCalendarConnection(db, await newCoach(), { kind: "CALDAV", credentials: account, calendarUrl });
  }
  // Each kind is refreshed in passes of its own.
  await db.calendarConnection.updateMany({ data: { nextRefreshAt: new Date(Date.now() + 365 * DAY_MS) } });
  return { account, calendarUrls };
}

function calendarsUnderTest(
  servers: { feedServer: CountingServer; proxy: CountingServer },
  feeds: ReadonlyMap<string, string>,
  caldav: { account: { username: string; password: string }; calendarUrls: string[] },
): CalendarUnderTest[] {
  const { username, password } = caldav.account;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  return [
    {
      kind: "ICS_FEED",
      label: "iCalendar feeds",
      server: servers.feedServer,
      unchangedAnswer: { describe: "answered 304", matches: (exchange) => exchange.status === 304 },
      floorRequests: [...feeds].map(([path, body]) =>
        expecting(304, () =>
          fetch(`${servers.feedServer.origin}${path}`, {
            headers: { "if-none-match": etagOf(body) },
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          }),
        ),
      ),
    },
    {
      kind: "CALDAV",
      label: "CalDAV (Radicale)",
      server: servers.proxy,
      unchangedAnswer: {
        describe: "one PROPFIND",
        matches: (exchange) => exchange.method === "PROPFIND" && exchange.depth === "0" && exchange.status === 207,
      },
      floorRequests: caldav.calendarUrls.map((url) =>
        expecting(207, () =>
          fetch(url, {
            method: "PROPFIND",
            headers: { authorization, depth: "0", "content-type": "application/xml; charset=utf-8" },
            body: VERSION_PROPFIND,
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          }),
        ),
      ),
    },
  ];
}

/** `appEnv`: a migrated database and app settings (scripts/lib/app-runtime.ts). */
export async function benchCalendars(appEnv: Record<string, string>): Promise<BenchRow[]> {
  ensureRadicale();
  Object.assign(process.env, appEnv); // src/env.ts reads these when the app modules load below
  const [{ prisma }, { refreshDueCalendars }] = await Promise.all([
    import("~/server/db/client"),
    import("~/modules/calendars/server/calendar-refresh-runs"),
  ]);
  const firstDayMs = Math.ceil(Date.now() / DAY_MS) * DAY_MS;
  const feeds = new Map(
    Array.from({ length: COACHES_PER_KIND }, (_, n) => [`/coach-${n}.ics`, vcalendar(coachEvents(n, firstDayMs))]),
  );
  const feedServer = await startFeedServer(feeds);
  const radicale = await startRadicale();
  const proxy = await startCountingProxy(radicale.url);
  try {
    const caldav = await seedCoaches(prisma, { feedServer, proxy, radicale }, feeds, firstDayMs);
    const settings = {
      refreshMinutes: 5,
      google: null,
      policy: { allowedHosts: [feedServer.hostPort, proxy.hostPort] },
    };
    const pass = async (calendar: CalendarUnderTest): Promise<Pass> => {
      await prisma.calendarConnection.updateMany({
        where: { kind: calendar.kind },
        data: { nextRefreshAt: new Date() },
      });
      calendar.server.reset();
      const started = performance.now();
      const { result: counts, statements } = await countSqlStatements(() => refreshDueCalendars(new Date(), settings));
      const seconds = (performance.now() - started) / 1000;
      if (counts.refreshed !== COACHES_PER_KIND) {
        const failed = await prisma.calendarConnection.findFirst({
          where: { kind: calendar.kind, lastErrorCode: { not: null } },
          select: { lastErrorMessage: true },
        });
        throw new Error(`${calendar.label}: ${JSON.stringify(counts)} (${failed?.lastErrorMessage ?? "no error"})`);
      }
      return { seconds, statements, exchanges: [...calendar.server.exchanges()] };
    };

    const rows: Row[] = [];
    for (const calendar of calendarsUnderTest({ feedServer, proxy }, feeds, caldav)) {
      const first = await pass(calendar);
      const unchanged: Pass[] = [];
      const floors: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        unchanged.push(await pass(calendar));
        floors.push(await timeInLanes(calendar.floorRequests));
      }
      rows.push({ calendar, first, unchanged, floor: median(floors) });
    }
    printTable(rows);
    return rows.map(benchRow);
  } finally {
    await proxy.stop();
    await feedServer.stop();
    await radicale.stop();
    await prisma.$disconnect();
  }
}

interface Pass {
  seconds: number;
  /** SQL statements the pass sent. */
  statements: number;
  exchanges: Exchange[];
}

interface Row {
  calendar: CalendarUnderTest;
  first: Pass;
  unchanged: Pass[];
  floor: number;
}

const medianSeconds = (passes: Pass[]) => median(passes.map((run) => run.seconds));
const perPass = (passes: Pass[], count: (run: Pass) => number) =>
  passes.reduce((total, run) => total + count(run), 0) / passes.length;

function benchRow({ calendar, unchanged, floor }: Row): BenchRow {
  const statements = perPass(unchanged, (run) => run.statements) / COACHES_PER_KIND;
  return {
    figure: `Calendar refresh, ${COACHES_PER_KIND} unchanged ${calendar.label}`,
    value: medianSeconds(unchanged),
    unit: "s",
    floor: { name: `the same requests with fetch, ${IN_PARALLEL} at once`, value: floor },
    higherIsBetter: false,
    note: `${perPass(unchanged, (run) => run.exchanges.length)} requests, ${statements.toFixed(1)} SQL per connection`,
  };
}

function printTable(rows: Row[]) {
  console.log(
    `\nCalendar refresh, unchanged calendars: refreshDueCalendars over ${COACHES_PER_KIND} coaches' connections per kind,`,
  );
  console.log(
    `median of ${RUNS} passes after a first full read; floor: the same small requests with fetch, ${IN_PARALLEL} at once, no database`,
  );
  const widths = [18, 12, 10, 20, 11, 9, 16, 10, 8, 20];
  const line = (cells: string[]) =>
    console.log(cells.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[0]!))).join(""));
  line([
    "",
    "connections",
    "requests",
    "unchanged in one",
    "received",
    "time",
    "per connection",
    "floor",
    "ratio",
    "SQL per connection",
  ]);
  for (const { calendar, unchanged, floor } of rows) {
    const seconds = medianSeconds(unchanged);
    const unchangedAnswers = perPass(unchanged, (run) =>
      unchangedInOneRequest(run.exchanges, calendar.unchangedAnswer.matches),
    );
    line([
      calendar.label,
      String(COACHES_PER_KIND),
      String(perPass(unchanged, (run) => run.exchanges.length)),
      `${unchangedAnswers} (${calendar.unchangedAnswer.describe})`,
      kb(perPass(unchanged, (run) => sum(run.exchanges))),
      `${seconds.toFixed(3)} s`,
      `${((seconds * 1000) / COACHES_PER_KIND).toFixed(2)} ms`,
      `${floor.toFixed(3)} s`,
      `${(seconds / floor).toFixed(1)}×`,
      (perPass(unchanged, (run) => run.statements) / COACHES_PER_KIND).toFixed(1),
    ]);
  }
  for (const { calendar, first } of rows) {
    console.log(
      `first pass (full read), ${calendar.label}: ${first.exchanges.length} requests, ` +
        `${kb(sum(first.exchanges))} received, ${first.seconds.toFixed(3)} s, ${first.statements} SQL statements`,
    );
  }
}
