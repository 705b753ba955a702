import { addDays, localDateOf, startOfLocalDay, type LocalDate } from "~/lib/time-zones";

// The coach's "today and tomorrow", on the reader's own calendar: sessions that are not over yet
// and start before tomorrow ends in their zone. A session still running past midnight belongs
// to today, where the coach is living it.

export type SessionDay = "TODAY" | "TOMORROW";

export interface TwoDays {
  today: LocalDate;
  tomorrow: LocalDate;
  /** The first instant after tomorrow. */
  endsAt: Date;
}

export function todayAndTomorrow(now: Date, zone: string): TwoDays {
  const today = localDateOf(now, zone);
  const tomorrow = addDays(today, 1);
  return { today, tomorrow, endsAt: startOfLocalDay(addDays(today, 2), zone) };
}

export function sessionDay(startAt: Date, zone: string, days: TwoDays): SessionDay {
  return localDateOf(startAt, zone) <= days.today ? "TODAY" : "TOMORROW";
}
