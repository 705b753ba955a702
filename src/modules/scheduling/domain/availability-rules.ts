import {
  isLocalDate,
  isLocalTime,
  isValidTimeZone,
  localTimeToMinutes,
  type IsoWeekday,
  type LocalDate,
  type LocalTime,
} from "~/lib/time-zones";

/** Wall-clock hours in the coach's zone. `end` may be "24:00" (through midnight); `end` must be after `start`. */
export interface TimeRange {
  start: LocalTime;
  end: LocalTime;
}

/** The hours of one ISO weekday (1 = Monday … 7 = Sunday); a weekday that is not listed is a day off. */
export interface WeeklyHours {
  weekday: IsoWeekday;
  ranges: TimeRange[];
}

/** Replaces the weekly hours of one coach-local date: [] takes the day off, ranges may open a day that is normally off. */
export interface DateOverride {
  date: LocalDate;
  ranges: TimeRange[];
}

export interface AvailabilityRules {
  /** The coach's IANA zone. The slot grid is anchored here, so every viewer is offered the same instants. */
  timeZone: string;
  weekly: WeeklyHours[];
  overrides: DateOverride[];
  sessionMinutes: number;
  /** Step between candidate start times, counted from the coach's local midnight (20 gives :00, :20, :40). */
  slotIntervalMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** No slot starts sooner than this after `now`. */
  minimumNoticeMinutes: number;
  /** Every slot starts before `now` + horizonDays × 24 h. */
  horizonDays: number;
  /** Per coach-local date, counting the coach's active bookings that start that date; null = no cap. */
  maxSessionsPerDay: number | null;
}

/**
 * Defaults for a new coach. The interval is 30 minutes rather than the session's 20 because a 20-minute session plus
 * the 10-minute buffer after it fills exactly one 30-minute step: back-to-back bookings tile the day with nothing
 * wasted, and clients see familiar :00/:30 start times. (On a 20-minute grid a booking at 09:00 would also knock out
 * 09:20, leaving 09:40, 10:20, … — the same capacity, offered at odd-looking times.)
 */
export const DEFAULT_AVAILABILITY: Readonly<Omit<AvailabilityRules, "timeZone">> = Object.freeze({
  weekly: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, ranges: [{ start: "09:00", end: "17:00" }] })),
  overrides: [],
  sessionMinutes: 20,
  slotIntervalMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 12 * 60,
  horizonDays: 60,
  maxSessionsPerDay: 6,
});

/** A fresh, independently editable copy of the defaults for a coach in `timeZone`. */
export function defaultAvailabilityRules(timeZone: string): AvailabilityRules {
  return { ...structuredClone(DEFAULT_AVAILABILITY), timeZone } as AvailabilityRules;
}

export const END_OF_DAY = "24:00";
const MINUTES_PER_DAY = 24 * 60;

/** Wall-clock minutes of a range end; "24:00" is the end of the day, which no LocalTime can express. */
export function rangeEndMinutes(end: LocalTime): number {
  return end === END_OF_DAY ? MINUTES_PER_DAY : localTimeToMinutes(end);
}

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MAX_RANGES_PER_DAY = 24;

const LIMITS = {
  sessionMinutes: { label: "Session length", min: 5, max: 12 * 60 },
  // Under 5 minutes the grid only adds near-duplicate times and multiplies the work per request.
  slotIntervalMinutes: { label: "Interval between start times", min: 5, max: 12 * 60 },
  bufferBeforeMinutes: { label: "Buffer before a session", min: 0, max: 12 * 60 },
  bufferAfterMinutes: { label: "Buffer after a session", min: 0, max: 12 * 60 },
  minimumNoticeMinutes: { label: "Minimum notice", min: 0, max: 365 * MINUTES_PER_DAY },
  horizonDays: { label: "Booking horizon", min: 1, max: 730 },
} as const;

/**
 * Every problem with the rules, in words a coach can act on; [] when they are usable. The slot engine refuses rules
 * with problems instead of guessing, so save-time validation with this function is what keeps booking pages up.
 */
export function validateAvailabilityRules(rules: AvailabilityRules): string[] {
  const problems: string[] = [];
  if (!isValidTimeZone(rules.timeZone)) problems.push(`"${rules.timeZone}" is not a time zone we recognise.`);

  for (const [field, { label, min, max }] of Object.entries(LIMITS)) {
    const value = rules[field as keyof typeof LIMITS];
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${label} must be a whole number from ${min} to ${max}, not ${value}.`);
    }
  }
  const cap = rules.maxSessionsPerDay;
  if (cap !== null && (!Number.isInteger(cap) || cap < 1)) {
    problems.push(`The daily session limit must be a whole number of at least 1 (or no limit), not ${cap}.`);
  }

  const seenWeekdays = new Set<number>();
  for (const { weekday, ranges } of rules.weekly) {
    const name = WEEKDAY_NAMES[weekday - 1];
    if (!Number.isInteger(weekday) || name === undefined) {
      problems.push(`${weekday} is not a weekday (use 1 for Monday to 7 for Sunday).`);
      continue;
    }
    if (seenWeekdays.has(weekday)) problems.push(`${name} is listed more than once; put all its hours in one entry.`);
    seenWeekdays.add(weekday);
    problems.push(...rangeProblems(name, ranges));
  }

  const seenDates = new Set<string>();
  for (const { date, ranges } of rules.overrides) {
    if (!isLocalDate(date)) {
      problems.push(`"${date}" is not a date in the form YYYY-MM-DD.`);
      continue;
    }
    if (seenDates.has(date)) problems.push(`${date} has more than one override; put all its hours in one.`);
    seenDates.add(date);
    problems.push(...rangeProblems(date, ranges));
  }
  return problems;
}

function rangeProblems(day: string, ranges: TimeRange[]): string[] {
  const problems: string[] = [];
  if (ranges.length > MAX_RANGES_PER_DAY) problems.push(`${day} has more than ${MAX_RANGES_PER_DAY} ranges of hours.`);
  const usable: { start: number; end: number; label: string }[] = [];
  for (const { start, end } of ranges) {
    const label = `${start}–${end}`;
    if (!isLocalTime(start) || !(isLocalTime(end) || end === END_OF_DAY)) {
      problems.push(`${day} ${label}: times must look like 09:00 (00:00–23:59, or 24:00 for an end).`);
      continue;
    }
    const range = { start: localTimeToMinutes(start), end: rangeEndMinutes(end), label };
    if (range.end <= range.start) problems.push(`${day} ${label}: the end must be after the start.`);
    else usable.push(range);
  }
  usable.sort((a, b) => a.start - b.start);
  // Compared with the furthest-reaching range so far, so 09:00–17:00 is caught overlapping both 10:00–11:00 and
  // 12:00–13:00. Touching ranges (12:00 end, 12:00 start) are fine; only a shared minute is an overlap.
  let furthest = usable[0];
  for (const current of usable.slice(1)) {
    if (furthest && current.start < furthest.end) problems.push(`${day} ${furthest.label} overlaps ${current.label}.`);
    if (!furthest || current.end > furthest.end) furthest = current;
  }
  return problems;
}
