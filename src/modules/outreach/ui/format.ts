import type { LocalDate } from "~/lib/time-zones";

/** "Sat 21 Nov" for a calendar date (no zone: it is already the client's date). */
export function formatLocalDate(date: LocalDate): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "Tue 24 Nov, 10:00" on the client's clock; callers name the zone once nearby. */
export function formatWallTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(instant);
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
