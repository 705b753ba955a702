import { addDays, type LocalDate } from "~/lib/local-dates";

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

// A month is zone-free, so writing its first day out at noon UTC names exactly that month.
const monthTitle = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "December 2026". */
export const formatMonth = (month: LocalMonth) => monthTitle.format(new Date(`${firstDayOf(month)}T12:00:00Z`));

/** The booking page's address with its query; empty values are left out. */
export function bookingHref(path: string, query: Record<string, string | undefined>, hash?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return `${path}${text ? `?${text}` : ""}${hash ? `#${hash}` : ""}`;
}
