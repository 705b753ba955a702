import { instantToZonedParts, isoWeekOf, localDateOf } from "~/lib/time-zones";

// When a coach's weekly digest goes out: Monday in the 08:00 hour of the coach's own zone. The
// hourly cron asks every hour; the ISO week of the coach's local date makes the dedupe key, so
// a repeated or overlapping run never sends a second digest for the same week.

export function isDigestHour(now: Date, zone: string): boolean {
  const { weekday, time } = instantToZonedParts(now, zone);
  return weekday === 1 && time.startsWith("08:");
}

export function digestWeek(now: Date, zone: string): string {
  return isoWeekOf(localDateOf(now, zone));
}

export function digestDedupeKey(coachMembershipId: string, week: string): string {
  return `weekly-digest:${coachMembershipId}:${week}`;
}
