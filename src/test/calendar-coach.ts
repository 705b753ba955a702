import { beforeAll } from "vitest";
import { createBookableCoach, createPractice } from "../../prisma/factories";
import { listPublicSlots } from "~/modules/bookings/server/public-bookings.service";
import { prisma } from "~/server/db/client";
import { callerFor } from "./callers";

const HOUR = 3_600_000;

/**
 * A day `daysAhead` from today at hh:00 UTC as `at(hour)`, and that date: inside a factory coach's 09:00–17:00 UTC
 * hours and booking horizon whatever today is.
 */
export function dayAhead(daysAhead: number) {
  const day = new Date(Date.now() + daysAhead * 24 * HOUR);
  const at = (hour: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour));
  return { at, date: at(0).toISOString().slice(0, 10) };
}

/**
 * A bookable coach (09:00–17:00 UTC) in a new practice, made before the file's tests, with their tRPC caller and
 * the public booking page's slots on a date.
 */
export function calendarTestCoach() {
  const coach = {} as {
    practiceSlug: string;
    coachSlug: string;
    user: { id: string; email: string; name: string | null };
  };
  beforeAll(async () => {
    const { practice } = await createPractice(prisma);
    const made = await createBookableCoach(prisma, practice.id);
    Object.assign(coach, { practiceSlug: practice.slug, coachSlug: made.profile.slug, user: made.user });
  });
  return {
    coach,
    api: () => callerFor(coach.user),
    async offeredOn(date: string) {
      const query = { from: date, to: date, timeZone: "UTC" };
      const listed = await listPublicSlots(coach.practiceSlug, coach.coachSlug, query, new Date());
      return listed.slots.map((slot) => slot.start.toISOString());
    },
  };
}
