import { describe, expect, it } from "vitest";
import { createBookableCoach, createPractice, createSessionType } from "../../../../prisma/factories";
import { GET as downloadCalendar } from "~/app/bookings/[uid]/calendar.ics/route";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { deliverAndReadMailbox } from "~/test/outbox";
import { addToCalendarLinks } from "./calendar-files";
import { bookPublicSession, cancelByBooker, findManagedBooking, listPublicSlots } from "./public-bookings.service";

// A coach's several session types on one schedule: each books with its own rules, every type's
// sessions block the others, and the place a type names travels with each booking.

const now = new Date("2026-11-23T08:00:00Z"); // a Monday
const MEET = "https://whereby.com/fieldnotes-maya";

async function coachWithCoaching() {
  const { practice } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id, { timeZone: "UTC" });
  const coaching = await createSessionType(prisma, coach.profile, {
    slug: "coaching",
    name: "Coaching session",
    durationMinutes: 45,
    slotIntervalMinutes: 15,
    bufferAfterMinutes: 0,
    locationKind: "VIDEO",
    locationDetail: MEET,
  });
  const request = (n: number, start: string, sessionType?: string) => ({
    practiceSlug: practice.slug,
    coachSlug: coach.profile.slug,
    sessionType,
    start,
    name: `Booker ${n}`,
    email: `types-${n}@example.com`,
    timeZone: "Europe/Paris",
    answers: {},
  });
  return { practice, coach, coaching, request };
}

const day = { from: "2026-11-24", to: "2026-11-24", timeZone: "UTC" };
const startsOf = (result: { slots: ReadonlyArray<{ start: Date }> }) =>
  result.slots.map((slot) => slot.start.toISOString());

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);

