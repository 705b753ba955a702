import { DEFAULT_VIEWER_LOCALE, type ViewerLocale } from "./viewer-locale";

// Calendar dates and wall-clock times with no zone attached: their shape, arithmetic and how a reader writes them.
// No zone math lives here (which instant a clock in some zone shows is time-zones.ts's, the one place for it, and it
// re-exports all of this). Client components import this module rather than time-zones.ts, so a page's scripts carry
// neither zod nor zone data for a month grid.

/** A calendar date with no zone attached: "YYYY-MM-DD". */
export type LocalDate = string;
/** A wall-clock time with no zone attached: "HH:MM", 00:00–23:59. */
export type LocalTime = string;
/** ISO weekday: 1 = Monday … 7 = Sunday (matches how coaches read a week, and ISO 8601). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Milliseconds of a proleptic-Gregorian wall-clock reading, encoded as if it were UTC. Wall clocks are compared and
 * stepped in this encoding because it has no DST: one wall-clock minute is always 60 000 here.
 */
export function wallClockMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 0 && year < 100) {
    // Date.UTC maps two-digit years to 19xx; undo that so year 50 stays year 50.
    const date = new Date(ms);
    date.setUTCFullYear(date.getUTCFullYear() - 1900);
    return date.getTime();
  }
  return ms;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The date of a wall-clock reading. Integer arithmetic rather than `new Date(ms).getUTC…()`: the slot engine calls
 * this per booking, and inside `next start` every Date construction goes through Next's wrapper. Days to civil date as
 * in Howard Hinnant's "chrono-compatible low-level date algorithms" (days_from_civil / civil_from_days).
 */
export function localDateFromWallClockMs(ms: number): LocalDate {
  const days = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The date's wall-clock ms, or null when it is not a real calendar date (the pattern alone lets 2026-02-30 in). */
function wallClockMsOfDate(value: string): number | null {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (monthLength === undefined || day < 1 || day > monthLength) return null;
  return wallClockMs(year, month, day);
}

/** The wall-clock ms of the date's midnight. Throws RangeError on anything but a real "YYYY-MM-DD" date. */
export function parseLocalDate(date: LocalDate): number {
  const ms = wallClockMsOfDate(date);
  if (ms === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return ms;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === "string" && wallClockMsOfDate(value) !== null;
}

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === "string" && LOCAL_TIME_PATTERN.test(value);
}

/** Minutes since local midnight on the wall clock (not elapsed time: a DST day still runs 00:00–23:59). */
export function localTimeToMinutes(time: LocalTime): number {
  const match = LOCAL_TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a wall-clock time (HH:MM): ${JSON.stringify(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function minutesToLocalTime(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new RangeError(`Minutes after midnight must be a whole number in 0–1439, got ${minutes}`);
  }
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateFromWallClockMs(parseLocalDate(date) + days * DAY_MS);
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let ms = parseLocalDate(from), end = parseLocalDate(to); ms <= end; ms += DAY_MS) {
    dates.push(localDateFromWallClockMs(ms));
  }
  return dates;
}

export function weekdayOf(date: LocalDate): IsoWeekday {
  // 1970-01-01, day 0 of the encoding, was a Thursday.
  const sundayZero = (((Math.floor(parseLocalDate(date) / DAY_MS) + 4) % 7) + 7) % 7;
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/** The ISO 8601 week of a date, "2026-W48": weeks start on Monday and belong to the year of their Thursday. */
export function isoWeekOf(date: LocalDate): string {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = Math.round((parseLocalDate(thursday) - wallClockMs(year, 1, 1)) / DAY_MS);
  return `${pad(year, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

// A formatter costs about a millisecond to build (more in a browser), and a month grid writes out some 30 dates.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date as a reader writes it: "Thursday 3 December" (en-GB) or "Thursday, December 3" (en-US), with
 * `{ year: true }` "Thursday, 3 December 2026", with `{ short: true }` "Thu 3 Dec" or "Thu, Dec 3". Dates carry no
 * zone, so it is read at noon UTC, which is that date.
 */
export function formatLocalDate(
  date: LocalDate,
  reader: ViewerLocale = DEFAULT_VIEWER_LOCALE,
  { year = false, short = false }: { year?: boolean; short?: boolean } = {},
): string {
  const key = `${reader.locale} ${short} ${year}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    // Locales come from visitors' headers, so the map is dropped when it grows rather than kept forever.
    if (dateFormatters.size >= 1_000) dateFormatters.clear();
    const width = short ? "short" : "long";
    formatter = new Intl.DateTimeFormat(reader.locale, {
      weekday: width,
      day: "numeric",
      month: width,
      ...(year ? { year: "numeric" } : {}),
      timeZone: "UTC",
    });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(parseLocalDate(date) + 12 * 60 * MINUTE_MS);
}
