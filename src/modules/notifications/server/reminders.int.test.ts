import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { createBookableCoach, createBookingRow, createPractice, createSessionType } from "../../../../prisma/factories";
import { DEFAULT_VIEWER_LOCALE } from "~/lib/viewer-locale";
import { queueBookingEmails } from "~/modules/bookings/server/booking-notifications";
import {
  bookPublicSession,
  cancelByBooker,
  rescheduleByBooker,
} from "~/modules/bookings/server/public-bookings.service";
import { storedSessionType } from "~/modules/scheduling/domain/session-types";
import { prisma } from "~/server/db/client";
import { tenantDb } from "~/server/db/tenant";
import { readMailbox } from "~/server/email/mailbox";
import { env } from "~/env";
import { callerFor } from "~/test/callers";
import { clearMailbox } from "~/test/outbox";
import { EmailLogView } from "../ui/email-log-view";
import { deliverDueEmails } from "./delivery";

// A booking's reminders, queued by the booking's own emails ahead of time for both sides, are
// checked against the booking as it is when the worker gets to them.

const HOUR = 3_600_000;
// Three days out on the hour: the booking's other emails are due from the real now onwards.
const start = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 72 * HOUR);
const at = (offsetMs: number) => () => new Date(start.getTime() + offsetMs);

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
  clearMailbox();
});

/** A confirmed discovery booking at `start`, booked now, with the emails that booking queues. */
async function bookedSession() {
  const { practice, owner } = await createPractice(prisma);
  const { profile } = await createBookableCoach(prisma, practice.id);
  const booking = await createBookingRow(prisma, profile, start);
  const coach = await prisma.coachProfile.findUniqueOrThrow({
    where: { id: profile.id },
    include: { practice: true, membership: { include: { user: true } } },
  });
  const session = { booking, coach, type: storedSessionType(profile.discovery) };
  await queueBookingEmails(tenantDb(practice.id), "confirmed", session, { now: new Date() });
  const reminders = await prisma.emailMessage.findMany({
    where: { practiceId: practice.id, template: "booking-reminder" },
    orderBy: [{ runAt: "asc" }, { to: "asc" }],
  });
  return { practice, owner, booking, coach, reminders };
}

const remindersIn = () => readMailbox(env.MAIL_CATCHER_DIR!).filter((mail) => mail.subject.startsWith("Reminder:"));
const row = (id: string) => prisma.emailMessage.findUniqueOrThrow({ where: { id } });

describe("booking reminders at send time", () => {
  it("queues a day-ahead and an hour-ahead reminder for each side, and sends late ones while the session is ahead", async () => {
    const { booking, coach, reminders } = await bookedSession();
    expect(reminders.map((r) => [r.runAt.getTime() - start.getTime(), r.to])).toEqual([
      [-24 * HOUR, booking.bookerEmail],
      [-24 * HOUR, coach.membership.user.email],
      [-HOUR, booking.bookerEmail],
      [-HOUR, coach.membership.user.email],
    ]);
    expect(await deliverDueEmails({ now: at(-HOUR) })).toMatchObject({ sent: 6, outdated: 0 });
    expect(
      remindersIn()
        .map((mail) => mail.to)
        .sort(),
    ).toEqual(
      [
        [booking.bookerEmail],
        [booking.bookerEmail],
        [coach.membership.user.email],
        [coach.membership.user.email],
      ].sort(),
    );
  });

  it("drops the reminders of a session that started while the worker was down, and the log says why", async () => {
    const { practice, owner, reminders } = await bookedSession();
    expect(await deliverDueEmails({ now: at(10 * 60_000) })).toMatchObject({ sent: 2, outdated: 4 });
    expect(remindersIn()).toEqual([]);
    const dropped = await row(reminders[0]!.id);
    expect(dropped).toMatchObject({
      status: "CANCELLED",
      attempts: 0,
      sentAt: null,
      lastError: expect.stringMatching(/already started when this reminder came due/),
    });
    expect(await deliverDueEmails({ now: at(HOUR) })).toMatchObject({ sent: 0, outdated: 0 }); // they stay dropped

    const api = callerFor(owner).notifications;
    const page = await api.log({ practiceSlug: practice.slug, status: "CANCELLED" });
    expect(page.items).toHaveLength(4);
    expect(page.items[0]).toMatchObject({ label: "Session reminder", subject: expect.stringMatching(/^Reminder:/) });
    const counts = await api.statusCounts({ practiceSlug: practice.slug });
    expect(counts).toMatchObject({ SENT: 2, CANCELLED: 4, DEAD: 0 });
    const shown = renderToStaticMarkup(
      createElement(EmailLogView, {
        practiceSlug: practice.slug,
        zone: "UTC",
        reader: DEFAULT_VIEWER_LOCALE,
        counts,
        page,
        status: "CANCELLED",
        cursor: null,
      }),
    );
    expect(shown).toContain("The session had already started when this reminder came due, so it was not sent.");
    expect(shown).not.toMatch(/attempt|could not be delivered/);
  });

  it("drops a reminder whose session was cancelled or moved even if the reminder was never withdrawn", async () => {
    const cancelled = await bookedSession();
    await prisma.booking.update({ where: { id: cancelled.booking.id }, data: { status: "CANCELLED" } });
    const moved = await bookedSession();
    await prisma.booking.update({ where: { id: moved.booking.id }, data: { rescheduleCount: 1 } });

    expect(await deliverDueEmails({ now: at(-HOUR) })).toMatchObject({ outdated: 8 });
    expect(remindersIn()).toEqual([]);
    expect((await row(cancelled.reminders[0]!.id)).lastError).toMatch(/was cancelled/);
    expect((await row(moved.reminders[0]!.id)).lastError).toMatch(/was moved/);
  });
});

