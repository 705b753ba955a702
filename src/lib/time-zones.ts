import { z } from "zod";
import {
  addDays,
  DAY_MS,
  formatLocalDate,
  isLocalDate,
  isLocalTime,
  localDateFromWallClockMs,
  localTimeToMinutes,
  minutesToLocalTime,
  MINUTE_MS,
  parseLocalDate,
  wallClockMs,
  weekdayOf,
  type IsoWeekday,
  type LocalDate,
  type LocalTime,
} from "./local-dates";
import { currentZoneName } from "./time-zone-names";
import { DEFAULT_VIEWER_LOCALE, type ViewerLocale } from "./viewer-locale";
import { zoneFacts } from "./zone-data";

// The one place for time zones: names, formatting, and the wall-clock ↔ instant conversions that scheduling
// relies on, so every zone rule has one home.

let zoneCache: Set<string> | undefined;

export function supportedTimeZones(): string[] {
  return [...allZones()].sort();
}

function allZones(): Set<string> {
  zoneCache ??= new Set([...Intl.supportedValuesOf("timeZone").map(currentZoneName), "UTC"]);
  return zoneCache;
}

export { currentZoneName };

// Zone-free calendar arithmetic lives in local-dates.ts (so client bundles can have it without zod or zone data);
// it is re-exported here, so server code still finds every date and zone helper in this one module.
export {
  addDays,
  eachDate,
  formatLocalDate,
  isLocalDate,
  isLocalTime,
  isoWeekOf,
  localTimeToMinutes,
  minutesToLocalTime,
  weekdayOf,
  type IsoWeekday,
  type LocalDate,
  type LocalTime,
} from "./local-dates";

export function isValidTimeZone(zone: string): boolean {
  if (allZones().has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, "Choose a time zone.")
  .max(64)
  .refine(isValidTimeZone, "Choose a time zone from the list, like Europe/London.")
  .transform(currentZoneName);

/** "GMT+5:30"-style offset label for a zone at an instant; "GMT" when it is on Greenwich time. */
export function zoneOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const offset = zoneNamePart(zoneNameFormatter("en-US", timeZone, "shortOffset"), at) ?? timeZone;
  // ICU writes Greenwich time as "GMT+0"; people and the short names write "GMT".
  return offset === "GMT+0" ? "GMT" : offset;
}

// ---------------------------------------------------------------------------------------------------------------------
// Wall-clock ↔ instant conversion. Scheduling stores instants (UTC) but coaches think in wall-clock hours in their own
// zone, so every conversion between the two goes through here and nowhere else. Only Intl is used: it carries the
// IANA rules (DST, historical changes) that ship with Node/ICU, so there is no zone table of ours to keep up to date.

export const localDateSchema = z.string().trim().refine(isLocalDate, "Use a real date in the form YYYY-MM-DD.");
export const localTimeSchema = z.string().trim().refine(isLocalTime, "Use a time in the form HH:MM, 00:00–23:59.");

const WALL_CLOCK_FIELDS = ["year", "month", "day", "hour", "minute", "second"] as const;
type WallClockField = (typeof WALL_CLOCK_FIELDS)[number];

interface WallClockReader {
  formatter: Intl.DateTimeFormat;
  /** Which field each run of digits in format()'s output is, or null to always use formatToParts. */
  digitOrder: WallClockField[] | null;
}

// Building an Intl.DateTimeFormat costs far more than using one, and the slot engine converts thousands of times.
const wallClockReaders = new Map<string, WallClockReader>();

