import { describe, expect, it } from "vitest";
import { createBookableCoach, createBookingRow, createPractice } from "../../../../prisma/factories";
import { POST as bookThroughRoute } from "~/app/api/public/bookings/route";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { bookPublicSession } from "./public-bookings.service";

// A coach's daily cap under ten simultaneous bookings of different slots on one day: each
// attempt must see the others, so exactly the cap succeeds and the rest hear the day is full.

const CAP = 2;
const ATTEMPTS = 10;

async function cappedCoach() {
  const { practice } = await createPractice(prisma);
  const { profile, user } = await createBookableCoach(prisma, practice.id, { maxSessionsPerDay: CAP, timeZone: "UTC" });
  return { practiceSlug: practice.slug, coachSlug: profile.slug, coachProfileId: profile.id, profile, user };
}

// Ten different half-hour slots of one coach-local day (09:00, 09:30, … 13:30 UTC).
const slotOf = (day: string, n: number) => new Date(`${day}T09:00:00Z`).getTime() + n * 30 * 60_000;

const confirmedOn = (coachProfileId: string) =>
  prisma.booking.count({ where: { coachProfileId, status: "CONFIRMED" } });

describe("the daily cap under concurrency", () => {
  const now = new Date("2026-11-23T08:00:00Z");

  it("lets exactly the cap through ten simultaneous service calls", async () => {
    const coach = await cappedCoach();
    const attempts = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, (_, n) =>
        bookPublicSession(
          {
            practiceSlug: coach.practiceSlug,
            coachSlug: coach.coachSlug,
            start: new Date(slotOf("2026-11-24", n)).toISOString(),
            name: `Booker ${n}`,
            email: `cap-${n}@example.com`,
            timeZone: "UTC",
            answers: { fieldsOfInterest: "", whatPrompted: "" },
          },
          { now },
        ),
      ),
    );
    const refused = attempts.flatMap((a) => (a.status === "rejected" ? [a.reason as { code?: string }] : []));
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(CAP);
    expect(refused).toHaveLength(ATTEMPTS - CAP);
    for (const reason of refused) expect(reason).toMatchObject({ code: "CONFLICT", message: /fully booked/ });
    expect(await confirmedOn(coach.coachProfileId)).toBe(CAP);
  });

  it("lets exactly the cap through ten simultaneous requests to the route handler", async () => {
    const coach = await cappedCoach();
    // A week ahead: inside the horizon, past any notice, whatever today is.
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const responses = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, n) =>
        bookThroughRoute(
          new Request("http://localhost/api/public/bookings", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              practiceSlug: coach.practiceSlug,
              coachSlug: coach.coachSlug,
              start: new Date(slotOf(day, n)).toISOString(),
              name: `Visitor ${n}`,
              email: `route-cap-${n}@example.com`,
              timeZone: "Europe/Paris",
            }),
          }),
          { params: Promise.resolve({}) },
        ),
      ),
    );
    const statuses = responses.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array<number>(CAP).fill(201), ...Array<number>(ATTEMPTS - CAP).fill(409)]);
    expect(await confirmedOn(coach.coachProfileId)).toBe(CAP);
  });

  it("lets a coach move exactly the cap of sessions onto one day, ten moves at once", async () => {
    const coach = await cappedCoach();
    const sessions = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, n) =>
        createBookingRow(prisma, coach.profile, new Date(Date.UTC(2026, 10, 25 + n, 10))),
      ),
    );
    const asCoach = callerFor(coach.user, fixedClock(now));
    const moves = await Promise.allSettled(
      sessions.map((session, n) =>
        asCoach.bookings.reschedule({
          practiceSlug: coach.practiceSlug,
          bookingId: session.id,
          start: new Date(slotOf("2026-11-24", n)).toISOString(),
        }),
      ),
    );
    const refused = moves.flatMap((m) => (m.status === "rejected" ? [m.reason as { code?: string }] : []));
    expect(moves.length - refused.length).toBe(CAP);
    for (const reason of refused) expect(reason).toMatchObject({ code: "CONFLICT", message: /fully booked/ });
    const onThatDay = await prisma.booking.count({
      where: {
        coachProfileId: coach.coachProfileId,
        startAt: { gte: new Date("2026-11-24T00:00:00Z"), lt: new Date("2026-11-25T00:00:00Z") },
      },
    });
    expect(onThatDay).toBe(CAP);
  });
});
