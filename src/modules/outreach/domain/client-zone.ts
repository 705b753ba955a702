import type { LocalDate } from "~/lib/time-zones";

/**
 * The zone of the client's calendar: the one on their client record, else the one their browser
 * reported for their account, else the practice's. "Today", follow-up dates and interview times
 * all use it, whoever is looking, so client and coach see the same dates.
 */
export function clientTimeZone(
  client: { timeZone: string | null; user: { timeZone: string | null } | null },
  practiceTimeZone: string,
): string {
  return client.timeZone ?? client.user?.timeZone ?? practiceTimeZone;
}

// `@db.Date` columns travel as a Date at UTC midnight; these keep the calendar date unchanged.
export const dateColumn = (date: LocalDate) => new Date(`${date}T00:00:00Z`);
export const localDateOfColumn = (value: Date | null): LocalDate | null => value?.toISOString().slice(0, 10) ?? null;
