import { z } from "zod";
import { slugSchema } from "~/lib/slug";
import { calendarDateInput, singleLineText } from "~/lib/input-text";
import { isLocalTime, timeZoneSchema } from "~/lib/time-zones";
import {
  DEFAULT_AVAILABILITY,
  validateAvailabilityRules,
  type AvailabilityRules,
  type TimeRange,
} from "./domain/availability";
import { sessionTypeFields } from "./domain/session-type-input";
import { availabilityFor, DEFAULT_DISCOVERY_RULES } from "./domain/session-types";

export const MAX_RANGES_PER_DAY = 6;
export const MAX_DATE_OVERRIDES = 100;
export const END_OF_DAY = "24:00";

export const WEEKDAY_LABELS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const startTime = singleLineText().trim().refine(isLocalTime, "Enter a start time like 09:00.");
// "24:00" ends a range at midnight, which no HH:MM of the day itself can say.
const endTime = singleLineText()
  .trim()
  .refine((value) => isLocalTime(value) || value === END_OF_DAY, "Enter an end time like 17:00 (24:00 for midnight).");

const timeRange = z.object({ start: startTime, end: endTime });
const ranges = z
  .array(timeRange)
  .max(MAX_RANGES_PER_DAY, `A day can have at most ${MAX_RANGES_PER_DAY} ranges of hours.`);

const weekday = z.literal([1, 2, 3, 4, 5, 6, 7], { error: "Choose a weekday from Monday (1) to Sunday (7)." });

// Rules that are valid in every respect but the one day under test, so the domain's own messages can be pinned to
// the range they are about instead of arriving as one list for the whole form.
const PROBE: AvailabilityRules = { ...DEFAULT_AVAILABILITY, timeZone: "UTC", weekly: [], overrides: [] };

type Day = { weekday: AvailabilityRules["weekly"][number]["weekday"] } | { date: string };

function dayProblems(day: Day, dayRanges: TimeRange[]): string[] {
  return validateAvailabilityRules(
    "weekday" in day
      ? { ...PROBE, weekly: [{ weekday: day.weekday, ranges: dayRanges }] }
      : { ...PROBE, overrides: [{ date: day.date, ranges: dayRanges }] },
  );
}

/**
 * A range whose end is not after its start gets the message on its `end`; a range overlapping an earlier one of the
 * same day gets it on its `start`. Paths are relative to the day, e.g. ["ranges", 1, "end"].
 */
function checkDayRanges(ctx: z.RefinementCtx, at: number, day: Day, dayRanges: TimeRange[]) {
  const usable: number[] = [];
  dayRanges.forEach((range, index) => {
    // A malformed time already has its own message from the field schema.
    if (!isLocalTime(range.start) || !(isLocalTime(range.end) || range.end === END_OF_DAY)) return;
    const [problem] = dayProblems(day, [range]);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: [at, "ranges", index, "end"] });
    else usable.push(index);
  });
  usable.forEach((index, position) => {
    const earlier = usable
      .slice(0, position)
      .find((other) => dayProblems(day, [dayRanges[other]!, dayRanges[index]!]).length);
    if (earlier === undefined) return;
    const [problem] = dayProblems(day, [dayRanges[earlier]!, dayRanges[index]!]);
    ctx.addIssue({ code: "custom", message: problem!, path: [at, "ranges", index, "start"] });
  });
}

export const weeklyHoursSchema = z
  .array(z.object({ weekday, ranges }))
  .max(7, "List each weekday at most once.")
  .superRefine((weekly, ctx) => {
    const seen = new Set<number>();
    weekly.forEach((entry, index) => {
      if (seen.has(entry.weekday)) {
        ctx.addIssue({
          code: "custom",
          message: `${WEEKDAY_LABELS[entry.weekday - 1]} is listed more than once; put all its hours in one entry.`,
          path: [index, "weekday"],
        });
      }
      seen.add(entry.weekday);
      checkDayRanges(ctx, index, { weekday: entry.weekday }, entry.ranges);
    });
  });

export const dateOverridesSchema = z
  .array(z.object({ date: calendarDateInput, ranges }))
  .max(MAX_DATE_OVERRIDES, `You can have at most ${MAX_DATE_OVERRIDES} date overrides; remove some past ones.`)
  .superRefine((overrides, ctx) => {
    const seen = new Set<string>();
    overrides.forEach((entry, index) => {
      if (seen.has(entry.date)) {
        ctx.addIssue({
          code: "custom",
          message: `${entry.date} is listed more than once; put all its hours in one override.`,
          path: [index, "date"],
        });
      }
      seen.add(entry.date);
      checkDayRanges(ctx, index, { date: entry.date }, entry.ranges);
    });
  });

export const updateAvailabilityInput = z
  .object({
    displayName: singleLineText()
      .trim()
      .min(1, "Enter the name clients will see.")
      .max(80, "Keep the name under 80 characters."),
    headline: singleLineText()
      .trim()
      .max(140, "Keep the headline under 140 characters.")
      .nullish()
      .transform((value) => value || null),
    bookingEnabled: z.boolean(),
    timeZone: timeZoneSchema,
    slug: slugSchema,
    weekly: weeklyHoursSchema,
    overrides: dateOverridesSchema,
  })
  // The slot engine refuses a schedule with any problem, so whatever the field checks above let through must not be
  // saved either. Each session type's own rules are bounded inside what the engine accepts, so any valid rules do to
  // check the schedule with. Runs only once every field is valid, so it never repeats a field's message without its
  // path.
  .superRefine(
    (input, ctx) => {
      const [problem] = validateAvailabilityRules(
        availabilityFor(
          { timeZone: input.timeZone, weekly: input.weekly, overrides: input.overrides },
          DEFAULT_DISCOVERY_RULES,
        ),
      );
      if (problem) ctx.addIssue({ code: "custom", message: problem, path: [] });
    },
    { when: (payload) => payload.issues.length === 0 },
  )
  .transform((input) => ({
    ...input,
    weekly: [...input.weekly].sort((a, b) => a.weekday - b.weekday),
    overrides: [...input.overrides].sort((a, b) => a.date.localeCompare(b.date)),
  }));

export type UpdateAvailabilityInput = z.output<typeof updateAvailabilityInput>;

// ── Session types ──

const id = singleLineText().trim().min(1).max(64);

/** Whose session types: another coach's profile (owners and admins), or the caller's own when left out. */
const coachChoice = { coachProfileId: id.optional() };

export const listSessionTypesInput = z.object(coachChoice);
export const createSessionTypeInput = z.object({ ...coachChoice, ...sessionTypeFields });
export const updateSessionTypeInput = z.object({ sessionTypeId: id, ...sessionTypeFields });
export const setSessionTypeArchivedInput = z.object({ sessionTypeId: id, archived: z.boolean() });
export const sessionTypeIdInput = z.object({ sessionTypeId: id });
export const reorderSessionTypesInput = z.object({
  ...coachChoice,
  sessionTypeIds: z.array(id).min(1, "List the session types in their new order.").max(100),
});
