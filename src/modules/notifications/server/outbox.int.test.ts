import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createBookableCoach, createBookingRow, createPractice } from "../../../../prisma/factories";
import { env } from "~/env";
import { prisma } from "~/server/db/client";
import { tenantDb } from "~/server/db/tenant";
import { readMailbox } from "~/server/email/mailbox";
import { clearMailbox, deliverAndReadMailbox, testSmtp } from "~/test/outbox";
import { bookingReminderKey } from "../domain/booking-reminders";
import { readUnsubscribeToken } from "~/server/email/unsubscribe-token";
import { TEMPLATE_PREVIEWS } from "../template-previews";
import { EMAIL_TEMPLATES, type EmailTemplateName } from "~/server/email/templates";
import { GET, POST } from "~/app/api/email/unsubscribe/route";
import { deliverDueEmails, deliverEmail, prepareClaimedEmails, unsubscribeUrlFor } from "./delivery";
import { enqueueEmail } from "~/server/email/outbox";
import { systemOutbox } from "~/server/email/outbox.system.repo";
import { appMailer, createMailer } from "~/server/email/mailer";
import { createOutboxDelivery } from "~/server/worker/outbox-delivery";
import { startMailCatcher } from "../../../../scripts/lib/mail-catcher";

const PREVIEWS = TEMPLATE_PREVIEWS;

/** Every URL in a template's props, lists included. */
const linksIn = (value: unknown): string[] =>
  typeof value === "string"
    ? value.startsWith("http")
      ? [value]
      : []
    : value && typeof value === "object"
      ? Object.values(value).flatMap(linksIn)
      : [];

const signIn = (n: number, dedupeKey = `test:${n}`) =>
  enqueueEmail(systemOutbox, {
    template: "sign-in",
    to: `person${n}@example.com`,
    props: { url: `http://localhost:3000/signin/confirm?token=t${n}`, expiresInMinutes: 15 },
    dedupeKey,
    practiceId: null,
  });

/**
 * A reminder's key for a real booking three days out, at the preview's place: the worker sends a reminder only while
 * its session is ahead, naming where the session happens as the booking says then.
 */
async function upcomingReminderKey(practiceId: string) {
  const { profile } = await createBookableCoach(prisma, practiceId);
  const booking = await createBookingRow(prisma, profile, new Date(Date.now() + 72 * 3_600_000));
  await prisma.booking.update({
    where: { id: booking.id },
    data: { locationKind: "VIDEO", locationDetail: PREVIEWS["booking-reminder"].place?.href ?? null },
  });
  return bookingReminderKey(booking, 60, "booker");
}

/** Queues sign-in emails to person<n>@example.com in one transaction, as one change would. */
const queueSignIns = (count: number) =>
  prisma.$transaction(
    async (tx) => {
      for (let n = 0; n < count; n++) {
        await enqueueEmail(tx, {
          template: "sign-in",
          to: `person${n}@example.com`,
          props: { url: `http://localhost:3000/signin/confirm?token=t${n}`, expiresInMinutes: 15 },
          dedupeKey: `batch:${n}`,
          practiceId: null,
        });
      }
    },
    { timeout: 60_000 },
  );
const people = (count: number) => Array.from({ length: count }, (_, n) => `person${n}@example.com`).sort();
const recipients = (dir = env.MAIL_CATCHER_DIR!) =>
  readMailbox(dir)
    .map((mail) => mail.to[0]!)
    .sort();

const statuses = async () =>
  Object.fromEntries(
    (await prisma.emailMessage.groupBy({ by: ["status"], _count: true })).map((row) => [row.status, row._count]),
  );

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
  await prisma.emailOptOut.deleteMany();
  clearMailbox();
});

