import { addDays, isLocalDate, localDateOf, type LocalDate } from "~/lib/time-zones";

// What the booking page shows, decided from its URL alone: the month, the day and the picked
// slot (the visitor's zone: zone-choice.ts). Anything unreadable falls back to a sensible default
// rather than an error, because these links get copied, shared and edited by hand.

export type SearchParams = Record<string, string | string[] | undefined>;

export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "YYYY-MM". */
export type LocalMonth = string;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const monthOf = (date: LocalDate): LocalMonth => date.slice(0, 7);
export const firstDayOf = (month: LocalMonth): LocalDate => `${month}-01`;

export function shiftMonth(month: LocalMonth, by: number): LocalMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export const lastDayOf = (month: LocalMonth): LocalDate => addDays(firstDayOf(shiftMonth(month, 1)), -1);

function parseInstant(value: string | undefined): Date | undefined {
  if (!value || !INSTANT_PATTERN.test(value)) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

interface CalendarView {
  today: LocalDate;
  month: LocalMonth;
  /** The first and last months a visitor may page to: now up to the coach's booking horizon. */
  minMonth: LocalMonth;
  maxMonth: LocalMonth;
  /** A day asked for in the URL, if it lies in the month shown. */
  date?: LocalDate;
  start?: Date;
}

export function chooseCalendar(params: SearchParams, zone: string, now: Date, horizonDays: number): CalendarView {
  const today = localDateOf(now, zone);
  const minMonth = monthOf(today);
  const maxMonth = monthOf(addDays(today, Math.max(0, horizonDays)));
  const start = parseInstant(firstParam(params.start));
  const dateParam = firstParam(params.date);
  const monthParam = firstParam(params.month);
  const startDate = start && localDateOf(start, zone);
  const date = isLocalDate(dateParam) ? dateParam : startDate;
  const wanted = monthParam && MONTH_PATTERN.test(monthParam) ? monthParam : date ? monthOf(date) : minMonth;
  const month = wanted < minMonth || wanted > maxMonth ? minMonth : wanted;
  return { today, month, minMonth, maxMonth, start, date: date && monthOf(date) === month ? date : undefined };
}

// Calendar dates are zone-free, so formatting one at noon UTC prints exactly that date.
const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" });
const longDay = dateFormat({ weekday: "long", day: "numeric", month: "long" });
const monthTitle = dateFormat({ month: "long", year: "numeric" });
const atNoon = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

/** "Thursday 3 December". */
export const formatDay = (date: LocalDate) => longDay.format(atNoon(date));
/** "December 2026". */
export const formatMonth = (month: LocalMonth) => monthTitle.format(atNoon(firstDayOf(month)));

/** The booking page's address with its query; empty values are left out. */
export function bookingHref(path: string, query: Record<string, string | undefined>, hash?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return `${path}${text ? `?${text}` : ""}${hash ? `#${hash}` : ""}`;
}
