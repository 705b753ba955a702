import { AsyncLocalStorage } from "node:async_hooks";
import {
  checkSlot,
  computeAvailableSlots,
  computeAvailableSlotsMs,
  defaultAvailabilityRules,
  type ExistingBooking,
} from "~/modules/scheduling/domain/availability";
import { ms, percentile } from "./bench-stats";
import type { BenchRow } from "./bench-table";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const RANGE_DAYS = 62;
const BOOKINGS = 1_000;
// Interleaved rounds, so a change in the machine's load during the run shifts all three figures alike.
const ROUNDS = 5;
const SAMPLES_PER_ROUND = 10;

/**
 * The pure slot engine, in process: a coach with the default hours (weekdays 09:00–17:00, New York), a 62-day range
 * that crosses a clock change, and 1,000 non-overlapping 20-minute bookings spread evenly over it, round the clock
 * (one every 89 minutes). The daily cap is off: at ~16 bookings a day the default cap of 6 would mark every date full
 * and the engine would skip the conflict search this is meant to time.
 *
 * Figures from one run: the engine as `npm run bench` runs it, the engine under a `Date` wrapped the way `next start`
 * wraps it (through the Date API and through the epoch-ms one), and their floor — a plain loop over the same candidate
 * starts doing only the integer comparisons the engine cannot avoid (notice, horizon, a binary search of the bookings).
 */
export async function benchSlotEngine(): Promise<BenchRow[]> {
  const now = new Date("2026-03-01T12:00:00Z");
  const from = now;
  const to = new Date(now.getTime() + RANGE_DAYS * DAY_MS);
  const step = Math.floor((RANGE_DAYS * DAY_MS) / BOOKINGS / MINUTE_MS) * MINUTE_MS;
  const bookings: ExistingBooking[] = Array.from({ length: BOOKINGS }, (_, i) => {
    const start = new Date(from.getTime() + i * step);
    return { start, end: new Date(start.getTime() + 20 * MINUTE_MS) };
  });
  const rules = {
    ...defaultAvailabilityRules("America/New_York"),
    horizonDays: RANGE_DAYS + 7,
    maxSessionsPerDay: null,
  };
  const list = () => computeAvailableSlots({ rules, bookings, now, from, to });
  const listMs = () => computeAvailableSlotsMs({ rules, bookings, now, from, to });
  const offered = list();
  const start = offered[Math.floor(offered.length / 2)]!.start;
  const check = () => checkSlot({ rules, bookings, now, start });
  if (!check().ok) throw new Error("checkSlot refused a start that computeAvailableSlots offered");

  // The grid itself (every start the hours allow, before notice and bookings), taken from the engine once, untimed.
  const candidates = computeAvailableSlots({
    rules: { ...rules, minimumNoticeMinutes: 0 },
    bookings: [],
    now,
    from,
    to,
  }).map((slot) => slot.start.getTime());
  const floorLoop = plainLoop(candidates, bookings, now.getTime(), rules);
  if (floorLoop() !== offered.length) throw new Error("the plain loop and the engine disagree on the offered slots");

  const samples = { list: [] as number[], wrapped: [] as number[], wrappedMs: [] as number[], floor: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    samples.list.push(...time(list));
    samples.wrapped.push(...underNextDate(() => time(list)));
    samples.wrappedMs.push(...underNextDate(() => time(listMs)));
    samples.floor.push(...time(floorLoop));
  }
  const [listMedian, wrappedListMedian, wrappedMsMedian, floorMedian] = Object.values(samples).map((s) =>
    percentile(s, 50),
  ) as [number, number, number, number];
  const checkMedian = percentile(time(check, 500), 50);

  console.log(`\nSlot engine: ${RANGE_DAYS}-day range, ${BOOKINGS.toLocaleString("en")} bookings (in process)`);
  console.log(`  computeAvailableSlots → ${offered.length} of ${candidates.length} grid starts: ${ms(listMedian, 3)}`);
  console.log(`  the same under Next's wrapped Date: ${ms(wrappedListMedian, 3)}`);
  console.log(`  computeAvailableSlotsMs (no Date at the edge either) under it: ${ms(wrappedMsMedian, 3)}`);
  console.log(`  plain loop over the ${candidates.length} grid starts (floor): ${ms(floorMedian, 3)}`);
  console.log(`  checkSlot (one bookable start): ${ms(checkMedian, 3)}`);

  const floor = { name: `plain loop over ${candidates.length} starts`, value: floorMedian };
  const figure = `computeAvailableSlots, ${RANGE_DAYS} days × ${BOOKINGS.toLocaleString("en")} bookings`;
  return [
    { figure, value: listMedian, unit: "ms", floor, higherIsBetter: false, note: "median" },
    {
      figure: `${figure}, Next's Date`,
      value: wrappedListMedian,
      unit: "ms",
      floor,
      higherIsBetter: false,
      note: `median under next start's Date wrapper; ${(wrappedListMedian / listMedian).toFixed(2)}× the plain figure`,
    },
    {
      figure: `computeAvailableSlotsMs, same load, Next's Date`,
      value: wrappedMsMedian,
      unit: "ms",
      floor,
      higherIsBetter: false,
      note: "median; epoch-ms slots, no Date built at all",
    },
  ];
}