describe("reminders of a booked session", () => {
  const now = new Date("2026-11-23T08:00:00Z");

  /** A coaching session by phone, the coach in New York, the booker in Tokyo, reminded 2 days and 30 minutes ahead. */
  async function phoneSession() {
    const { practice } = await createPractice(prisma);
    const coach = await createBookableCoach(prisma, practice.id, { timeZone: "America/New_York" });
    const type = await createSessionType(prisma, coach.profile, {
      slug: "debrief",
      name: "Interview debrief",
      durationMinutes: 30,
      locationKind: "PHONE_COACH",
      locationDetail: "+1 212 555 0147",
      reminderMinutesBefore: [2880, 30],
    });
    const made = await bookPublicSession(
      {
        practiceSlug: practice.slug,
        coachSlug: coach.profile.slug,
        sessionType: type.slug,
        start: "2026-11-27T15:00:00Z",
        name: "Kenji Sato",
        email: "kenji@example.com",
        timeZone: "Asia/Tokyo",
        answers: {},
      },
      { now },
    );
    return { coach, made };
  }

  const queued = (uid: string) =>
    prisma.emailMessage.findMany({
      where: { template: "booking-reminder", dedupeKey: { startsWith: `booking-reminder:${uid}:` } },
      orderBy: [{ runAt: "asc" }, { to: "asc" }],
      select: { to: true, runAt: true, status: true, data: true },
    });

  it("reminds each side at the type's lead times, in their own zone, naming the place", async () => {
    const { coach, made } = await phoneSession();
    const side = (to: string) => (to === "kenji@example.com" ? "booker" : to === coach.user.email ? "coach" : to);
    const reminders = await queued(made.booking.uid);
    expect(reminders.map((r) => `${r.runAt.toISOString()} ${side(r.to)}`).sort()).toEqual([
      "2026-11-25T15:00:00.000Z booker",
      "2026-11-25T15:00:00.000Z coach",
      "2026-11-27T14:30:00.000Z booker",
      "2026-11-27T14:30:00.000Z coach",
    ]);

    await deliverDueEmails({ now: () => new Date("2026-11-27T14:31:00Z") });
    const mails = remindersIn();
    const toBooker = mails.find((mail) => mail.to.includes("kenji@example.com"))!;
    const toCoach = mails.find((mail) => mail.to.includes(coach.user.email))!;
    const coachName = coach.profile.displayName;
    expect(toBooker.subject).toBe(`Reminder: Interview debrief with ${coachName}, Sat, 28 Nov 2026, 00:00 JST`);
    expect(toBooker.text).toContain(`Where: Phone call: call ${coachName} on +1 212 555 0147`);
    expect(toBooker.headers["reply-to"]).toBe(coach.user.email);
    expect(toCoach.subject).toMatch(/^Reminder: Interview debrief with Kenji Sato, Fri, 27 Nov 2026, 10:00 EST/);
    expect(toCoach.text).toContain("Where: Phone call: Kenji Sato calls you on +1 212 555 0147");
  });

  it("names the place the session has when the reminder goes out, not when it was queued", async () => {
    const { made } = await phoneSession();
    // What the scheduling side does when a coach gives a type a new place: its upcoming sessions follow.
    await prisma.booking.update({
      where: { id: made.booking.id },
      data: { locationKind: "VIDEO", locationDetail: "https://whereby.com/new-room" },
    });
    await deliverDueEmails({ now: () => new Date("2026-11-27T14:31:00Z") });
    const toBooker = remindersIn().find((mail) => mail.to.includes("kenji@example.com"))!;
    expect(toBooker.text).toContain("Where: Video call: https://whereby.com/new-room");
    expect(toBooker.text).not.toContain("+1 212 555 0147");
  });

  it("moves both sides' reminders with the session and withdraws them when it is cancelled", async () => {
    const { made } = await phoneSession();
    const { booking } = made;
    await rescheduleByBooker(booking.uid, made.manageToken, new Date("2026-11-30T16:00:00Z"), now);
    const afterMove = await queued(booking.uid);
    expect(afterMove.filter((r) => r.status === "CANCELLED")).toHaveLength(4);
    expect(afterMove.filter((r) => r.status === "QUEUED").map((r) => r.runAt.toISOString())).toEqual([
      "2026-11-28T16:00:00.000Z",
      "2026-11-28T16:00:00.000Z",
      "2026-11-30T15:30:00.000Z",
      "2026-11-30T15:30:00.000Z",
    ]);

    await cancelByBooker(booking.uid, made.manageToken, null, now);
    expect((await queued(booking.uid)).map((r) => r.status)).toEqual(Array(8).fill("CANCELLED"));
  });
});
