import {
  addDays,
  isLocalDate,
  localTimeToMinutes,
  minutesToLocalTime,
  type IsoWeekday,
  type LocalDate,
} from "~/lib/time-zones";
import { END_OF_DAY } from "../../schemas";
import type { AvailabilityView } from "../../server/availability.service";

// The availability form's state. It edits strings (an emptied number box stays empty) and keeps all
// seven weekdays, so unticking a day and ticking it again brings its hours back. The input sent to
// the server is built from it on submit (field-errors.ts maps the server's answer back onto its rows).

export interface RangeDraft {
  start: string;
  end: string;
}
export interface DayDraft {
  weekday: IsoWeekday;
  available: boolean;
  ranges: RangeDraft[];
}
export interface OverrideDraft {
  /** Stable across edits of the date, so React rows and server errors stay with their override. */
  key: string;
  date: string;
  dayOff: boolean;
  ranges: RangeDraft[];
}
export interface AvailabilityDraft {
  bookingEnabled: boolean;
  displayName: string;
  headline: string;
  slug: string;
  timeZone: string;
  days: DayDraft[];
  overrides: OverrideDraft[];
}

/** What the form reads of a stored (or suggested) profile. */
export type StoredAvailability = Pick<
  AvailabilityView,
  "bookingEnabled" | "displayName" | "headline" | "slug" | "timeZone" | "weekly" | "overrides"
>;

const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const DEFAULT_RANGE: RangeDraft = { start: "09:00", end: "17:00" };
const copyRanges = (ranges: RangeDraft[]) => ranges.map(({ start, end }) => ({ start, end }));

export function draftFrom(view: StoredAvailability, keyPrefix: string): AvailabilityDraft {
  return {
    bookingEnabled: view.bookingEnabled,
    displayName: view.displayName,
    headline: view.headline ?? "",
    slug: view.slug,
    timeZone: view.timeZone,
    days: WEEKDAYS.map((weekday) => {
      const ranges = view.weekly.find((day) => day.weekday === weekday)?.ranges ?? [];
      return { weekday, available: ranges.length > 0, ranges: copyRanges(ranges) };
    }),
    overrides: view.overrides.map((override, index) => ({
      key: `${keyPrefix}-${index}`,
      date: override.date,
      dayOff: override.ranges.length === 0,
      ranges: override.ranges.length ? copyRanges(override.ranges) : [{ ...DEFAULT_RANGE }],
    })),
  };
}

/** The weekdays the input lists, in its order: a day is sent only when it is ticked and has hours. */
export const daysSent = (draft: AvailabilityDraft) =>
  draft.days.filter((day) => day.available && day.ranges.length > 0);

export function inputFrom(draft: AvailabilityDraft, practiceSlug: string) {
  return {
    practiceSlug,
    displayName: draft.displayName,
    headline: draft.headline,
    bookingEnabled: draft.bookingEnabled,
    timeZone: draft.timeZone,
    slug: draft.slug,
    weekly: daysSent(draft).map((day) => ({ weekday: day.weekday, ranges: copyRanges(day.ranges) })),
    overrides: draft.overrides.map((override) => ({
      date: override.date,
      ranges: override.dayOff ? [] : copyRanges(override.ranges),
    })),
  };
}

// ── Edits ───────────────────────────────────────────────────────────────────────────────────────

export const copyMondayToWeekdays = (days: DayDraft[]): DayDraft[] => {
  const monday = days.find((day) => day.weekday === 1);
  if (!monday) return days;
  return days.map((day) =>
    day.weekday >= 2 && day.weekday <= 5
      ? { ...day, available: monday.available, ranges: copyRanges(monday.ranges) }
      : day,
  );
};

/** Ticking a day with no hours gives it the usual 09:00–17:00; unticking keeps its hours for later. */
export const withDayAvailable = (day: DayDraft, available: boolean): DayDraft => ({
  ...day,
  available,
  ranges: available && !day.ranges.length ? [{ ...DEFAULT_RANGE }] : day.ranges,
});

/** Removing a day's last range makes it unavailable. */
export const withDayRanges = (day: DayDraft, ranges: RangeDraft[]): DayDraft => ({
  ...day,
  ranges,
  available: ranges.length > 0,
});

export const withOverrideDayOff = (override: OverrideDraft, dayOff: boolean): OverrideDraft => ({
  ...override,
  dayOff,
  ranges: override.ranges.length ? override.ranges : [{ ...DEFAULT_RANGE }],
});

/** Removing an override's last range makes it a day off (with hours ready if it is switched back). */
export const withOverrideRanges = (override: OverrideDraft, ranges: RangeDraft[]): OverrideDraft =>
  ranges.length ? { ...override, ranges } : { ...override, dayOff: true, ranges: [{ ...DEFAULT_RANGE }] };

/** A new day-off override on the first free date from today, or after the latest override. */
export function newOverride(overrides: OverrideDraft[], today: LocalDate, key: string): OverrideDraft {
  const taken = new Set(overrides.map((override) => override.date));
  let date = today;
  const latest = overrides
    .map((override) => override.date)
    .sort()
    .at(-1);
  if (latest && latest >= date && isLocalDate(latest)) date = addDays(latest, 1);
  while (taken.has(date)) date = addDays(date, 1);
  return { key, date, dayOff: true, ranges: [{ ...DEFAULT_RANGE }] };
}

/** A range to add after the day's last one: the hour after it, or the usual 09:00–17:00 on an empty day. */
export function nextRange(ranges: RangeDraft[]): RangeDraft {
  const last = ranges.at(-1);
  if (!last) return { ...DEFAULT_RANGE };
  const lastEnd = last.end === END_OF_DAY ? 24 * 60 : minutesOr(last.end, 16 * 60);
  const start = Math.min(lastEnd + 60, 22 * 60);
  return { start: minutesToLocalTime(start), end: start + 60 >= 24 * 60 ? END_OF_DAY : minutesToLocalTime(start + 60) };
}

function minutesOr(time: string, fallback: number) {
  try {
    return localTimeToMinutes(time);
  } catch {
    return fallback;
  }
}