/**
 * The floor: for each grid start, the notice and horizon bounds and a binary search of the bookings' sorted starts
 * with a running maximum of ends (what any conflict check must do), on numbers prepared outside the timed loop.
 * Returns how many starts pass, so the loop cannot be optimised away and can be checked against the engine.
 */
function plainLoop(
  candidates: number[],
  bookings: ExistingBooking[],
  nowMs: number,
  rules: ReturnType<typeof defaultAvailabilityRules>,
): () => number {
  const sorted = bookings.map((b) => [b.start.getTime(), b.end.getTime()] as const).sort((a, b) => a[0] - b[0]);
  const starts = sorted.map(([start]) => start);
  let runningMax = -Infinity;
  const latestEnd = sorted.map(([, end]) => (runningMax = Math.max(runningMax, end)));
  const earliest = nowMs + rules.minimumNoticeMinutes * MINUTE_MS;
  const horizonEnd = nowMs + rules.horizonDays * DAY_MS;
  const sessionMs = rules.sessionMinutes * MINUTE_MS;
  const reach = (rules.bufferBeforeMinutes + rules.bufferAfterMinutes) * MINUTE_MS;
  return () => {
    let open = 0;
    for (const start of candidates) {
      if (start < earliest || start >= horizonEnd) continue;
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (starts[middle]! < start + sessionMs + reach) low = middle + 1;
        else high = middle;
      }
      if (low === 0 || latestEnd[low - 1]! <= start - reach) open++;
    }
    return open;
  };
}

/**
 * Runs `measure` with the global `Date` replaced as next/dist/server/node-environment-extensions/date.js replaces it
 * inside `next start`: a plain function that checks new.target and arguments, asks the request's async storage
 * whether reading the clock is IO (only for argument-less calls), and builds the real Date with Reflect.construct.
 */
function underNextDate<T>(measure: () => T): T {
  const original = globalThis.Date;
  const workUnit = new AsyncLocalStorage<{ type: string }>();
  const io = () => workUnit.getStore()?.type;
  const properties = Object.getOwnPropertyDescriptors(original);
  properties.now.value = () => (io(), original.now());
  const wrapped = Object.defineProperties(function Date(this: unknown, ...args: unknown[]) {
    if (new.target === undefined) {
      io();
      return Reflect.apply(original, undefined, args);
    }
    if (args.length === 0) io();
    return Reflect.construct(original, args, new.target);
  }, properties) as unknown as DateConstructor;
  Object.defineProperty(original.prototype, "constructor", { value: wrapped, configurable: true, writable: true });
  globalThis.Date = wrapped;
  try {
    return workUnit.run({ type: "request" }, measure);
  } finally {
    globalThis.Date = original;
    Object.defineProperty(original.prototype, "constructor", { value: original, configurable: true, writable: true });
  }
}

/**
 * CPU milliseconds per call, after a warm-up that lets the JIT settle (again after a switch of `Date`). CPU time, not
 * wall time: on a shared machine a run longer than a scheduler time slice is preempted, which inflated the wall-clock
 * median of the 10 ms engine several times over at load 20 while the 10 µs floor hardly moved.
 */
function time(run: () => unknown, iterations = SAMPLES_PER_ROUND): number[] {
  for (let i = 0; i < 10; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const at = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(at);
    samples.push((user + system) / 1000);
  }
  return samples;
}
