import { z } from "zod";
import { isLocalDate } from "./time-zones";

// Every string and date that comes in from outside goes through one of these, so each refusal
// happens once, with one sentence, before any service sees the value. PostgreSQL cannot store
// U+0000 in text or jsonb at all, and refuses a lone UTF-16 surrogate in jsonb; other C0 controls
// (escape sequences, bells, vertical tabs) are never typed by a person and confuse every screen,
// email and CSV they reach. Dates far from today overflow the zone arithmetic and PostgreSQL's
// range, and no booking, interview or due date in the product can be there.

export const UNSTORABLE_TEXT_MESSAGE = "This field contains characters we can't store.";

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001f]/;
// eslint-disable-next-line no-control-regex -- as above; tab, line feed and carriage return are text
const CONTROL_EXCEPT_TAB_AND_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
// Without the `u` flag a regex sees UTF-16 code units, so a pair is two matches and a half is one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text without any control character (tab included) or lone surrogate: names, titles, ids, subjects. */
export function isSingleLineText(value: string): boolean {
  return !ANY_CONTROL.test(value) && !LONE_SURROGATE.test(value);
}

/** Text that may also hold tabs and line breaks: messages, notes, reflections. */
function isMultiLineText(value: string): boolean {
  return !CONTROL_EXCEPT_TAB_AND_LINE_BREAKS.test(value) && !LONE_SURROGATE.test(value);
}

type StringParams = Parameters<typeof z.string>[0];

/**
 * A string field of one line. The check sees the value before any `.trim()` chained after it,
 * so a tab or newline at either end is refused too rather than silently cut off.
 */
export const singleLineText = (params?: StringParams) =>
  z.string(params).refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE);

/** A string field that may span lines (a textarea). */
export const multiLineText = (params?: StringParams) =>
  z.string(params).refine(isMultiLineText, UNSTORABLE_TEXT_MESSAGE);

// Years 2000–2100: wider than anything the product schedules or records (bookings are at most a
// year ahead, interviews and due dates are near today), and far inside the years where Intl's
// zone rules, JavaScript dates and PostgreSQL's timestamptz all agree.
const INPUT_YEARS = { first: 2000, last: 2100 } as const;
const EARLIEST_INSTANT_MS = Date.UTC(INPUT_YEARS.first, 0, 1);
const INSTANT_LIMIT_MS = Date.UTC(INPUT_YEARS.last + 1, 0, 1);
const OUT_OF_RANGE_MESSAGE = `Use a date between ${INPUT_YEARS.first} and ${INPUT_YEARS.last}.`;

/** Whether epoch milliseconds fall in the years inputs may name. */
export function isInstantInInputRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_INSTANT_MS && ms < INSTANT_LIMIT_MS;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** A real calendar day "YYYY-MM-DD" (no 2026-02-30) in the years inputs may name. */
export const calendarDateInput = z
  .string()
  .trim()
  .refine(isLocalDate, "Use a real date in the form YYYY-MM-DD.")
  .refine(
    (date) => !isLocalDate(date) || (yearOf(date) >= INPUT_YEARS.first && yearOf(date) <= INPUT_YEARS.last),
    OUT_OF_RANGE_MESSAGE,
  );

/** An ISO-8601 instant with its offset ("2026-12-01T15:00:00Z"), kept as the string it arrived as. */
export const instantInput = z.iso
  .datetime({ offset: true, error: "Use an ISO-8601 instant such as 2026-12-01T15:00:00Z." })
  .refine((value) => Number.isNaN(Date.parse(value)) || isInstantInInputRange(Date.parse(value)), OUT_OF_RANGE_MESSAGE);
