import { formatClockTime, type LocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";

const shortDay = (reader: ViewerLocale, timeZone: string) =>
  new Intl.DateTimeFormat(reader.locale, { weekday: "short", day: "numeric", month: "short", timeZone });

/** "Sat 21 Nov" (en-GB) or "Sat, Nov 21" (en-US) for a calendar date (no zone: it is already the client's date). */
export function formatLocalDate(date: LocalDate, reader: ViewerLocale): string {
  return shortDay(reader, "UTC").format(new Date(`${date}T00:00:00Z`));
}

/** "Tue 24 Nov, 10:00" or "Tue, Nov 24, 10:00 AM" on the client's clock; callers name the zone once nearby. */
export function formatWallTime(instant: Date, timeZone: string, reader: ViewerLocale): string {
  return `${shortDay(reader, timeZone).format(instant)}, ${formatClockTime(instant, timeZone, reader)}`;
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
