import { describe, expect, it } from "vitest";
import { createBookableCoach, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { deliverAndReadMailbox } from "~/test/outbox";
import { linkClientRecordsToUser } from "./client-link.repo";
import {
  bookDiscoverySession,
  cancelByBooker,
  findManagedBooking,
  listPublicSlots,
  rescheduleByBooker,
} from "./public-bookings.service";

const now = new Date("2026-11-23T08:00:00Z"); // a Monday
const booker = (n: number) => ({ name: `Booker ${n}`, email: `booker${n}@example.com`, timeZone: "America/New_York" });

async function setup(overrides: Parameters<typeof createBookableCoach>[2] = {}) {
  const { practice } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id, overrides);
  return {
    practice,
    coach,
    base: {
      practiceSlug: practice.slug,
      coachSlug: coach.profile.slug,
      answers: { fieldsOfInterest: "UX", whatPrompted: "" },
    },
  };
}

describe("public booking", () => {
  it("books a listed slot, creates a lead, emails both sides with an invite, and stops offering the slot", async () => {
    const { practice, coach, base } = await setup();
    const listed = await listPublicSlots(
      base.practiceSlug,
      base.coachSlug,
      { from: "2026-11-24", to: "2026-11-24", timeZone: "UTC" },
      now,
    );
    expect(listed.slots[0]?.start.toISOString()).toBe("2026-11-24T09:00:00.000Z");
    expect(listed.slots).toHaveLength(16);

    const result = await bookDiscoverySession({ ...base, ...booker(1), start: "2026-11-24T09:00:00Z" }, { now });
    expect(result.created).toBe(true);
    expect(result.booking.endAt.toISOString()).toBe("2026-11-24T09:20:00.000Z");
    expect(result.manageUrl).toContain(`/bookings/${result.booking.uid}?token=`);
    expect(
      await prisma.client.findFirst({ where: { practiceId: practice.id, email: "booker1@example.com" } }),
    ).toMatchObject({ status: "LEAD", coachProfileId: coach.profile.id });
    expect(await prisma.booking.count({ where: { manageTokenHash: result.manageToken } })).toBe(0); // only the hash is stored

    const after = await listPublicSlots(
      base.practiceSlug,
      base.coachSlug,
      { from: "2026-11-24", to: "2026-11-24", timeZone: "UTC" },
      now,
    );
    expect(after.slots.map((s) => s.start.toISOString())).not.toContain("2026-11-24T09:00:00.000Z");

    const mails = await deliverAndReadMailbox();
    const toBooker = mails.find((m) => m.to.includes("booker1@example.com") && m.subject.startsWith("Confirmed"))!;
    expect(toBooker.subject).toMatch(/Confirmed/);
    expect(toBooker.text).toContain("Tue, 24 Nov 2026, 04:00 GMT-5"); // in the booker's zone
    expect(toBooker.text).toContain(result.manageUrl);
    const invite = toBooker.attachments?.find((part) => part.contentType.startsWith("text/calendar"))?.content;
    expect(invite).toContain("METHOD:REQUEST");
    expect(invite).toContain("DTSTART:20261124T090000Z");
    expect(invite).toContain(`UID:${result.booking.uid}@fieldnotes`);
    expect(mails.find((m) => m.to.includes(coach.user.email))?.subject).toMatch(/New booking/);
  });

  it("gives one booking and nineteen conflicts to twenty simultaneous requests for one slot", async () => {
    const { coach, base } = await setup();
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        bookDiscoverySession({ ...base, ...booker(n), start: "2026-11-25T10:00:00Z" }, { now }),
      ),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    expect(lost.every((a) => (a.reason as { code?: string }).code === "CONFLICT")).toBe(true);
    expect(await prisma.booking.count({ where: { coachProfileId: coach.profile.id, status: "CONFIRMED" } })).toBe(1);
  });

  it("refuses a slot inside another booking's buffer, even when written straight to the database", async () => {
    const { coach, base } = await setup({ bufferAfterMinutes: 10 });
    await bookDiscoverySession({ ...base, ...booker(1), start: "2026-11-24T09:00:00Z" }, { now });
    // The engine never offers 09:20 (inside the 10-minute buffer); the database refuses it too.
    const client = await prisma.client.findFirstOrThrow({ where: { coachProfileId: coach.profile.id } });
    await expect(
      prisma.booking.create({
        data: {
          uid: "raw",
          practiceId: coach.profile.practiceId,
          coachProfileId: coach.profile.id,
          clientId: client.id,
          startAt: new Date("2026-11-24T09:25:00Z"),
          endAt: new Date("2026-11-24T09:45:00Z"),
          blockedFrom: new Date("2026-11-24T09:25:00Z"),
          blockedUntil: new Date("2026-11-24T09:55:00Z"),
          bookerName: "x",
          bookerEmail: "x@example.com",
          bookerTimeZone: "UTC",
          manageTokenHash: "raw",
        },
      }),
    ).rejects.toThrow();
  });

  it("answers a retried request with the same booking", async () => {
    const { coach, base } = await setup();
    const first = await bookDiscoverySession(
      { ...base, ...booker(1), start: "2026-11-24T11:00:00Z" },
      { now, idempotencyKey: "retry-key-123" },
    );
    const byKey = await bookDiscoverySession(
      { ...base, ...booker(1), start: "2026-11-24T11:00:00Z" },
      { now, idempotencyKey: "retry-key-123" },
    );
    const bySameRequest = await bookDiscoverySession({ ...base, ...booker(1), start: "2026-11-24T11:00:00Z" }, { now });
    expect(byKey).toMatchObject({ created: false, manageUrl: first.manageUrl });
    expect(bySameRequest.booking.uid).toBe(first.booking.uid);
    expect(await prisma.booking.count({ where: { coachProfileId: coach.profile.id } })).toBe(1);
  });

  it("refuses past, off-grid and unknown requests with reasons", async () => {
    const { base } = await setup({ minimumNoticeMinutes: 12 * 60 });
    const refuse = (start: string) =>
      bookDiscoverySession({ ...base, ...booker(9), start }, { now }).catch(
        (e: { code: string; message: string }) => e,
      );
    expect(await refuse("2026-11-20T10:00:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /already passed/ });
    expect(await refuse("2026-11-24T10:07:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /not offered/ });
    expect(await refuse("2026-11-23T15:00:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /too soon/ });
    expect(await refuse("2026-11-24T03:00:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /outside/ });
    await expect(
      bookDiscoverySession({ ...base, coachSlug: "nobody", ...booker(9), start: "2026-11-24T10:00:00Z" }, { now }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets the booker cancel and reschedule with the manage token only, and frees the slot again", async () => {
    const { base } = await setup();
    const made = await bookDiscoverySession({ ...base, ...booker(1), start: "2026-11-24T13:00:00Z" }, { now });
    await expect(findManagedBooking(made.booking.uid, "wrong-token-wrong-token-wrong")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const moved = await rescheduleByBooker(made.booking.uid, made.manageToken, new Date("2026-11-24T14:00:00Z"), now);
    expect(moved.startAt.toISOString()).toBe("2026-11-24T14:00:00.000Z");
    expect(moved.rescheduleCount).toBe(1);

    await cancelByBooker(made.booking.uid, made.manageToken, "Found a job", now);
    const cancelled = (await deliverAndReadMailbox()).find(
      (m) => m.to.includes(made.booking.bookerEmail) && m.subject.startsWith("Cancelled"),
    );
    const removal = cancelled?.attachments?.find((part) => part.contentType.startsWith("text/calendar"))?.content;
    expect(removal).toContain("METHOD:CANCEL");
    expect(removal).toContain(`UID:${made.booking.uid}@fieldnotes`);
    await expect(cancelByBooker(made.booking.uid, made.manageToken, null, now)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const again = await bookDiscoverySession({ ...base, ...booker(2), start: "2026-11-24T14:00:00Z" }, { now });
    expect(again.created).toBe(true);
  });
});

describe("leads and accounts", () => {
  it("links a booker's lead record to their account when they sign in with that email", async () => {
    const { practice, base } = await setup();
    await bookDiscoverySession({ ...base, ...booker(5), start: "2026-11-24T15:00:00Z" }, { now });
    const user = await prisma.user.create({ data: { email: "booker5@example.com" } });
    await linkClientRecordsToUser(user.email, user.id);
    expect(await prisma.client.findFirst({ where: { practiceId: practice.id, email: user.email } })).toMatchObject({
      userId: user.id,
    });
  });
});

describe("reminders", () => {
  it("schedules a reminder 24 hours before, moves it with the session, and withdraws it on cancellation", async () => {
    const { base } = await setup();
    const reminders = () =>
      prisma.emailMessage.findMany({
        where: { template: "booking-reminder", to: "booker7@example.com" },
        orderBy: { createdAt: "asc" },
        select: { status: true, runAt: true },
      });
    const made = await bookDiscoverySession({ ...base, ...booker(7), start: "2026-11-26T10:00:00Z" }, { now });
    expect(await reminders()).toEqual([{ status: "QUEUED", runAt: new Date("2026-11-25T10:00:00Z") }]);

    await rescheduleByBooker(made.booking.uid, made.manageToken, new Date("2026-11-27T11:00:00Z"), now);
    expect(await reminders()).toEqual([
      { status: "CANCELLED", runAt: new Date("2026-11-25T10:00:00Z") },
      { status: "QUEUED", runAt: new Date("2026-11-26T11:00:00Z") },
    ]);

    await cancelByBooker(made.booking.uid, made.manageToken, null, now);
    expect((await reminders()).map((row) => row.status)).toEqual(["CANCELLED", "CANCELLED"]);
  });
});