function wallClockReader(zone: string): WallClockReader {
  let reader = wallClockReaders.get(zone);
  if (!reader) {
    const formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      // h23, not hour12: false — the latter renders midnight as "24" on some ICU builds.
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    // format() costs about a third of formatToParts(), and this is the hot path of the slot engine. So learn once,
    // from formatToParts, where each number sits in this formatter's output, and afterwards read format()'s digits in
    // that order. Anything unexpected in the pattern (an era, digits in a literal) keeps formatToParts for good.
    const parts = formatter.formatToParts(0);
    const fields = parts.filter((p) => p.type !== "literal").map((p) => p.type);
    const plain =
      fields.length === WALL_CLOCK_FIELDS.length &&
      WALL_CLOCK_FIELDS.every((f) => fields.includes(f)) &&
      parts.every((p) => p.type !== "literal" || !/\d/.test(p.value));
    reader = { formatter, digitOrder: plain ? (fields as WallClockField[]) : null };
    wallClockReaders.set(zone, reader);
  }
  return reader;
}

/** What a clock in `zone` reads at the instant, in the wall-clock encoding (whole seconds). */
function wallClockAt(instantMs: number, zone: string): number {
  const { formatter, digitOrder } = wallClockReader(zone);
  const fields: Record<WallClockField, number> = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  const digits = digitOrder ? formatter.format(instantMs).match(/\d+/g) : null;
  if (digitOrder && digits?.length === digitOrder.length) {
    digitOrder.forEach((field, i) => (fields[field] = Number(digits[i])));
  } else {
    for (const part of formatter.formatToParts(instantMs)) {
      if (part.type in fields) fields[part.type as WallClockField] = Number(part.value);
    }
  }
  return wallClockMs(fields.year, fields.month, fields.day, fields.hour % 24, fields.minute, fields.second);
}

/** The zone's UTC offset in ms at an instant (positive east of Greenwich). Seconds-exact, for historical LMT. */
function offsetMsAt(instantMs: number, zone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallClockAt(wholeSecond, zone) - wholeSecond;
}

// Offsets at whole-day anchors are asked for again and again (every wall time of a date samples the same two), so
// they are remembered; the map is dropped when it grows rather than tracked as an LRU, because refilling is cheap.
const anchorOffsets = new Map<string, number>();

function offsetMsAtDayAnchor(dayStartMs: number, zone: string): number {
  const key = `${zone} ${dayStartMs}`;
  let offset = anchorOffsets.get(key);
  if (offset === undefined) {
    if (anchorOffsets.size >= 20_000) anchorOffsets.clear();
    offset = offsetMsAt(dayStartMs, zone);
    anchorOffsets.set(key, offset);
  }
  return offset;
}

type WallClockResolution =
  // Ascending; two when the clock shows `wall` twice (fall-back).
  | { exists: true; instants: number[] }
  // `next` is the first instant after the skipped stretch: where a clock that was running would have got to.
  | { exists: false; next: number };

/**
 * Which instants show `wall` on a clock in `zone`. Offsets are sampled at least a day either side of the wall time
 * (every real offset lies within -12 h…+14 h, so any transition affecting this wall time lies between the samples),
 * each candidate `wall - offset` is kept only if the zone really shows `wall` then, and any offset met along the way
 * is tried too, which copes with two transitions close together. No match means a spring-forward gap.
 */
function resolveWallClock(wall: number, zone: string): WallClockResolution {
  const wallDay = Math.floor(wall / DAY_MS) * DAY_MS;
  const offsetsToTry = [offsetMsAtDayAnchor(wallDay - DAY_MS, zone), offsetMsAtDayAnchor(wallDay + 2 * DAY_MS, zone)];
  const tried = new Set<number>();
  const instants: number[] = [];
  for (let i = 0; i < offsetsToTry.length && i < 8; i++) {
    const offset = offsetsToTry[i]!;
    if (tried.has(offset)) continue;
    tried.add(offset);
    const candidate = wall - offset;
    const actual = offsetMsAt(candidate, zone);
    if (actual === offset) instants.push(candidate);
    else offsetsToTry.push(actual);
  }
  if (instants.length > 0) return { exists: true, instants: instants.sort((a, b) => a - b) };
  return { exists: false, next: firstInstantShowingAfter(wall, zone, Math.max(...tried), Math.min(...tried)) };
}