describe("session types on one schedule", () => {
  it("lists each type with its own length and grid, and a session of one type blocks the others", async () => {
    const { practice, coach, request } = await coachWithCoaching();
    const slugs = [practice.slug, coach.profile.slug] as const;
    const coaching = await listPublicSlots(...slugs, { ...day, sessionType: "coaching" }, now);
    expect(coaching.durationMinutes).toBe(45);
    expect(startsOf(coaching).slice(0, 3)).toEqual([
      "2026-11-24T09:00:00.000Z",
      "2026-11-24T09:15:00.000Z",
      "2026-11-24T09:30:00.000Z",
    ]);

    // A discovery session at 10:00 blocks 10:00–10:30 with its 10-minute buffer.
    await bookPublicSession(request(1, "2026-11-24T10:00:00Z"), { now });
    const around = startsOf(await listPublicSlots(...slugs, { ...day, sessionType: "coaching" }, now));
    expect(around).toContain("2026-11-24T09:15:00.000Z"); // ends 10:00, where the discovery session starts
    expect(around).not.toContain("2026-11-24T09:30:00.000Z");
    expect(around).not.toContain("2026-11-24T10:15:00.000Z");
    expect(around).toContain("2026-11-24T10:30:00.000Z");

    // And a coaching session blocks the discovery grid.
    await bookPublicSession(request(2, "2026-11-24T13:00:00Z", "coaching"), { now });
    const discovery = startsOf(await listPublicSlots(...slugs, day, now));
    expect(discovery).not.toContain("2026-11-24T13:30:00.000Z");
    expect(discovery).toContain("2026-11-24T14:00:00.000Z");
  });

  it("copies the type's place to the booking, and puts the meeting link in both sides' invitations", async () => {
    const { coach, coaching, request } = await coachWithCoaching();
    const made = await bookPublicSession(request(3, "2026-11-25T09:00:00Z", "coaching"), { now });
    expect(made.booking).toMatchObject({ sessionTypeId: coaching.id, locationKind: "VIDEO", locationDetail: MEET });
    const mails = await deliverAndReadMailbox();
    const toBooker = mails.find((m) => m.to.includes("types-3@example.com"))!;
    const toCoach = mails.find((m) => m.to.includes(coach.user.email))!;
    expect(toBooker.subject).toBe(
      `Confirmed: Coaching session with ${coach.profile.displayName}, Wed, 25 Nov 2026, 10:00 CET`,
    );
    expect(toBooker.text).toContain(`Where: Video call: ${MEET}`);
    expect(toBooker.headers["reply-to"]).toBe(coach.user.email);
    expect(toCoach.headers["reply-to"]).toBe("types-3@example.com"); // the coach answers the booker
    for (const mail of [toBooker, toCoach]) {
      const ics = mail.attachments!.find((part) => part.contentType.startsWith("text/calendar"))!.content;
      const lines = ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
      expect(lines).toContain(`LOCATION:${MEET}`);
      expect(lines).toContain(`URL;VALUE=URI:${MEET}`);
      expect(lines.find((line) => line.startsWith("DESCRIPTION:"))).toContain(`Join: ${MEET}`);
    }
    const bookerIcs = toBooker.attachments!.find((part) => part.contentType.startsWith("text/calendar"))!.content;
    const coachIcs = toCoach.attachments!.find((part) => part.contentType.startsWith("text/calendar"))!.content;
    expect(bookerIcs.replace(/\r?\n[ \t]/g, "")).toContain(`Change or cancel: ${made.manageUrl}`);
    expect(coachIcs).not.toContain("token=");
  });

  it("offers the booker a calendar file and Google and Outlook links that keep the manage link to themselves", async () => {
    const { coaching, request } = await coachWithCoaching();
    const made = await bookPublicSession(request(4, "2026-11-26T09:00:00Z", "coaching"), { now });
    const booking = await findManagedBooking(made.booking.uid, made.manageToken);
    const links = addToCalendarLinks(booking);
    const google = new URL(links.google);
    expect(google.searchParams.get("dates")).toBe("20261126T090000Z/20261126T094500Z");
    expect(google.searchParams.get("location")).toBe(MEET);
    expect(google.searchParams.get("details")).toContain(`Join: ${MEET}`);
    expect(new URL(links.outlook).searchParams.get("subject")).toBe(
      `${coaching.name} with ${booking.coach.displayName}`,
    );
    for (const link of Object.values(links)) expect(link).not.toContain(made.manageToken);

    const file = await downloadCalendar(
      new Request(`http://localhost/bookings/${made.booking.uid}/calendar.ics?token=${made.manageToken}`),
      { params: Promise.resolve({ uid: made.booking.uid }) },
    );
    expect(file.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await file.text();
    expect(ics).toContain("METHOD:PUBLISH");
    expect(ics).toContain(`UID:${made.booking.uid}@fieldnotes`);
    expect(ics).toContain(`LOCATION:${MEET}`);
    const wrong = await downloadCalendar(
      new Request(`http://localhost/bookings/${made.booking.uid}/calendar.ics?token=${"a".repeat(43)}`),
      { params: Promise.resolve({ uid: made.booking.uid }) },
    );
    expect(wrong.status).toBe(404);

    // Once cancelled, the same file removes the event: one step past the last invitation, and no offer to change it.
    await cancelByBooker(made.booking.uid, made.manageToken, null, now);
    const mails = await deliverAndReadMailbox();
    const cancelNotice = mails.find((m) => m.to.includes("types-4@example.com") && /Cancelled/.test(m.subject))!;
    const cancelInvite = cancelNotice.attachments!.find((part) => part.contentType.startsWith("text/calendar"))!;
    const afterCancel = await downloadCalendar(
      new Request(`http://localhost/bookings/${made.booking.uid}/calendar.ics?token=${made.manageToken}`),
      { params: Promise.resolve({ uid: made.booking.uid }) },
    );
    const cancelledIcs = unfold(await afterCancel.text());
    expect(cancelledIcs).toContain("METHOD:CANCEL");
    expect(cancelledIcs).toContain("SEQUENCE:1");
    expect(unfold(cancelInvite.content)).toContain("SEQUENCE:1");
    expect(cancelledIcs.find((line) => line.startsWith("DESCRIPTION:"))).toMatch(/^DESCRIPTION:Cancelled: /);
    expect(cancelledIcs.join("\n")).not.toContain("Change or cancel");
  });

  it("lets the coach move a session of a type within its change window, with that type's length", async () => {
    const { practice, coach, coaching, request } = await coachWithCoaching();
    await prisma.sessionType.update({ where: { id: coaching.id }, data: { changeWindowHours: 48 } });
    const made = await bookPublicSession(request(5, "2026-11-24T09:00:00Z", "coaching"), { now });
    const moved = await callerFor(coach.user, fixedClock(now)).bookings.reschedule({
      practiceSlug: practice.slug,
      bookingId: made.booking.id,
      start: "2026-11-24T11:15:00Z",
    });
    expect(moved.startAt.toISOString()).toBe("2026-11-24T11:15:00.000Z");
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: made.booking.id } })).endAt.toISOString()).toBe(
      "2026-11-24T12:00:00.000Z",
    );
  });
});
