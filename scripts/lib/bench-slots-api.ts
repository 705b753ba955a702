import http from "node:http";
import { performance } from "node:perf_hooks";
import { addDays, eachDate, localDateOf, weekdayOf, zonedWallTimeToInstant, type LocalDate } from "~/lib/time-zones";
import { ms, percentile } from "./bench-stats";
import type { BenchRow } from "./bench-table";

const ZONE = "Europe/London";
const IN_FLIGHT = 16;
const WARM_UP_MS = 3_000;
const MEASURE_MS = 10_000;
// The public API allows 120 reads a minute per client address (PUBLIC_READ_LIMIT). Each simulated visitor
// makes at most this many requests from its own loopback address (127.1.x.y), so none is ever throttled:
// the figure is many visitors' worth of full requests, not 429s. Any 429 that does happen is counted.
const REQUESTS_PER_VISITOR = 100;
const BUSY_BLOCKS = 500;
const BUSY_BLOCK_MINUTES = 10;
/** Between the starts of the blocks that share an hour: three of them end by :30 with the 10-minute buffer. */
const BUSY_BLOCK_STAGGER_MINUTES = 5;
const WORKING_HOURS = ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"];
const MINUTE_MS = 60_000;

/**
 * Requests per second of the public slots endpoint on a running server, 31 days from tomorrow, at the cache's steady
 * state (every answer after the first comes from the slot cache): as the demo data has it, then with BUSY_BLOCKS of
 * the coach's own calendar in the same days (written through `appEnv`'s database, which bumps her schedule version).
 * The floors, driven the same way in the same run: GET /api/health (a bare route, static JSON) and GET /api/ready
 * (one SELECT through Prisma).
 */
export async function benchSlotsApi(port: number, appEnv: Record<string, string>): Promise<BenchRow[]> {
  const from = addDays(localDateOf(new Date(), ZONE), 1);
  const to = addDays(from, 30);
  const path =
    `/api/public/practices/northstar/coaches/maya-chen/slots` +
    `?from=${from}&to=${to}&timeZone=${encodeURIComponent(ZONE)}`;
  const distinct = await canBindLoopback(port);
  const visitors = visitorAddresses(distinct); // shared by all rows, so no visitor comes back within the minute
  const bare = await measureFloor(port, "/api/health", visitors);
  const ready = await measureFloor(port, "/api/ready", visitors);
  const rows = [{ busyBlocks: 0, ...(await measure(port, path, visitors)) }];
  await addBusyBlocks(appEnv, from, to);
  rows.push({ busyBlocks: BUSY_BLOCKS, ...(await measure(port, path, visitors)) });

  console.log(`\nPublic slots API: GET …/slots for ${from} + 30 days, ${IN_FLIGHT} in flight,`);
  console.log(
    `${MEASURE_MS / 1000} s after a ${WARM_UP_MS / 1000} s warm-up each, keep-alive, ${addressNote(distinct)};`,
  );
  console.log(`busy blocks: the coach's calendar, ${BUSY_BLOCK_MINUTES}-minute blocks early in her working hours`);
  const columns = ["busy blocks", "slots", "requests", "requests/s", "p50", "p95", "non-200", "of which 429"];
  console.log(columns.map((h) => h.padStart(12)).join(" "));
  for (const { busyBlocks, slots, outcomes, seconds } of rows) {
    const latencies = outcomes.map((r) => r.ms);
    console.log(
      [
        String(busyBlocks),
        String(slots),
        String(outcomes.length),
        (outcomes.length / seconds).toFixed(0),
        ms(percentile(latencies, 50), 1),
        ms(percentile(latencies, 95), 1),
        String(outcomes.filter((r) => r.status !== 200).length),
        String(outcomes.filter((r) => r.status === 429).length),
      ]
        .map((cell) => cell.padStart(12))
        .join(" "),
    );
  }
  const rate = (row: { outcomes: Outcome[]; seconds: number }) => row.outcomes.length / row.seconds;
  console.log(`requests/s with ${BUSY_BLOCKS} busy blocks ÷ without: ${(rate(rows[1]!) / rate(rows[0]!)).toFixed(2)}`);
  const floor = { name: "GET /api/health (bare route)", value: rate(bare) };
  const throughput = (figure: string, value: number, note: string): BenchRow => ({
    figure,
    value,
    unit: "req/s",
    floor,
    higherIsBetter: true,
    note,
  });
  return [
    throughput("GET /api/ready (one SELECT through Prisma)", rate(ready), "the second floor"),
    throughput("GET …/slots, 31 days (cache hit)", rate(rows[0]!), "goal ≥ 50% of the bare route"),
    throughput(`GET …/slots, 31 days, ${BUSY_BLOCKS} busy blocks (cache hit)`, rate(rows[1]!), "goal ≥ 50%"),
  ];
}

