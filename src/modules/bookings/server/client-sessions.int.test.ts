import { describe, expect, it } from "vitest";
import { addMember, createBookableCoach, createPractice, createSessionType } from "../../../../prisma/factories";
import { localDateOf } from "~/lib/time-zones";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";
import { clearMailbox, deliverAndReadMailbox } from "~/test/outbox";
import { listPublicSlots } from "./public-bookings.service";

const now = new Date("2026-11-23T08:00:00Z");
const MEET = "https://meet.example.com/maya-room";

/** Maya (Europe/London) with a clients-only coaching type, her client Ada (a CLIENT member), and Sam with his own. */
async function setup() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await createBookableCoach(prisma, practice.id, { timeZone: "Europe/London" });
  const sam = await createBookableCoach(prisma, practice.id);
  const coaching = await createSessionType(prisma, maya.profile, {
    name: "Coaching session",
    kind: "COACHING",
    visibility: "CLIENTS",
    durationMinutes: 45,
    minimumNoticeMinutes: 24 * 60,
    locationKind: "VIDEO",
    locationDetail: MEET,
    intakeQuestions: [{ id: "focus", label: "What shall we focus on?", kind: "SHORT_TEXT", required: true }],
  });
  const samsType = await createSessionType(prisma, sam.profile, {
    kind: "COACHING",
    visibility: "CLIENTS",
    durationMinutes: 45,
  });
  const ada = await addMember(prisma, practice.id, "CLIENT");
  const client = await prisma.client.create({
    data: {
      practiceId: practice.id,
      email: ada.user.email,
      name: "Ada Client",
      timeZone: "America/New_York",
      userId: ada.user.id,
      coachProfileId: maya.profile.id,
      status: "ACTIVE",
    },
  });
  const slug = { practiceSlug: practice.slug };
  const asAda = callerFor(ada.user, fixedClock(now));
  return { practice, owner, maya, sam, coaching, samsType, ada, client, slug, asAda };
}

const book = (start: string, requestId: string, sessionTypeId: string) => ({
  sessionTypeId,
  start,
  requestId,
  answers: { focus: "My CV" },
});

describe("sessions booked by a client", () => {
  it("offers the coach's coaching types on the client's clock and books one with the client's own details", async () => {
    const { asAda, slug, coaching, maya, client } = await setup();
    const overview = await asAda.clientSessions.overview(slug);
    expect(overview.timeZone).toBe("America/New_York");
    expect(overview.sessionTypes.map((type) => type.name)).toEqual(["Coaching session"]);
    expect(overview.sessionTypes[0]).toMatchObject({ durationMinutes: 45, location: "Video call on meet.example.com" });

    const { slots } = await asAda.clientSessions.slots({
      ...slug,
      sessionTypeId: coaching.id,
      from: "2026-11-24",
      to: "2026-11-24",
      timeZone: "America/New_York",
    });
    // 24 hours of notice: nothing before 08:00 UTC on the 24th, which is 03:00 in New York.
    expect(slots[0]?.start.toISOString()).toBe("2026-11-24T09:00:00.000Z");

    await expectTRPCError(
      asAda.clientSessions.book({ ...slug, ...book("2026-11-24T10:00:00Z", "request-0001", coaching.id), answers: {} }),
      "BAD_REQUEST",
    );
    const made = await asAda.clientSessions.book({
      ...slug,
      ...book("2026-11-24T10:00:00Z", "request-0001", coaching.id),
    });
    expect(made).toMatchObject({ sessionName: "Coaching session", place: `Video call: ${MEET}` });
    expect(made.manageUrl).toContain("token=");
    const row = await prisma.booking.findUniqueOrThrow({ where: { id: made.id } });
    expect(row).toMatchObject({
      clientId: client.id,
      coachProfileId: maya.profile.id,
      bookerEmail: client.email,
      bookerTimeZone: "America/New_York",
      locationKind: "VIDEO",
      locationDetail: MEET,
      answers: [{ id: "focus", question: "What shall we focus on?", answer: "My CV" }],
    });
    expect(await prisma.client.count({ where: { email: client.email } })).toBe(1);
    // A retried request gets the same booking back.
    const again = await asAda.clientSessions.book({
      ...slug,
      ...book("2026-11-24T10:00:00Z", "request-0001", coaching.id),
    });
    expect(again.id).toBe(made.id);
    // Reminders wait for both sides.
    const reminders = await prisma.emailMessage.findMany({
      where: { template: "booking-reminder", dedupeKey: { contains: row.uid } },
    });
    expect(reminders.map((r) => r.to).sort()).toEqual(
      [client.email, client.email, maya.user.email, maya.user.email].sort(),
    );
    expect((await asAda.clientSessions.overview(slug)).upcoming.map((s) => s.id)).toEqual([made.id]);
  });

  it("refuses the free discovery session, another coach's types, and keeps a clients-only type off the public API", async () => {
    const { asAda, slug, maya, samsType, coaching, practice } = await setup();
    for (const sessionTypeId of [maya.profile.discovery.id, samsType.id]) {
      await expectTRPCError(
        asAda.clientSessions.book({ ...slug, ...book("2026-11-24T10:00:00Z", `req-${sessionTypeId}`, sessionTypeId) }),
        "NOT_FOUND",
      );
    }
    await expect(
      listPublicSlots(
        practice.slug,
        maya.profile.slug,
        { from: "2026-11-24", to: "2026-11-24", timeZone: "UTC", sessionType: coaching.slug },
        now,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives one of ten parallel requests for one slot the session and the rest a conflict", async () => {
    const { asAda, slug, coaching } = await setup();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        asAda.clientSessions.book({ ...slug, ...book("2026-11-25T11:00:00Z", `parallel-${i}-request`, coaching.id) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { code: string }).code] : []));
    expect(codes).toEqual(Array(9).fill("CONFLICT"));
    expect(await prisma.booking.count({ where: { sessionTypeId: coaching.id } })).toBe(1);
  });
});

