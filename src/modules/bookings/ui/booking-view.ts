import { addDays, eachDate, formatLocalDate, type LocalDate } from "~/lib/local-dates";
import type { ViewerLocale } from "~/lib/viewer-locale";

// The booking page's months, query and links, shared by the server's page and the month calendar's script, so this
// module stays free of zone math (which the page's reading of its URL needs: choose-calendar.ts).

export type SearchParams = Record<string, string | string[] | undefined>;

export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "YYYY-MM". */
export type LocalMonth = string;
export const monthOf = (date: LocalDate): LocalMonth => date.slice(0, 7);
export const firstDayOf = (month: LocalMonth): LocalDate => `${month}-01`;

export function shiftMonth(month: LocalMonth, by: number): LocalMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export const lastDayOf = (month: LocalMonth): LocalDate => addDays(firstDayOf(shiftMonth(month, 1)), -1);

// Built on first use, not on import: a page's first Intl call loads the locale data, and the calendar's script
// reaches for it only when a visitor moves between months (the server writes out what the page first shows).
let monthTitle: Intl.DateTimeFormat | undefined;

/** "December 2026". A month is zone-free, so writing its first day out at noon UTC names exactly that month. */
export function formatMonth(month: LocalMonth): string {
  monthTitle ??= new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  return monthTitle.format(new Date(`${firstDayOf(month)}T12:00:00Z`));
}

/** What the month calendar writes out, put in words by the server so the page's script needs no Intl to start. */
export interface MonthCalendarWords {
  month: string;
  previousMonth: string;
  nextMonth: string;
  /** Each date of the month as the visitor writes it: "Thursday 3 December". */
  days: Record<LocalDate, string>;
}

export function monthCalendarWords(month: LocalMonth, reader: ViewerLocale): MonthCalendarWords {
  return {
    month: formatMonth(month),
    previousMonth: formatMonth(shiftMonth(month, -1)),
    nextMonth: formatMonth(shiftMonth(month, 1)),
    days: Object.fromEntries(
      eachDate(firstDayOf(month), lastDayOf(month)).map((date) => [date, formatLocalDate(date, reader)]),
    ),
  };
}

/** The booking page's address with its query; empty values are left out. */
export function bookingHref(path: string, query: Record<string, string | undefined>, hash?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return `${path}${text ? `?${text}` : ""}${hash ? `#${hash}` : ""}`;
}