/**
 * The transition that skipped `wall`: the first whole second whose wall clock reads later than `wall`. Just before the
 * transition the clock (on the smaller offset) reads earlier than `wall`, at it (larger offset) later, so a binary
 * search between the two candidate instants finds it.
 */
function firstInstantShowingAfter(wall: number, zone: string, largestOffset: number, smallestOffset: number): number {
  const showsLater = (second: number) => wallClockAt(second * 1000, zone) > wall;
  let low = Math.floor((wall - largestOffset) / 1000); // clock still on the old offset: reads before `wall`
  let high = Math.ceil((wall - smallestOffset) / 1000); // clock on the new offset: reads after `wall`
  if (showsLater(low) || !showsLater(high)) return high * 1000; // not a simple gap; `high` is still after it
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (showsLater(middle)) high = middle;
    else low = middle;
  }
  return high * 1000;
}

function wallClockOf(date: LocalDate, time: LocalTime): number {
  return parseLocalDate(date) + localTimeToMinutes(time) * MINUTE_MS;
}

/**
 * The instant a clock in `zone` shows `time` on `date`. Null when that wall time never happens (spring-forward gap).
 * When it happens twice (fall-back), the earlier instant — the same choice as Temporal's "compatible" disambiguation,
 * so "01:30 on the night the clocks go back" means the first 01:30. Throws RangeError on a malformed date or time.
 */
export function zonedWallTimeToInstant(date: LocalDate, time: LocalTime, zone: string): Date | null {
  return zonedWallTimeToInstants(date, time, zone)[0] ?? null;
}

/**
 * Every instant a clock in `zone` shows `time` on `date`, earliest first: none in a spring-forward gap, two on the
 * night the clocks go back (01:30 EDT, then 01:30 EST an hour later). Throws RangeError on a malformed date or time.
 */
export function zonedWallTimeToInstants(date: LocalDate, time: LocalTime, zone: string): Date[] {
  const resolution = resolveWallClock(wallClockOf(date, time), zone);
  return resolution.exists ? resolution.instants.map((ms) => new Date(ms)) : [];
}

/**
 * Like zonedWallTimeToInstant, but a wall time inside a spring-forward gap resolves to the first instant after the
 * gap (02:30 on a New York spring-forward day → 03:00 EDT): the ends of ranges and days must be real instants even
 * when the clock skips them. A wall time shown twice resolves to the earlier instant, or with `repeated: "later"` to
 * the later one — the end of a range of hours, which the clock reaches for good only on its second pass.
 */
export function firstInstantAtOrAfterWallTime(
  date: LocalDate,
  time: LocalTime,
  zone: string,
  { repeated = "earlier" }: { repeated?: "earlier" | "later" } = {},
): Date {
  return new Date(instantAtOrAfter(resolveWallClock(wallClockOf(date, time), zone), repeated));
}

function instantAtOrAfter(resolution: WallClockResolution, repeated: "earlier" | "later"): number {
  if (!resolution.exists) return resolution.next;
  return repeated === "later" ? resolution.instants.at(-1)! : resolution.instants[0]!;
}

/**
 * The first instant of `date` in `zone`. Usually local midnight, but some zones (America/Santiago, Asia/Beirut in
 * some years) move their clocks at 00:00, so the day starts at 01:00. For a date a zone skipped entirely
 * (Pacific/Apia, 2011-12-30) this is the first instant after it, which belongs to the next date.
 */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  return firstInstantAtOrAfterWallTime(date, "00:00", zone);
}

/** The instants covering the local dates `first`..`last` (inclusive) in `zone`, as a half-open [start, end). */
export function instantRangeOfLocalDates(first: LocalDate, last: LocalDate, zone: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(first, zone), end: startOfLocalDay(addDays(last, 1), zone) };
}

interface ZonedParts {
  date: LocalDate;
  /** Truncated to the minute: 09:59:59.999 reads 09:59. */
  time: LocalTime;
  weekday: IsoWeekday;
}

