import {
  formatClockTime,
  formatInstant,
  formatLocalDate,
  localDateOf,
  zoneAbbreviation,
  type LocalDate,
} from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";

// How the home writes times: on the reader's clock (the zone the service chose, the 12- or
// 24-hour clock and date order they read), with the zone named, so nothing needs converting.

/** "Monday 23 November" (en-GB) or "Monday, November 23" (en-US). */
export const longDate = (date: LocalDate, reader: ViewerLocale) => formatLocalDate(date, reader);

/** "14:00–14:45 GMT" or "2:00 PM–2:45 PM EST". */
export function timeRange(start: Date, end: Date, zone: string, reader: ViewerLocale): string {
  return `${formatClockTime(start, zone, reader)}–${formatClockTime(end, zone, reader)} ${zoneAbbreviation(zone, start)}`;
}

/** "Thursday 26 November, 10:00–10:45 GMT". */
export function dayAndTimeRange(start: Date, end: Date, zone: string, reader: ViewerLocale): string {
  return `${longDate(localDateOf(start, zone), reader)}, ${timeRange(start, end, zone, reader)}`;
}

/** "Thu, 26 Nov 2026, 16:30 IST". */
export const dayAndTime = (instant: Date, zone: string, reader: ViewerLocale) => formatInstant(instant, zone, reader);