describe("sessions booked by staff for a client", () => {
  it("lets the coach book inside the notice on their own clock, and emails the client an invitation with the place", async () => {
    const { maya, slug, coaching, client } = await setup();
    const asMaya = callerFor(maya.user, fixedClock(now));
    const options = await asMaya.clientSessions.staffOptions({ ...slug, clientId: client.id });
    expect(options.sessionTypes.map((type) => type.name)).toEqual(["Free discovery session", "Coaching session"]);
    const { slots, timeZone } = await asMaya.clientSessions.staffSlots({
      ...slug,
      clientId: client.id,
      sessionTypeId: coaching.id,
      from: "2026-11-23",
      to: "2026-11-23",
      timeZone: "Europe/London",
    });
    expect(timeZone).toBe("Europe/London");
    expect(slots[0]?.start.toISOString()).toBe("2026-11-23T09:00:00.000Z");
    // A reader in Auckland asks for their Tuesday: every time offered falls on it on their clock, including the
    // coach's Monday afternoon (Tuesday morning there), so the picker's day columns hold what the server sent.
    const farAway = await asMaya.clientSessions.staffSlots({
      ...slug,
      clientId: client.id,
      sessionTypeId: coaching.id,
      from: "2026-11-24",
      to: "2026-11-24",
      timeZone: "Pacific/Auckland",
    });
    expect(farAway.slots.length).toBeGreaterThan(0);
    expect(farAway.slots.every((slot) => localDateOf(slot.start, "Pacific/Auckland") === "2026-11-24")).toBe(true);
    expect(farAway.slots.some((slot) => localDateOf(slot.start, "Europe/London") === "2026-11-23")).toBe(true);
    clearMailbox();
    const made = await asMaya.clientSessions.bookForClient({
      ...slug,
      clientId: client.id,
      sessionTypeId: coaching.id,
      start: "2026-11-23T09:00:00Z",
      message: "As we said on Friday",
      requestId: "coach-request-1",
    });
    const mail = (await deliverAndReadMailbox()).find((m) => m.to.includes(client.email))!;
    expect(mail.subject).toMatch(/^Confirmed: Coaching session/);
    expect(mail.text).toContain("As we said on Friday");
    const ics = mail.attachments!.find((part) => part.contentType.startsWith("text/calendar"))!.content;
    expect(ics.replace(/\r?\n[ \t]/g, "")).toContain(`LOCATION:${MEET}`);
    // The same slot again is a clear conflict.
    await expectTRPCError(
      asMaya.clientSessions.bookForClient({
        ...slug,
        clientId: client.id,
        sessionTypeId: coaching.id,
        start: made.startAt.toISOString(),
        requestId: "coach-request-2",
      }),
      "CONFLICT",
    );
  });

  it("answers NOT_FOUND to a coach for another coach's client, and lets an admin book with the client's coach", async () => {
    const { sam, owner, slug, coaching, client, maya } = await setup();
    const input = {
      ...slug,
      clientId: client.id,
      sessionTypeId: coaching.id,
      start: "2026-11-24T09:00:00Z",
      requestId: "sam-request-1",
    };
    await expectTRPCError(callerFor(sam.user, fixedClock(now)).clientSessions.bookForClient(input), "NOT_FOUND");
    const made = await callerFor(owner, fixedClock(now)).clientSessions.bookForClient({
      ...input,
      requestId: "owner-request-1",
    });
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: made.id } })).coachProfileId).toBe(maya.profile.id);
  });
});

describe("session notes", () => {
  it("lets the coach note a session once it has started, shows it to staff under that session, and never to the client", async () => {
    const { maya, slug, coaching, client, asAda, owner } = await setup();
    const asMaya = callerFor(maya.user, fixedClock(now));
    const made = await asMaya.clientSessions.bookForClient({
      ...slug,
      clientId: client.id,
      sessionTypeId: coaching.id,
      start: "2026-11-23T09:00:00Z",
      requestId: "note-request-1",
    });
    const note = { ...slug, bookingId: made.id, body: "Nervous about salary talk; practise next time." };
    await expectTRPCError(asMaya.clients.addSessionNote(note), "CONFLICT");
    const later = callerFor(maya.user, fixedClock(new Date("2026-11-23T09:10:00Z")));
    await later.clients.addSessionNote(note);

    const detail = await later.clients.detail({ ...slug, clientId: client.id });
    const session = detail.upcomingSessions.concat(detail.pastSessions).find((s) => s.id === made.id)!;
    expect(session.notes.map((n) => n.body)).toEqual([note.body]);
    expect(detail.notes.map((n) => n.body)).not.toContain(note.body);
    // A private note stays the author's, even from the owner.
    const asOwner = await callerFor(owner, fixedClock(now)).clients.detail({ ...slug, clientId: client.id });
    expect(JSON.stringify(asOwner)).not.toContain(note.body);
    await expectTRPCError(asAda.clients.detail({ ...slug, clientId: client.id }), "FORBIDDEN");
    expect(JSON.stringify(await asAda.clientSessions.overview(slug))).not.toContain(note.body);
  });
});