export function instantToZonedParts(instant: Date, zone: string): ZonedParts {
  const wall = wallClockAt(Math.floor(instant.getTime() / 1000) * 1000, zone);
  const date = localDateFromWallClockMs(wall);
  const minutesIntoDay = Math.floor((wall - parseLocalDate(date)) / MINUTE_MS);
  return { date, time: minutesToLocalTime(minutesIntoDay), weekday: weekdayOf(date) };
}

export function localDateOf(instant: Date, zone: string): LocalDate {
  return localDateOfMs(instant.getTime(), zone);
}

// ---------------------------------------------------------------------------------------------------------------------
// The same conversions on epoch milliseconds, for loops that convert per slot or per booking (the slot engine): no
// Date is built, and a zone's offset is read once per date from the cached day anchors instead of once per wall time.
// Inside `next start` every `new Date` goes through Next's wrapper, which made Date-based loops ~1.5× slower.

/**
 * The zone's offset wherever it is the same at two day anchors, else null. Equal anchors are taken to mean no change
 * between them, which holds because no zone changes its offset and back within days: across every zone Intl knows,
 * 1850–2037, no two transitions are within four days of each other (a one-off scan, daily samples).
 */
function steadyOffsetMs(firstDayMs: number, lastDayMs: number, zone: string): number | null {
  const offset = offsetMsAtDayAnchor(firstDayMs, zone);
  return offsetMsAtDayAnchor(lastDayMs, zone) === offset ? offset : null;
}

/** localDateOf for an epoch-ms instant. */
export function localDateOfMs(instantMs: number, zone: string): LocalDate {
  const second = Math.floor(instantMs / 1000) * 1000;
  const day = Math.floor(second / DAY_MS) * DAY_MS;
  const offset = steadyOffsetMs(day, day + DAY_MS, zone);
  return localDateFromWallClockMs(offset === null ? wallClockAt(second, zone) : second + offset);
}

/** One local date's wall-clock minutes as epoch-ms instants in one zone; see zonedDateClock. */
export interface ZonedDateClock {
  date: LocalDate;
  /**
   * zonedWallTimeToInstants for `minutes` after local midnight (0–1440, where 1440 is the next midnight): every
   * instant the clock shows it, earliest first — none in a spring-forward gap, two in a fall-back overlap.
   */
  instantsAt(minutes: number): number[];
  /** firstInstantAtOrAfterWallTime for `minutes` after local midnight (0–1440). */
  firstInstantAtOrAfter(minutes: number, options?: { repeated?: "earlier" | "later" }): number;
}

/**
 * Conversions for many wall times of one date. On a date whose offset is steady (the same a day before and two days
 * after, the samples resolveWallClock takes) each is one subtraction; on a date near a clock change each is resolved
 * exactly, as zonedWallTimeToInstants does. Throws RangeError on a malformed date, or minutes outside 0–1440.
 */
export function zonedDateClock(date: LocalDate, zone: string): ZonedDateClock {
  const midnight = parseLocalDate(date);
  const offset = steadyOffsetMs(midnight - DAY_MS, midnight + 2 * DAY_MS, zone);
  const wallOf = (minutes: number) => {
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60) {
      throw new RangeError(`Minutes after midnight must be a whole number in 0–1440, got ${minutes}`);
    }
    return midnight + minutes * MINUTE_MS;
  };
  if (offset !== null) {
    return {
      date,
      instantsAt: (minutes) => [wallOf(minutes) - offset],
      firstInstantAtOrAfter: (minutes) => wallOf(minutes) - offset,
    };
  }
  return {
    date,
    instantsAt(minutes) {
      const resolution = resolveWallClock(wallOf(minutes), zone);
      return resolution.exists ? resolution.instants : [];
    },
    firstInstantAtOrAfter: (minutes, { repeated = "earlier" } = {}) =>
      instantAtOrAfter(resolveWallClock(wallOf(minutes), zone), repeated),
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Clock readings for people. Each takes the reader's ViewerLocale (viewer-locale.ts): 12- or 24-hour, and the day and
// month order of their English; without one, the en-GB 24-hour clock.

const ABBREVIATION_LOCALES = ["en-US", "en-GB"] as const;
const OFFSET_STYLE_NAME = /^GMT[+-]/;

/**
 * The zone's abbreviation at an instant: "EDT", "BST", "CET", "IST". en-US knows the American names and en-GB the
 * European ones, each giving the other's as an offset; for a zone neither names, the abbreviation in wide use that
 * zone-data.ts keeps for its offset at that instant (Asia/Kolkata: IST), or else the offset itself, "GMT+4:30".
 */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  const names = ABBREVIATION_LOCALES.map(
    (locale) => zoneNamePart(zoneNameFormatter(locale, timeZone, "short"), at) ?? timeZone,
  );
  const named = names.find((name) => !OFFSET_STYLE_NAME.test(name));
  return named ?? zoneFacts(timeZone)?.abbreviationAtOffset.get(names[0]!) ?? names[0]!;
}

