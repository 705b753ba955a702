import { beforeEach, describe, expect, it } from "vitest";
import { createBookableCoach, createBookingRow, createPractice } from "../../../../prisma/factories";
import { env } from "~/env";
import { queueBookingEmails } from "~/modules/bookings/server/booking-notifications";
import { bookPublicSession } from "~/modules/bookings/server/public-bookings.service";
import { storedSessionType } from "~/modules/scheduling/domain/session-types";
import { prisma } from "~/server/db/client";
import { tenantDb } from "~/server/db/tenant";
import type { StoredEmailData } from "~/server/email/outbox";
import { clearMailbox, deliverAndReadMailbox } from "~/test/outbox";

// Who a booking's emails say they are from and where replies go, as queued and as the real SMTP catcher receives
// them: the booker hears from the coach via the practice and replies reach the coach; the coach hears from the
// practice and replies reach the booker. The address is always EMAIL_FROM's.

const now = new Date("2026-11-23T08:00:00Z");
const sendingAddress = env.EMAIL_FROM.match(/<([^>]+)>/)?.[1] ?? env.EMAIL_FROM;
const LOGO = "https://cdn.example.com/harbor-logo.png";

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
  clearMailbox();
});

async function bookWith(coachName: string) {
  const { practice } = await createPractice(prisma, { name: "Harbor Career Studio" });
  const coach = await createBookableCoach(prisma, practice.id);
  await prisma.coachProfile.update({ where: { id: coach.profile.id }, data: { displayName: coachName } });
  const booker = { name: "Priya Raman", email: `priya-${practice.id}@example.com`, timeZone: "America/New_York" };
  await bookPublicSession(
    {
      practiceSlug: practice.slug,
      coachSlug: coach.profile.slug,
      answers: { fieldsOfInterest: "UX", whatPrompted: "" },
      start: "2026-11-24T09:00:00Z",
      ...booker,
    },
    { now },
  );
  return { practice, coach, booker };
}

const queued = async (to: string) => {
  const row = await prisma.emailMessage.findFirstOrThrow({ where: { to, template: "booking-update" } });
  return row.data as unknown as StoredEmailData;
};

describe("a booking's emails", () => {
  it("come from the coach via the practice for the booker and from the practice for the coach", async () => {
    const { practice, coach, booker } = await bookWith("Maya Chen");
    expect(await queued(booker.email)).toMatchObject({
      fromName: "Maya Chen via Harbor Career Studio",
      replyTo: coach.user.email,
    });
    expect(await queued(coach.user.email)).toMatchObject({
      fromName: "Harbor Career Studio",
      replyTo: booker.email,
    });

    // A logo set after the email was queued is the one it shows.
    await prisma.practice.update({ where: { id: practice.id }, data: { logoUrl: LOGO } });
    const mails = await deliverAndReadMailbox();
    const toBooker = mails.find((mail) => mail.to.includes(booker.email) && mail.subject.startsWith("Confirmed:"))!;
    expect(toBooker.from).toBe(`Maya Chen via Harbor Career Studio <${sendingAddress}>`);
    expect(toBooker.headers["reply-to"]).toBe(coach.user.email);
    expect(toBooker.html).toContain(`<title>${toBooker.subject}</title>`);
    expect(toBooker.html).toMatch(new RegExp(`<img [^>]*src="${LOGO}"`));
    expect(toBooker.text).toContain("Maya Chen\n\nHarbor Career Studio\n\nSent by Fieldnotes");
    const toCoach = mails.find((mail) => mail.to.includes(coach.user.email) && mail.subject.startsWith("New booking"))!;
    expect(toCoach.from).toBe(`Harbor Career Studio <${sendingAddress}>`);
    expect(toCoach.headers["reply-to"]).toBe(booker.email);
    expect(toCoach.text).not.toContain("Harbor Career Studio\n\nSent by Fieldnotes"); // no signature to the coach
  });

  it("keep a hostile coach name to one From line with the sending address", async () => {
    const { booker } = await bookWith('Evil"\r\nBcc: victim@example.com\r\nX-Evil: <1>');
    const mails = await deliverAndReadMailbox();
    const toBooker = mails.find((mail) => mail.to.includes(booker.email) && mail.subject.startsWith("Confirmed:"))!;
    expect(toBooker.from).toBe(`Evil Bcc: victim@example.com X-Evil: 1 via Harbor Career Studio <${sendingAddress}>`);
    expect(toBooker.headers).not.toHaveProperty("bcc");
    expect(toBooker.headers).not.toHaveProperty("x-evil");
    expect(mails.filter((mail) => mail.to.includes("victim@example.com"))).toEqual([]);
  });
});

describe("the times in a booking's emails", () => {
  it("follow the coach's own 12- or 24-hour choice in the coach's letter, and the default clock in the booker's", async () => {
    const { practice } = await createPractice(prisma);
    const { profile, user } = await createBookableCoach(prisma, practice.id, { timeZone: "America/New_York" });
    await prisma.user.update({ where: { id: user.id }, data: { timeFormat: "H12" } });
    const booking = await createBookingRow(prisma, profile, new Date("2026-11-24T19:30:00Z"));
    const coach = await prisma.coachProfile.findUniqueOrThrow({
      where: { id: profile.id },
      include: { practice: true, membership: { include: { user: true } } },
    });
    const session = { booking, coach, type: storedSessionType(profile.discovery) };
    await queueBookingEmails(tenantDb(practice.id), "confirmed", session, { now });
    const whenFor = async (to: string) => ((await queued(to)).props as { when: string }).when;
    expect(await whenFor(user.email)).toMatch(/2:30\spm/i);
    expect(await whenFor(booking.bookerEmail)).toMatch(/19:30/);
  });
});
