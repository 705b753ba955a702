import { localDateOfMs, type LocalDate } from "~/lib/time-zones";

/** An active booking of the coach (cancelled ones are left out by the caller). */
export interface ExistingBooking {
  start: Date;
  end: Date;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// Every instant of one local date lies within this distance of every other (a date spans at most ~48 h even when a
// zone moves its clock a whole day), so bookings further away than this from a slot can never share its date.
const SAME_DATE_REACH_MS = 3 * DAY_MS;

/** Questions about the coach's bookings, asked in epoch milliseconds (the engine's hot loop builds no Dates). */
export interface BookingLoad {
  /**
   * Whether a session [start, end) clashes with a booking once both carry the buffers. Each side is widened to
   * [start - before, end + after) and any overlap is a clash — exactly what a PostgreSQL exclusion constraint
   * `EXCLUDE USING gist (coach_id WITH =, tstzrange(start - before, end + after, '[)') WITH &&)` enforces, so the
   * list never offers a slot the database would refuse. Half-open ranges mean touching is not overlapping: with no
   * buffers a session may start the minute another ends. The equivalence holds while the constraint uses the same
   * buffers as the rules; if buffers are stored per booking row, a coach changing them makes the two differ until
   * the old bookings are past.
   */
  clashes(startMs: number, endMs: number): boolean;
  /** Bookings starting on `date` in the coach's zone; `nearMs` is any instant on that date (narrows the search). */
  countOn(date: LocalDate, nearMs: number): number;
}

/**
 * Sorted once so each question costs a binary search instead of a scan. Conflicts use a running maximum of end
 * times, which stays correct even if stored bookings overlap one another.
 */
export function bookingLoad(
  bookings: ExistingBooking[],
  timeZone: string,
  bufferBeforeMinutes: number,
  bufferAfterMinutes: number,
): BookingLoad {
  const sorted = bookings
    .map((b) => ({ start: b.start.getTime(), end: b.end.getTime() }))
    .sort((a, b) => a.start - b.start);
  const before = bufferBeforeMinutes * MINUTE_MS;
  const after = bufferAfterMinutes * MINUTE_MS;

  // A booking whose widened range is empty cannot clash with anything, as an empty tstzrange overlaps nothing.
  const latestEnd: number[] = [];
  let runningMax = -Infinity;
  for (const b of sorted) {
    if (b.end + after > b.start - before) runningMax = Math.max(runningMax, b.end);
    latestEnd.push(runningMax);
  }

  /** How many bookings start strictly before `ms`. */
  const countStartingBefore = (ms: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.start < ms) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const localDates: (LocalDate | undefined)[] = [];
  const countsByDate = new Map<LocalDate, number>();

  return {
    clashes(startMs, endMs) {
      // [s - before, e + after) meets [bs - before, be + after) ⇔ bs < e + before + after and be > s - before - after.
      const reach = before + after;
      const candidates = countStartingBefore(endMs + reach);
      return candidates > 0 && latestEnd[candidates - 1]! > startMs - reach;
    },
    countOn(date, nearMs) {
      const known = countsByDate.get(date);
      if (known !== undefined) return known;
      let count = 0;
      const last = countStartingBefore(nearMs + SAME_DATE_REACH_MS);
      for (let i = countStartingBefore(nearMs - SAME_DATE_REACH_MS); i < last; i++) {
        localDates[i] ??= localDateOfMs(sorted[i]!.start, timeZone);
        if (localDates[i] === date) count++;
      }
      countsByDate.set(date, count);
      return count;
    },
  };
}
