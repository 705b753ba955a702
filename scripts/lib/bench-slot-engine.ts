import { performance } from "node:perf_hooks";
import {
  checkSlot,
  computeAvailableSlots,
  defaultAvailabilityRules,
  type ExistingBooking,
} from "~/modules/scheduling/domain/availability";
import { ms, percentile } from "./bench-stats";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const RANGE_DAYS = 62;
const BOOKINGS = 1_000;

/**
 * The pure slot engine, in process: a coach with the default hours (weekdays 09:00–17:00, New York), a
 * 62-day range that crosses a clock change, and 1,000 non-overlapping 20-minute bookings spread evenly over
 * it, round the clock (one every 89 minutes). The daily cap is off: at ~16 bookings a day the default cap
 * of 6 would mark every date full and the engine would skip the conflict search this is meant to time.
 */
export function benchSlotEngine() {
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
  const offered = list();
  const start = offered[Math.floor(offered.length / 2)]!.start;
  const check = () => checkSlot({ rules, bookings, now, start });
  if (!check().ok) throw new Error("checkSlot refused a start that computeAvailableSlots offered");

  console.log(`\nSlot engine: ${RANGE_DAYS}-day range, ${BOOKINGS.toLocaleString("en")} bookings (in process)`);
  console.log("call".padEnd(44), "iterations".padStart(10), "median".padStart(10), "p95".padStart(10));
  for (const [label, run, iterations] of [
    [`computeAvailableSlots → ${offered.length} slots`, list, 50],
    ["checkSlot (one bookable start)", check, 500],
  ] as const) {
    const samples = time(run, iterations);
    console.log(
      label.padEnd(44),
      String(iterations).padStart(10),
      ms(percentile(samples, 50), 3).padStart(10),
      ms(percentile(samples, 95), 3).padStart(10),
    );
  }
}

/** Milliseconds per call, after a warm-up that lets the JIT settle. */
function time(run: () => unknown, iterations: number): number[] {
  for (let i = 0; i < 20; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const at = performance.now();
    run();
    samples.push(performance.now() - at);
  }
  return samples;
}
