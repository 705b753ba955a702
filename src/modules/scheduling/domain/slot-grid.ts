import { localTimeToMinutes, weekdayOf, zonedDateClock, type LocalDate, type ZonedDateClock } from "~/lib/time-zones";
import { END_OF_DAY, rangeEndMinutes, type AvailabilityRules, type TimeRange } from "./availability-rules";

const MINUTE_MS = 60_000;

/** One range of a coach's hours on a concrete date, with the real instants it covers. */
interface OpenRange {
  date: LocalDate;
  startMinutes: number;
  endMinutes: number;
  /** First instant of the range (epoch ms); a start inside a spring-forward gap becomes the end of the gap. */
  opensAtMs: number;
  /**
   * First instant after the range (exclusive). "24:00" is the start of the next local day; an end the clock shows
   * twice is its second occurrence, so hours ending at 01:30 on a fall-back night include both passes of 01:00–01:29.
   */
  closesAtMs: number;
}

/** A start the grid offers before bookings, notice and limits are considered, as epoch milliseconds. */
export interface GridSlot {
  /** The coach-local date the slot belongs to (for the daily limit). */
  date: LocalDate;
  startMs: number;
  endMs: number;
}

/** Looks up which hours apply on a date: an override replaces the weekly hours wholesale, it never merges with them. */
export function hoursResolver(rules: AvailabilityRules): (date: LocalDate) => TimeRange[] {
  const overrides = new Map(rules.overrides.map((o) => [o.date, o.ranges]));
  const weekly = new Map(rules.weekly.map((w) => [w.weekday as number, w.ranges]));
  return (date) => overrides.get(date) ?? weekly.get(weekdayOf(date)) ?? [];
}

export function openRangesOn(
  rules: AvailabilityRules,
  date: LocalDate,
  hoursOn = hoursResolver(rules),
  clock: ZonedDateClock = zonedDateClock(date, rules.timeZone),
): OpenRange[] {
  return hoursOn(date).map(({ start, end }) => {
    const startMinutes = localTimeToMinutes(start);
    const endMinutes = rangeEndMinutes(end);
    return {
      date,
      startMinutes,
      endMinutes,
      opensAtMs: clock.firstInstantAtOrAfter(startMinutes),
      // "24:00" is where the next date starts, which is its first pass should that midnight repeat.
      closesAtMs: clock.firstInstantAtOrAfter(endMinutes, { repeated: end === END_OF_DAY ? "earlier" : "later" }),
    };
  });
}

/**
 * The grid of one coach-local date. Candidates are wall-clock times on multiples of slotIntervalMinutes counted from
 * local midnight — hours of 09:10–10:10 on a 20-minute interval offer 09:20 and 09:40, as booking tools do — while
 * start + session still fits by the wall clock, so "09:00, 09:30, …" stays put across DST changes. Then:
 * - a wall time the clock skips (spring forward) offers nothing: there is no such moment to meet at;
 * - a wall time the clock shows twice (fall back) is offered at both instants: each is an hour of real availability
 *   (lists tell them apart with the zone's abbreviation, formatClockTime);
 * - the session must also end by the range's closing instant in real time. The wall-clock rule alone would let a
 *   session that runs across a spring-forward (01:50 + 20 real minutes = 03:10) overrun hours that end at 03:00.
 * Sessions last sessionMinutes of real time regardless of what the clock does meanwhile.
 */
export function gridSlotsOn(rules: AvailabilityRules, date: LocalDate, hoursOn = hoursResolver(rules)): GridSlot[] {
  const clock = zonedDateClock(date, rules.timeZone);
  const sessionMs = rules.sessionMinutes * MINUTE_MS;
  const interval = rules.slotIntervalMinutes;
  const slots: GridSlot[] = [];
  for (const range of openRangesOn(rules, date, hoursOn, clock)) {
    const firstMinute = Math.ceil(range.startMinutes / interval) * interval;
    for (let minute = firstMinute; minute + rules.sessionMinutes <= range.endMinutes; minute += interval) {
      for (const startMs of clock.instantsAt(minute)) {
        if (startMs + sessionMs <= range.closesAtMs) slots.push({ date, startMs, endMs: startMs + sessionMs });
      }
    }
  }
  // The two passes of a repeated hour interleave, and ranges may be listed in any order; validated rules never
  // overlap, but sorting and de-duplicating here means the list can never show the same instant twice even if they did.
  slots.sort((a, b) => a.startMs - b.startMs);
  return slots.filter((slot, i) => i === 0 || slot.startMs !== slots[i - 1]!.startMs);
}
