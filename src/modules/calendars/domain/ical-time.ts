import ICAL from "ical.js";
import { addDays, isLocalDate, startOfLocalDay, type LocalDate } from "~/lib/time-zones";

// Recurrence steps through wall-clock readings, and a reading becomes an instant only once it is known to matter.
// A reading is held as milliseconds encoded as if it were UTC, which has no DST: one wall-clock day is DAY_MS.

export const DAY_MS = 86_400_000;

/** Turns a wall-clock reading into the instant it names, in one zone. */
export type WallClockZone = (wallMs: number) => number;

export const utcZone: WallClockZone = (wallMs) => wallMs;

/** A DATE or DATE-TIME value and the zone that reads it (see ZoneBook). */
export interface IcalDate {
  wallMs: number;
  isDate: boolean;
  /** For DATE-TIMEs; a DATE is a day on the coach's calendar. */
  zone: WallClockZone;
}

type WallFields = Pick<ICAL.Time, "year" | "month" | "day" | "hour" | "minute" | "second">;

export function wallMsOf(t: WallFields): number {
  // Through setUTCFullYear rather than Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(t.year, t.month - 1, t.day);
  date.setUTCHours(t.hour, t.minute, t.second, 0);
  return date.getTime();
}

/** A zone-less ical.js time, the form its recurrence iterator steps through. */
export function floatingTime(wallMs: number, isDate: boolean): ICAL.Time {
  const d = new Date(wallMs);
  return new ICAL.Time(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: isDate ? 0 : d.getUTCHours(),
      minute: isDate ? 0 : d.getUTCMinutes(),
      second: isDate ? 0 : d.getUTCSeconds(),
      isDate,
    },
    ICAL.Timezone.localTimezone,
  );
}

export const wallDay = (wallMs: number) => Math.floor(wallMs / DAY_MS);

/** "YYYY-MM-DD" of a reading, for src/lib/time-zones.ts; only for years 0–9999, which is all ical.js can parse. */
export function localDateOfWall(wallMs: number): LocalDate {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** The first instant of the day a DATE names, in the coach's zone, `days` days later. */
export function startOfDayAfter(date: IcalDate, days: number, coachTimeZone: string): number {
  return startOfLocalDay(addDays(localDateOfWall(date.wallMs), days), coachTimeZone).getTime();
}

// jCal's form of DATE and DATE-TIME values, which is what ical.js keeps of the text.
const JCAL_DATE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/;

/** A DATE or DATE-TIME as written, before any zone is applied. */
export interface WrittenDate {
  wallMs: number;
  isDate: boolean;
  isUtc: boolean;
}

/**
 * Reads a value as the file wrote it (in its jCal form), not as an ical.js Time: that quietly rolls
 * "20261345T250000" over into February 2027, where an impossible date must make its event unreadable instead.
 * A leap second (:60) is refused too; no calendar writes one for a meeting. Throws RangeError.
 */
export function writtenDate(value: unknown): WrittenDate {
  const match = typeof value === "string" ? JCAL_DATE.exec(value) : null;
  const [, date = "", hourText, minuteText = "0", secondText = "0", utc] = match ?? [];
  const [hour, minute, second] = [Number(hourText ?? 0), Number(minuteText), Number(secondText)];
  if (!isLocalDate(date) || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a real date or time: ${JSON.stringify(value)}`);
  }
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return {
    wallMs: wallMsOf({ year, month, day, hour, minute, second }),
    isDate: hourText === undefined,
    isUtc: utc === "Z",
  };
}

/** A property's values as the file wrote them: strings, or [start, end or duration] for a PERIOD. */
export const writtenValuesOf = (property: ICAL.Property): unknown[] => property.toJSON().slice(3);

/**
 * How long each occurrence lasts. RFC 5545 §3.8.5.3: a DTEND gives every occurrence the same exact length, a
 * DURATION the same nominal one — its days are calendar days (23 or 25 hours across a DST change), its hours exact.
 */
export interface Span {
  days: number;
  exactMs: number;
}

/** An upper bound of a span's length on the wall clock, for deciding what lies near the window. */
export const spanWallMs = (span: Span) => span.days * DAY_MS + span.exactMs;

export function spanOfDuration(duration: ICAL.Duration): Span {
  if (duration.isNegative) throw new RangeError("A negative DURATION.");
  return {
    days: duration.weeks * 7 + duration.days,
    exactMs: ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000,
  };
}

/** A DTEND as a span from DTSTART; both must be DATEs or both DATE-TIMEs, and the end may not come first. */
export function spanBetween(start: IcalDate, end: IcalDate): Span {
  if (start.isDate !== end.isDate) throw new RangeError("DTSTART and DTEND are of different types.");
  const span = start.isDate
    ? { days: wallDay(end.wallMs) - wallDay(start.wallMs), exactMs: 0 }
    : { days: 0, exactMs: end.zone(end.wallMs) - start.zone(start.wallMs) };
  if (span.days < 0 || span.exactMs < 0) throw new RangeError("DTEND is before DTSTART.");
  return span;
}