describe("the email outbox", () => {
  it("renders every template and delivers it with its recipient, subject, text part and links", async () => {
    const { practice } = await createPractice(prisma);
    for (const [name, props] of Object.entries(PREVIEWS)) {
      await enqueueEmail(systemOutbox, {
        template: name as EmailTemplateName,
        to: `${name}@example.com`,
        props: props as never,
        dedupeKey: name === "booking-reminder" ? await upcomingReminderKey(practice.id) : `preview:${name}`,
        practiceId: practice.id,
      });
    }
    const mails = await deliverAndReadMailbox();
    for (const [name, props] of Object.entries(PREVIEWS)) {
      const mail = mails.find((m) => m.to.includes(`${name}@example.com`));
      const template = EMAIL_TEMPLATES[name as EmailTemplateName];
      expect(mail?.subject, name).toBe(template.subject(props as never));
      expect(mail?.text.length, name).toBeGreaterThan(40);
      for (const link of linksIn(props)) expect(mail?.text, name).toContain(link);
      expect(mail?.html, name).toContain("<html");
      // Optional emails carry one-click unsubscribe; essential ones cannot be turned off.
      expect(mail?.headers["list-unsubscribe"] !== undefined, name).toBe(template.category !== "essential");
    }
    expect(await statuses()).toEqual({ SENT: Object.keys(PREVIEWS).length });
  });

  it("is written in the caller's transaction: a rolled-back change sends nothing", async () => {
    const { practice } = await createPractice(prisma);
    await expect(
      tenantDb(practice.id).$transaction(async (tx) => {
        await enqueueEmail(tx, {
          template: "sign-in",
          to: "ghost@example.com",
          props: PREVIEWS["sign-in"],
          dedupeKey: "rolled-back",
          practiceId: practice.id,
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.emailMessage.count()).toBe(0);
  });

  it("sends one email for a repeated event (same dedupe key)", async () => {
    expect(await signIn(1, "same-event")).toBe(true);
    expect(await signIn(1, "same-event")).toBe(false);
    await deliverDueEmails();
    await deliverDueEmails();
    expect(readMailbox(env.MAIL_CATCHER_DIR!).filter((m) => m.to.includes("person1@example.com"))).toHaveLength(1);
  });

  it("claims before sending, so two workers racing for one email send it once", async () => {
    await signIn(2);
    const row = await prisma.emailMessage.findFirstOrThrow();
    const results = await Promise.all([deliverEmail(row.id), deliverEmail(row.id), deliverEmail(row.id)]);
    expect(results.sort()).toEqual(["not-due", "not-due", "sent"]);
    expect(readMailbox(env.MAIL_CATCHER_DIR!)).toHaveLength(1);
    const sent = await prisma.emailMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, leaseExpiresAt: null });
    expect(JSON.stringify(sent.data)).not.toContain("token=t2"); // the sign-in link is not kept once sent
  });

  it("takes over an email whose worker died mid-send once the lease runs out, and not before", async () => {
    await signIn(3);
    const row = await prisma.emailMessage.findFirstOrThrow();
    const now = Date.now();
    await prisma.emailMessage.update({
      where: { id: row.id },
      data: { status: "SENDING", attempts: 1, leaseExpiresAt: new Date(now + 60_000) },
    });
    expect(await deliverEmail(row.id)).toBe("not-due");
    expect(await deliverEmail(row.id, { now: () => new Date(now + 61_000) })).toBe("sent");
  });

  it("queues while the SMTP server is down and delivers everything once when it is back", async () => {
    await testSmtp().stop();
    for (const n of [10, 11, 12, 13, 14]) await signIn(n);
    expect(await deliverDueEmails()).toMatchObject({ retrying: 5, sent: 0 });
    const failed = await prisma.emailMessage.findMany();
    for (const row of failed) {
      expect(row).toMatchObject({ status: "QUEUED", attempts: 1 });
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 20_000); // backoff, not a hot loop
    }
    expect(await deliverDueEmails()).toMatchObject({ sent: 0 }); // not due yet

    await testSmtp().restart();
    const later = () => new Date(Date.now() + 31_000);
    expect(await deliverDueEmails({ now: later })).toMatchObject({ sent: 5 });
    expect(await deliverDueEmails({ now: later })).toMatchObject({ sent: 0 });
    const mails = readMailbox(env.MAIL_CATCHER_DIR!);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([10, 11, 12, 13, 14].map((n) => `person${n}@example.com`));
    expect(await statuses()).toEqual({ SENT: 5 });
  });

  it("moves an email to the dead-letter state after the last retry", async () => {
    await testSmtp().stop();
    await signIn(20);
    const retry = { maxAttempts: 3, baseSeconds: 1, maxDelaySeconds: 1 };
    const results = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      results.push(
        ...Object.entries(await deliverDueEmails({ retry, now: () => new Date(Date.now() + attempt * 5_000) })),
      );
    }
    await testSmtp().restart();
    const row = await prisma.emailMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "DEAD", attempts: 3 });
    expect(await deliverDueEmails({ now: () => new Date(Date.now() + 3_600_000) })).toMatchObject({ sent: 0 });
  });
});

