import { describe, expect, it } from "vitest";
import type { AppError } from "~/server/errors";
import { createBookableCoach, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { deliverAndReadMailbox } from "~/test/outbox";
import { linkClientRecordsToUser } from "./client-link.system.repo";
import { MANAGE_LINK_RESEND_WINDOW_MINUTES } from "./booking-notifications";
import {
  ALREADY_BOOKED,
  bookPublicSession,
  bookingsPausedMessage,
  cancelByBooker,
  findManagedBooking,
  getPublicPractice,
  listPublicSlots,
  MAX_BOOKINGS_PER_EMAIL_PER_DAY,
  reschedulePausedMessage,
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

    const result = await bookPublicSession({ ...base, ...booker(1), start: "2026-11-24T09:00:00Z" }, { now });
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
    expect(toBooker.text).toContain("Tue, 24 Nov 2026, 04:00 EST"); // in the booker's zone
    expect(toBooker.text).toContain(result.manageUrl);
    const invite = toBooker.attachments?.find((part) => part.contentType.startsWith("text/calendar"))?.content;
    expect(invite).toContain("METHOD:REQUEST");
    expect(invite).toContain("DTSTART:20261124T090000Z");
    expect(invite).toContain(`UID:${result.booking.uid}@fieldnotes`);
    expect(mails.find((m) => m.to.includes(coach.user.email))?.subject).toMatch(/New booking/);
  });

  it("writes the booker's letters on the clock of the browser they booked from", async () => {
    const { base } = await setup();
    const start = "2026-11-24T14:00:00Z"; // 09:00 in New York
    await bookPublicSession({ ...base, ...booker(41), start }, { now, acceptLanguage: "en-US,en;q=0.9" });
    await bookPublicSession(
      { ...base, ...booker(42), start: "2026-11-24T15:00:00Z" },
      { now, acceptLanguage: "en-GB,en;q=0.8" },
    );
    const mails = await deliverAndReadMailbox();
    const subjectTo = (email: string) => mails.find((m) => m.to.includes(email) && m.subject.startsWith("Confirmed"))!;
    expect(subjectTo("booker41@example.com").subject).toMatch(/Tue, Nov 24, 2026, 9:00\sAM EST$/);
    expect(subjectTo("booker42@example.com").subject).toMatch(/Tue, 24 Nov 2026, 10:00 EST$/);
  });

  it("gives one booking and nineteen conflicts to twenty simultaneous requests for one slot", async () => {
    const { coach, base } = await setup();
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        bookPublicSession({ ...base, ...booker(n), start: "2026-11-25T10:00:00Z" }, { now }),
      ),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    expect(lost.map((a) => (a.reason as AppError).code ?? String(a.reason))).toEqual(Array(19).fill("CONFLICT"));
    expect(await prisma.booking.count({ where: { coachProfileId: coach.profile.id, status: "CONFIRMED" } })).toBe(1);
  });

  it("refuses a slot inside another booking's buffer, even when written straight to the database", async () => {
    const { coach, base } = await setup({ bufferAfterMinutes: 10 });
    await bookPublicSession({ ...base, ...booker(1), start: "2026-11-24T09:00:00Z" }, { now });
    // The engine never offers 09:20 (inside the 10-minute buffer); the database refuses it too.
    const client = await prisma.client.findFirstOrThrow({ where: { coachProfileId: coach.profile.id } });
    await expect(
      prisma.booking.create({
        data: {
          uid: "raw",
          practiceId: coach.profile.practiceId,
          coachProfileId: coach.profile.id,
          sessionTypeId: coach.profile.discovery.id,
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

  it("answers an exact replay of a keyed request with the same booking and its link", async () => {
    const { coach, base } = await setup();
    const request = { ...base, ...booker(1), start: "2026-11-24T11:00:00Z" };
    const first = await bookPublicSession(request, { now, idempotencyKey: "retry-key-123" });
    const replay = await bookPublicSession(request, { now, idempotencyKey: "retry-key-123" });
    expect(replay).toMatchObject({ created: false, manageUrl: first.manageUrl });
    expect(await prisma.booking.count({ where: { coachProfileId: coach.profile.id } })).toBe(1);
  });
  it("refuses past, off-grid and unknown requests with reasons", async () => {
    const { base } = await setup({ minimumNoticeMinutes: 12 * 60 });
    const refuse = (start: string) =>
      bookPublicSession({ ...base, ...booker(9), start }, { now }).catch((e: { code: string; message: string }) => e);
    expect(await refuse("2026-11-20T10:00:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /already passed/ });
    expect(await refuse("2026-11-24T10:07:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /not offered/ });
    expect(await refuse("2026-11-23T15:00:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /too soon/ });
    expect(await refuse("2026-11-24T03:00:00Z")).toMatchObject({ code: "BAD_REQUEST", message: /outside/ });
    await expect(
      bookPublicSession({ ...base, coachSlug: "nobody", ...booker(9), start: "2026-11-24T10:00:00Z" }, { now }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets the booker cancel and reschedule with the manage token only, and frees the slot again", async () => {
    const { base } = await setup();
    const made = await bookPublicSession({ ...base, ...booker(1), start: "2026-11-24T13:00:00Z" }, { now });
    await expect(findManagedBooking(made.booking.uid, "wrong-token-wrong-token-wrong")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const { booking: moved } = await rescheduleByBooker(
      made.booking.uid,
      made.manageToken,
      new Date("2026-11-24T14:00:00Z"),
      now,
    );
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
    const again = await bookPublicSession({ ...base, ...booker(2), start: "2026-11-24T14:00:00Z" }, { now });
    expect(again.created).toBe(true);
  });
});

describe("leads and accounts", () => {
  it("links a booker's lead record to their account when they sign in with that email", async () => {
    const { practice, base } = await setup();
    await bookPublicSession({ ...base, ...booker(5), start: "2026-11-24T15:00:00Z" }, { now });
    const user = await prisma.user.create({ data: { email: "booker5@example.com" } });
    await linkClientRecordsToUser(user.email, user.id);
    expect(await prisma.client.findFirst({ where: { practiceId: practice.id, email: user.email } })).toMatchObject({
      userId: user.id,
    });
  });
});

describe("a manage link only for the person who holds it", () => {
  const start = "2026-11-24T11:00:00Z";
  const linkEmailsTo = (email: string) =>
    prisma.emailMessage.count({ where: { to: email, dedupeKey: { startsWith: "booking-link-again:" } } });

  it("refuses a used Idempotency-Key with any other body, and hands out no link", async () => {
    const { base } = await setup();
    const original = { ...base, ...booker(1), start };
    await bookPublicSession(original, { now, idempotencyKey: "victim-key-0001" });
    const variants = [
      { ...original, email: "attacker@example.com" },
      { ...original, name: "Someone Else" },
      { ...original, timeZone: "Asia/Tokyo" },
      { ...original, answers: { fieldsOfInterest: "UX", whatPrompted: "curious" } },
      { ...original, start: "2026-11-24T11:30:00Z" },
    ];
    for (const variant of variants) {
      const refused = await bookPublicSession(variant, { now, idempotencyKey: "victim-key-0001" }).catch(
        (e: AppError) => e,
      );
      expect(refused).toMatchObject({ code: "BAD_REQUEST", message: /Idempotency-Key was already used/ });
    }
  });

  it("answers someone else's email, coach and start with 409 and emails the link to that address only", async () => {
    const { base } = await setup();
    const made = await bookPublicSession({ ...base, ...booker(1), start }, { now, idempotencyKey: "own-key-0001" });
    const guesses = [
      () => bookPublicSession({ ...base, ...booker(1), name: "Mallory", start }, { now }),
      () => bookPublicSession({ ...base, ...booker(1), start }, { now, idempotencyKey: "other-key-0002" }),
    ];
    for (const guess of guesses) {
      const refused = await guess().catch((e: AppError) => e);
      expect(refused).toMatchObject({ code: "CONFLICT", message: ALREADY_BOOKED });
      expect(JSON.stringify(refused)).not.toContain(made.manageToken);
    }
    const again = (await deliverAndReadMailbox()).filter(
      (m) => m.to.includes("booker1@example.com") && m.text.includes(made.manageUrl),
    );
    expect(again).toHaveLength(2); // the confirmation, and the one re-send of this window
    expect(await linkEmailsTo("booker1@example.com")).toBe(1);
  });

  it("sends one link per window however many duplicates arrive, and another in the next window", async () => {
    const { base } = await setup();
    await bookPublicSession({ ...base, ...booker(2), start }, { now });
    const duplicates = await Promise.allSettled(
      Array.from({ length: 8 }, () => bookPublicSession({ ...base, ...booker(2), start }, { now })),
    );
    expect(duplicates.map((d) => d.status)).toEqual(Array(8).fill("rejected"));
    expect(await linkEmailsTo("booker2@example.com")).toBe(1);
    const later = new Date(now.getTime() + MANAGE_LINK_RESEND_WINDOW_MINUTES * 60_000);
    await bookPublicSession({ ...base, ...booker(2), start }, { now: later }).catch(() => {});
    expect(await linkEmailsTo("booker2@example.com")).toBe(2);
  });
});

describe("bookings per email address", () => {
  it("allows a few bookings an address a day, counted under concurrency, and more the next day", async () => {
    const { coach, base } = await setup();
    const starts = Array.from({ length: 10 }, (_, n) => new Date(Date.UTC(2026, 10, 24 + n, 10)));
    const attempts = await Promise.allSettled(
      starts.map((at) => bookPublicSession({ ...base, ...booker(3), start: at.toISOString() }, { now })),
    );
    const refused = attempts.flatMap((a) => (a.status === "rejected" ? [a.reason as AppError] : []));
    expect(attempts.length - refused.length).toBe(MAX_BOOKINGS_PER_EMAIL_PER_DAY);
    for (const reason of refused) expect(reason).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await prisma.booking.count({ where: { coachProfileId: coach.profile.id } })).toBe(
      MAX_BOOKINGS_PER_EMAIL_PER_DAY,
    );

    const aDayLater = new Date(now.getTime() + 86_400_000 + 60_000);
    const next = await bookPublicSession(
      // An hour none of the racing attempts asked for, so it cannot be one of their duplicates.
      { ...base, ...booker(3), start: "2026-11-29T11:00:00Z" },
      { now: aDayLater },
    );
    expect(next.created).toBe(true);
  });
});

describe("a stranger cannot change a client", () => {
  it("books with an existing client's email without touching that client or their account", async () => {
    const { practice, coach, base } = await setup();
    const other = await createBookableCoach(prisma, practice.id);
    const user = await prisma.user.create({
      data: { email: "ada@example.com", name: "Ada Lovelace", timeZone: "Europe/London" },
    });
    const client = await prisma.client.create({
      data: {
        practiceId: practice.id,
        email: "ada@example.com",
        name: "Ada Lovelace",
        timeZone: "Europe/London",
        status: "ACTIVE",
        userId: user.id,
        coachProfileId: other.profile.id,
      },
    });

    const made = await bookPublicSession(
      {
        ...base,
        name: "Mallory",
        email: "ada@example.com",
        timeZone: "Pacific/Kiritimati",
        start: "2026-11-24T10:00:00Z",
      },
      { now },
    );
    expect(made.booking).toMatchObject({
      clientId: client.id,
      bookerName: "Mallory",
      coachProfileId: coach.profile.id,
    });
    expect(await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).toEqual(client);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
    expect(await prisma.client.count({ where: { practiceId: practice.id } })).toBe(1);
  });
});

describe("a practice whose plan has lapsed", () => {
  async function lapsed() {
    const setupResult = await setup();
    const booking = await bookPublicSession({ ...setupResult.base, ...booker(4), start }, { now });
    await prisma.practiceSubscription.create({
      data: { practiceId: setupResult.practice.id, stripeCustomerId: `cus_${booking.booking.uid}`, status: "canceled" },
    });
    return { ...setupResult, booking };
  }
  const start = "2026-11-24T12:00:00Z";
  const noBillingWords = /\b(bill\w*|plans?|subscri\w*|pay\w*|invoice\w*|trial)\b/i;

  it("offers no slots and books nothing, with a sentence that says nothing about billing", async () => {
    const { practice, base } = await lapsed();
    const range = { from: "2026-11-25", to: "2026-11-25", timeZone: "UTC" };
    const noSlots = await listPublicSlots(base.practiceSlug, base.coachSlug, range, now).catch((e: AppError) => e);
    const noBooking = await bookPublicSession({ ...base, ...booker(5), start: "2026-11-25T10:00:00Z" }, { now }).catch(
      (e: AppError) => e,
    );
    for (const refused of [noSlots, noBooking]) {
      expect(refused).toMatchObject({ code: "FORBIDDEN", message: bookingsPausedMessage(practice.name) });
      expect((refused as AppError).message).not.toMatch(noBillingWords);
    }
    expect(await getPublicPractice(base.practiceSlug)).toMatchObject({ takingNewBookings: false });
    expect(await getPublicPractice(base.practiceSlug)).not.toHaveProperty("subscription");
  });

  it("lets the booker cancel from the manage link but not move the session", async () => {
    const { practice, booking } = await lapsed();
    const { uid } = booking.booking;
    const moved = await rescheduleByBooker(uid, booking.manageToken, new Date("2026-11-25T10:00:00Z"), now).catch(
      (e: AppError) => e,
    );
    expect(moved).toMatchObject({ code: "FORBIDDEN", message: reschedulePausedMessage(practice.name) });
    expect((moved as AppError).message).toMatch(/You can still cancel/);
    expect((await cancelByBooker(uid, booking.manageToken, null, now)).booking).toMatchObject({ status: "CANCELLED" });
  });

  it("takes bookings again once the practice is back in good standing", async () => {
    const { practice, base } = await lapsed();
    await prisma.practiceSubscription.update({ where: { practiceId: practice.id }, data: { status: "active" } });
    const made = await bookPublicSession({ ...base, ...booker(6), start: "2026-11-25T10:00:00Z" }, { now });
    expect(made.created).toBe(true);
  });
});
