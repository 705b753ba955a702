import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { createBookableCoach, createBookingRow, createPractice } from "../../../../prisma/factories";
import { queueBookingEmails } from "~/modules/bookings/server/booking-notifications";
import { prisma } from "~/server/db/client";
import { tenantDb } from "~/server/db/tenant";
import { readMailbox } from "~/server/email/mailbox";
import { env } from "~/env";
import { callerFor } from "~/test/callers";
import { clearMailbox } from "~/test/outbox";
import { EmailLogView } from "../ui/email-log-view";
import { deliverDueEmails } from "./delivery";

// A booking's reminder, queued by the booking's own emails a day ahead, is checked against the
// booking as it is when the worker gets to it.

const HOUR = 3_600_000;
// Three days out on the hour: the booking's other emails are due from the real now onwards.
const start = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 72 * HOUR);
const at = (offsetMs: number) => () => new Date(start.getTime() + offsetMs);

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
  clearMailbox();
});

/** A confirmed booking at `start`, booked now, with the emails that booking queues. */
async function bookedSession() {
  const { practice, owner } = await createPractice(prisma);
  const { profile } = await createBookableCoach(prisma, practice.id);
  const booking = await createBookingRow(prisma, profile, start);
  const coach = await prisma.coachProfile.findUniqueOrThrow({
    where: { id: profile.id },
    include: { practice: true, membership: { include: { user: true } } },
  });
  await queueBookingEmails(tenantDb(practice.id), "confirmed", booking, coach, { now: new Date() });
  const reminder = await prisma.emailMessage.findFirstOrThrow({
    where: { practiceId: practice.id, template: "booking-reminder" },
  });
  expect(reminder.runAt).toEqual(new Date(start.getTime() - 24 * HOUR));
  return { practice, owner, booking, reminder };
}

const remindersIn = () => readMailbox(env.MAIL_CATCHER_DIR!).filter((mail) => mail.subject.startsWith("Reminder:"));
const row = (id: string) => prisma.emailMessage.findUniqueOrThrow({ where: { id } });

describe("booking reminders at send time", () => {
  it("sends a late reminder while the session is still ahead", async () => {
    const { booking, reminder } = await bookedSession();
    expect(await deliverDueEmails({ now: at(-HOUR) })).toMatchObject({ sent: 3, outdated: 0 });
    expect(remindersIn().map((mail) => mail.to)).toEqual([[booking.bookerEmail]]);
    expect(await row(reminder.id)).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("drops the reminder of a session that started while the worker was down, and the log says why", async () => {
    const { practice, owner, reminder } = await bookedSession();
    expect(await deliverDueEmails({ now: at(10 * 60_000) })).toMatchObject({ sent: 2, outdated: 1 });
    expect(remindersIn()).toEqual([]);
    expect(await row(reminder.id)).toMatchObject({
      status: "CANCELLED",
      attempts: 0,
      sentAt: null,
      lastError: expect.stringMatching(/already started when this reminder came due/),
    });
    expect(await deliverDueEmails({ now: at(HOUR) })).toMatchObject({ sent: 0, outdated: 0 }); // it stays dropped

    const api = callerFor(owner).notifications;
    const page = await api.log({ practiceSlug: practice.slug, status: "CANCELLED" });
    expect(page.items).toMatchObject([
      { id: reminder.id, label: "Session reminder", subject: expect.stringMatching(/^Reminder:/), attempts: 0 },
    ]);
    const counts = await api.statusCounts({ practiceSlug: practice.slug });
    expect(counts).toMatchObject({ SENT: 2, CANCELLED: 1, DEAD: 0 });
    const shown = renderToStaticMarkup(
      createElement(EmailLogView, {
        practiceSlug: practice.slug,
        zone: "UTC",
        counts,
        page,
        status: "CANCELLED",
        cursor: null,
      }),
    );
    expect(shown).toContain("Reason: The session had already started when this reminder came due");
    expect(shown).not.toMatch(/attempt|could not be delivered/);
  });

  it("drops a reminder whose session was cancelled or moved even if the reminder was never withdrawn", async () => {
    const cancelled = await bookedSession();
    await prisma.booking.update({ where: { id: cancelled.booking.id }, data: { status: "CANCELLED" } });
    const moved = await bookedSession();
    await prisma.booking.update({ where: { id: moved.booking.id }, data: { rescheduleCount: 1 } });

    expect(await deliverDueEmails({ now: at(-HOUR) })).toMatchObject({ outdated: 2 });
    expect(remindersIn()).toEqual([]);
    expect((await row(cancelled.reminder.id)).lastError).toMatch(/was cancelled/);
    expect((await row(moved.reminder.id)).lastError).toMatch(/was moved/);
  });
});