const zoneNamePart = (formatter: Intl.DateTimeFormat, at: Date) =>
  formatter.formatToParts(at).find((p) => p.type === "timeZoneName")?.value;

// A formatter costs about a millisecond to build (more in a browser); a time list labels several times of one zone.
// Zones and locales come from visitors, so the map is dropped when it grows, as anchorOffsets is.
const formatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= 5_000) formatters.clear();
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

function zoneNameFormatter(locale: string, timeZone: string, style: "short" | "shortOffset"): Intl.DateTimeFormat {
  return cachedFormatter(
    `name ${style} ${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }),
  );
}

// "09:05" needs 2-digit hours on a 24-hour clock (en-GB writes a numeric 9 as "9:05"); a 12-hour clock reads "9:05 AM".
const hourOptions = (reader: ViewerLocale): Intl.DateTimeFormatOptions => ({
  hourCycle: reader.hourCycle,
  hour: reader.hourCycle === "h23" ? "2-digit" : "numeric",
  minute: "2-digit",
});

function readerFormatter(reader: ViewerLocale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  return cachedFormatter(
    `${reader.locale} ${reader.hourCycle} ${timeZone} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(reader.locale, { ...options, timeZone }),
  );
}

/**
 * "14:05" or "2:05 PM" on a clock in `zone`. A time the clock shows twice (the night it goes back) carries the zone's
 * abbreviation, "01:20 EDT" and an hour later "01:20 EST", so a list holding both does not show the same time twice.
 */
export function formatClockTime(instant: Date, zone: string, reader: ViewerLocale = DEFAULT_VIEWER_LOCALE): string {
  const { date, time } = instantToZonedParts(instant, zone);
  const shown = readerFormatter(reader, zone, hourOptions(reader)).format(instant);
  return zonedWallTimeToInstants(date, time, zone).length > 1 ? `${shown} ${zoneAbbreviation(zone, instant)}` : shown;
}

/** "Mon, 23 Nov 2026, 14:05 GMT" or "Mon, Nov 23, 2026, 2:05 PM EST" in the given zone; the zone is always shown. */
export function formatInstant(instant: Date, zone: string, reader: ViewerLocale = DEFAULT_VIEWER_LOCALE): string {
  const dateAndTime = readerFormatter(reader, zone, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    ...hourOptions(reader),
  }).format(instant);
  return `${dateAndTime} ${zoneAbbreviation(zone, instant)}`;
}

/**
 * "Tue 24 Nov, 10:00" or "Tue, Nov 24, 10:00 AM" on a clock in `zone`, for lists where the zone is named once nearby;
 * a repeated hour carries its abbreviation, as in formatClockTime.
 */
export function formatDayAndClockTime(
  instant: Date,
  zone: string,
  reader: ViewerLocale = DEFAULT_VIEWER_LOCALE,
): string {
  return `${formatLocalDate(localDateOf(instant, zone), reader, { short: true })}, ${formatClockTime(instant, zone, reader)}`;
}