/** A floor's throughput, driven exactly like the slots endpoint; anything but a 200 stops the bench. */
async function measureFloor(port: number, path: string, visitors: () => string | undefined) {
  const sample = await get(port, path);
  if (sample.status !== 200) throw new Error(`GET ${path} answered ${sample.status}: ${sample.body}`);
  await drive(port, path, WARM_UP_MS, visitors);
  const run = await drive(port, path, MEASURE_MS, visitors);
  const failed = run.outcomes.filter((outcome) => outcome.status !== 200).length;
  console.log(`${path}: ${(run.outcomes.length / run.seconds).toFixed(0)} requests/s, ${failed} non-200`);
  return run;
}

/** The slots the endpoint lists now, then its throughput after a warm-up. */
async function measure(port: number, path: string, visitors: () => string | undefined) {
  const sample = await get(port, path);
  if (sample.status !== 200) throw new Error(`GET ${path} answered ${sample.status}: ${sample.body}`);
  const slots = (JSON.parse(sample.body) as { slots: unknown[] }).slots.length;
  await drive(port, path, WARM_UP_MS, visitors);
  return { slots, ...(await drive(port, path, MEASURE_MS, visitors)) };
}

/**
 * BUSY_BLOCKS on the demo coach's weekdays from..to, 09:00–17:00 in her zone (prisma/seed-bookings.ts): a few
 * overlapping ones at the start of each working hour, so her :00 slots go and the half-past ones stay listed —
 * the answer still carries slots to compare with the row without blocks.
 */
async function addBusyBlocks(appEnv: Record<string, string>, from: LocalDate, to: LocalDate) {
  Object.assign(process.env, appEnv); // the database client reads DATABASE_URL when it loads
  const [{ prisma }, { createCalendarConnection }] = await Promise.all([
    import("~/server/db/client"),
    import("../../prisma/factories"),
  ]);
  const coach = await prisma.coachProfile.findFirstOrThrow({
    where: { slug: "maya-chen", practice: { slug: "northstar" } },
  });
  const { sources } = await createCalendarConnection(prisma, coach);
  const hourStarts = eachDate(from, to)
    .filter((date) => weekdayOf(date) <= 5)
    .flatMap((date) => WORKING_HOURS.map((hour) => zonedWallTimeToInstant(date, hour, ZONE)!.getTime()));
  await prisma.calendarBusyBlock.createMany({
    data: Array.from({ length: BUSY_BLOCKS }, (_, n) => {
      const startMs =
        hourStarts[n % hourStarts.length]! + Math.floor(n / hourStarts.length) * BUSY_BLOCK_STAGGER_MINUTES * MINUTE_MS;
      return {
        practiceId: coach.practiceId,
        coachProfileId: coach.id,
        sourceId: sources[0]!.id,
        startAt: new Date(startMs),
        endAt: new Date(startMs + BUSY_BLOCK_MINUTES * MINUTE_MS),
      };
    }),
  });
  await prisma.$disconnect();
}

interface Outcome {
  status: number;
  ms: number;
}

/** IN_FLIGHT workers, each one visitor after another with its own keep-alive connection, until the time is up. */
async function drive(port: number, path: string, durationMs: number, nextVisitor: () => string | undefined) {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const localAddress = nextVisitor();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; i < REQUESTS_PER_VISITOR && performance.now() < deadline; i++) {
        const at = performance.now();
        const { status } = await get(port, path, agent, localAddress);
        outcomes.push({ status, ms: performance.now() - at });
      }
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}

function get(port: number, path: string, agent?: http.Agent, localAddress?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent, localAddress }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

/** 127.1.0.1, 127.1.0.2, … — or, where only 127.0.0.1 exists (macOS), no distinct address at all. */
function visitorAddresses(distinct: boolean): () => string | undefined {
  let n = 0;
  return () => {
    n++;
    return distinct ? `127.1.${Math.floor(n / 250) % 256}.${(n % 250) + 1}` : undefined;
  };
}

async function canBindLoopback(port: number) {
  try {
    await get(port, "/signin", undefined, "127.2.0.1");
    return true;
  } catch {
    return false;
  }
}

function addressNote(distinct: boolean) {
  return distinct
    ? `a new client address every ${REQUESTS_PER_VISITOR} requests`
    : "one client address (this OS has no 127.0.0.0/8 loopback, so the rate limit applies)";
}
