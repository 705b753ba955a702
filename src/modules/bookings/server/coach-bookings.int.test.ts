import { describe, expect, it } from "vitest";
import { addMember, createBookableCoach, createBookingRow, createPractice } from "../../../../prisma/factories";
import { callerFor, expectTRPCError } from "~/test/callers";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { deliverAndReadMailbox } from "~/test/outbox";

const now = new Date("2026-11-23T08:00:00Z");

async function setup() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await createBookableCoach(prisma, practice.id);
  const sam = await createBookableCoach(prisma, practice.id);
  const mayaSession = await createBookingRow(prisma, maya.profile, new Date("2026-11-24T10:00:00Z"));
  const samSession = await createBookingRow(prisma, sam.profile, new Date("2026-11-24T11:00:00Z"));
  const pastSession = await createBookingRow(prisma, maya.profile, new Date("2026-11-20T10:00:00Z"));
  return { practice, owner, maya, sam, mayaSession, samSession, pastSession, slug: { practiceSlug: practice.slug } };
}

describe("coach sessions", () => {
  it("shows a coach their own sessions and an admin everyone's", async () => {
    const { owner, maya, mayaSession, samSession, pastSession, slug } = await setup();
    const asMaya = callerFor(maya.user, fixedClock(now));
    const upcoming = await asMaya.bookings.sessions({ ...slug, scope: "upcoming" });
    expect(upcoming.items.map((s) => s.id)).toEqual([mayaSession.id]);
    expect((await asMaya.bookings.sessions({ ...slug, scope: "past" })).items.map((s) => s.id)).toEqual([
      pastSession.id,
    ]);
    const asOwner = callerFor(owner, fixedClock(now));
    expect((await asOwner.bookings.sessions({ ...slug, scope: "upcoming" })).items.map((s) => s.id)).toEqual([
      mayaSession.id,
      samSession.id,
    ]);
    // Maya cannot reach Sam's session by id.
    await expectTRPCError(asMaya.bookings.cancel({ ...slug, bookingId: samSession.id }), "NOT_FOUND");
    // A coach without a booking profile sees nothing rather than everything.
    const { practice } = await prisma.coachProfile.findUniqueOrThrow({
      where: { id: maya.profile.id },
      include: { practice: true },
    });
    const newcomer = await addMember(prisma, practice.id, "COACH");
    expect(
      (await callerFor(newcomer.user, fixedClock(now)).bookings.sessions({ ...slug, scope: "upcoming" })).items,
    ).toEqual([]);
  });

  it("cancels with a message (emailed to the booker), and records outcomes only after the start", async () => {
    const { maya, mayaSession, pastSession, slug } = await setup();
    const asMaya = callerFor(maya.user, fixedClock(now));
    await asMaya.bookings.cancel({ ...slug, bookingId: mayaSession.id, message: "I'm unwell, sorry" });
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: mayaSession.id } })).status).toBe("CANCELLED");
    const mail = (await deliverAndReadMailbox()).find(
      (m) => m.to.includes(mayaSession.bookerEmail) && m.subject.startsWith("Cancelled"),
    );
    expect(mail?.subject).toMatch(/Cancelled/);
    expect(mail?.text).toContain("I'm unwell, sorry");

    await expectTRPCError(
      asMaya.bookings.recordOutcome({ ...slug, bookingId: mayaSession.id, outcome: "COMPLETED" }),
      "CONFLICT",
    );
    expect(
      (await asMaya.bookings.recordOutcome({ ...slug, bookingId: pastSession.id, outcome: "NO_SHOW" })).status,
    ).toBe("NO_SHOW");
    expect(
      await prisma.auditEvent.count({
        where: { action: { in: ["bookings.cancel", "bookings.recordOutcome"] }, actorUserId: maya.user.id },
      }),
    ).toBe(2);
  });

  it("reschedules onto a free slot and refuses a taken one", async () => {
    const { maya, mayaSession, slug } = await setup();
    const asMaya = callerFor(maya.user, fixedClock(now));
    const free = await asMaya.bookings.rescheduleSlots({
      ...slug,
      bookingId: mayaSession.id,
      from: "2026-11-24",
      to: "2026-11-24",
      timeZone: "UTC",
    });
    expect(free.map((s) => s.start.toISOString())).toContain("2026-11-24T10:00:00.000Z"); // its own slot counts as free
    const moved = await asMaya.bookings.reschedule({
      ...slug,
      bookingId: mayaSession.id,
      start: "2026-11-24T14:00:00Z",
    });
    expect(moved.startAt.toISOString()).toBe("2026-11-24T14:00:00.000Z");
    const other = await createBookingRow(prisma, maya.profile, new Date("2026-11-25T10:00:00Z"));
    await expectTRPCError(
      asMaya.bookings.reschedule({ ...slug, bookingId: mayaSession.id, start: other.startAt.toISOString() }),
      "CONFLICT",
    );
  });
});
