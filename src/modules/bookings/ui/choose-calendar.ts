import { addDays, isLocalDate, localDateOf, type LocalDate } from "~/lib/time-zones";
import { firstParam, monthOf, type LocalMonth, type SearchParams } from "./booking-view";

// What the booking page shows, decided from its URL alone: the month, the day and the picked slot (the visitor's
// zone: zone-choice.ts). Anything unreadable falls back to a sensible default rather than an error, because these
// links get copied, shared and edited by hand. Server-side, apart from booking-view.ts: it needs zone math, which the
// calendar's scripts do without.

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

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