describe("an email of a template this worker does not know", () => {
  it("waits with backoff for a newer worker instead of dying at once", async () => {
    const { practice } = await createPractice(prisma);
    await prisma.emailMessage.create({
      data: {
        practiceId: practice.id,
        dedupeKey: "from-the-future",
        template: "next-release",
        to: "a@example.com",
        data: {},
      },
    });
    expect(await deliverDueEmails()).toMatchObject({ retrying: 1, dead: 0 });
    const row = await prisma.emailMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "QUEUED", attempts: 1, lastError: 'Unknown template "next-release".' });
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("an email its template cannot render", () => {
  it("is retried alone while the rest of its batch goes out", async () => {
    await queueSignIns(3);
    const { practice } = await createPractice(prisma);
    await prisma.emailMessage.create({
      data: {
        practiceId: practice.id,
        dedupeKey: "damaged",
        template: "booking-update",
        to: "a@example.com",
        data: {},
      },
    });
    expect(await deliverDueEmails()).toMatchObject({ sent: 3, retrying: 1 });
    expect(recipients()).toEqual(people(3));
    const damaged = await prisma.emailMessage.findUniqueOrThrow({ where: { dedupeKey: "damaged" } });
    expect(damaged).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(damaged.lastError).toMatch(/^The email could not be rendered: /);
  });
});

describe("preferences", () => {
  it("gives an unsubscribed person no reminders but still every booking email, and carries one-click unsubscribe", async () => {
    const { practice } = await createPractice(prisma);
    const base = { to: "jamie@example.com", practiceId: practice.id, props: PREVIEWS["booking-reminder"] };
    const dedupeKey = await upcomingReminderKey(practice.id);
    await enqueueEmail(systemOutbox, { ...base, template: "booking-reminder", dedupeKey });
    const [reminder] = await deliverAndReadMailbox();
    expect(reminder?.subject).toMatch(/^Reminder:/);
    expect(reminder?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const url = reminder!.headers["list-unsubscribe"]!.slice(1, -1);
    expect(reminder?.text).toContain("Unsubscribe");
    const target = readUnsubscribeToken(new URL(url).searchParams.get("token")!, env.AUTH_SECRET);
    expect(target).toEqual({ practiceId: practice.id, email: "jamie@example.com", category: "session-reminders" });

    await prisma.emailOptOut.create({ data: { ...target! } });
    expect(await enqueueEmail(systemOutbox, { ...base, template: "booking-reminder", dedupeKey: "reminder-2" })).toBe(
      false,
    );
    await enqueueEmail(systemOutbox, { ...base, template: "booking-update", dedupeKey: "update-1" });
    const mails = await deliverAndReadMailbox();
    expect(mails.map((m) => m.subject.split(":")[0])).toEqual(["Confirmed", "Reminder"]);
    expect(mails[0]?.headers["list-unsubscribe"]).toBeUndefined(); // essential: no way to turn it off
  });

  it("withdraws a reminder queued before the person unsubscribed", async () => {
    const { practice } = await createPractice(prisma);
    await enqueueEmail(systemOutbox, {
      template: "booking-reminder",
      to: "sam@example.com",
      practiceId: practice.id,
      props: PREVIEWS["booking-reminder"],
      dedupeKey: await upcomingReminderKey(practice.id),
    });
    await prisma.emailOptOut.create({
      data: { practiceId: practice.id, email: "sam@example.com", category: "session-reminders" },
    });
    expect(await deliverDueEmails()).toMatchObject({ cancelled: 1, sent: 0 });
    expect(readMailbox(env.MAIL_CATCHER_DIR!)).toHaveLength(0);
  });
});

describe("the unsubscribe link", () => {
  it("opts out with one click (RFC 8058) through the HTTP route, and refuses a forged token", async () => {
    const { practice } = await createPractice(prisma);
    const url = unsubscribeUrlFor(practice.id, "kim@example.com", "session-reminders");
    const oneClick = (target: string) =>
      POST(
        new Request(target, {
          method: "POST",
          body: "List-Unsubscribe=One-Click",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
      );
    expect((await oneClick(url.replace(/.$/, "x"))).status).toBe(404);
    expect(await prisma.emailOptOut.count()).toBe(0);
    expect((await oneClick(url)).status).toBe(200);
    expect((await oneClick(url)).status).toBe(200); // again: harmless
    expect(await prisma.emailOptOut.findMany()).toMatchObject([
      { practiceId: practice.id, email: "kim@example.com", category: "session-reminders" },
    ]);
    const opened = await GET(new Request(url));
    expect(opened.status).toBe(303); // opening the link only shows the confirmation page
    expect(opened.headers.get("location")).toContain("/email/unsubscribe?token=");
  });
});

describe("delivery in batches", () => {
  it("sends 200 emails exactly once with two workers on their own SMTP pools at the same time", async () => {
    await queueSignIns(200);
    const mailers = [createMailer(env.SMTP_URL), createMailer(env.SMTP_URL)];
    try {
      const workers = mailers.map((mailer) => createOutboxDelivery({ prepare: prepareClaimedEmails, mailer }));
      const counts = await Promise.all(workers.map((worker) => worker.deliverDue()));
      expect(counts.map((count) => count.sent > 0)).toEqual([true, true]); // both took part
      expect(counts[0]!.sent + counts[1]!.sent).toBe(200);
    } finally {
      for (const mailer of mailers) mailer.close();
    }
    expect(recipients()).toEqual(people(200));
    expect(await prisma.emailMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(200);
  });

  it("does not send a claim whose lease ran out before its turn and that another worker took over", async () => {
    await queueSignIns(6);
    // A's server holds every send at MAIL FROM until told, then refuses those; it takes whatever comes after.
    const held: Array<(error: Error) => void> = [];
    let holding = true;
    const slowDir = mkdtempSync(path.join(tmpdir(), "fieldnotes-slow-mail-"));
    const slowSmtp = await startMailCatcher({
      dir: slowDir,
      beforeEachMessage: () => (holding ? new Promise<void>((_, reject) => held.push(reject)) : Promise.resolve()),
    });
    const mailerA = createMailer(slowSmtp.url);
    let clock = Date.now();
    // Ten minutes of lease, so A's heartbeat (every third of it) stays out of the test: A stalls instead.
    const workerA = createOutboxDelivery({
      prepare: prepareClaimedEmails,
      mailer: mailerA,
      now: () => new Date(clock),
      leaseSeconds: 600,
    });
    try {
      const sendingA = workerA.deliverDue();
      await until(() => held.length === 4);
      clock += 601_000; // A stalled past its lease: B sees the claims run out and takes them all over
      const workerB = createOutboxDelivery({
        prepare: prepareClaimedEmails,
        mailer: appMailer(),
        now: () => new Date(clock),
      });
      expect(await workerB.deliverDue()).toMatchObject({ sent: 6 });
      holding = false;
      for (const refuse of held.splice(0)) refuse(new Error("try again later"));
      // A's late failures record nothing over B's sends, and A sends neither of the two still waiting.
      expect(await sendingA).toMatchObject({ "taken-over": 6, sent: 0, retrying: 0 });
    } finally {
      mailerA.close();
      await slowSmtp.stop();
    }
    expect(recipients()).toEqual(people(6));
    expect(readMailbox(slowDir)).toEqual([]);
    expect(await prisma.emailMessage.count({ where: { status: "SENT", attempts: 2 } })).toBe(6);
  });

  it("leaves everything the SMTP server did not take queued for a retry when it goes down mid-batch", async () => {
    await queueSignIns(80);
    const delivering = deliverDueEmails();
    await until(() => readMailbox(env.MAIL_CATCHER_DIR!).length >= 5);
    await testSmtp().stop();
    const counts = await delivering;
    expect(counts.retrying).toBeGreaterThan(0);
    expect(counts.sent + counts.retrying).toBe(80);
    const rows = await prisma.emailMessage.findMany();
    const sent = rows.filter((row) => row.status === "SENT");
    expect(sent).toHaveLength(counts.sent);
    expect(recipients()).toEqual(sent.map((row) => row.to).sort()); // what arrived is what is recorded sent
    for (const row of rows.filter((row) => row.status !== "SENT")) {
      expect(row).toMatchObject({ status: "QUEUED", attempts: 1, leaseExpiresAt: null });
      expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    }

    await testSmtp().restart();
    expect(await deliverDueEmails({ now: () => new Date(Date.now() + 31_000) })).toMatchObject({
      sent: counts.retrying,
    });
    expect(recipients()).toEqual(people(80));
  });
});

async function until(check: () => boolean) {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
