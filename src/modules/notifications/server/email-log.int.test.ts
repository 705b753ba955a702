import { beforeEach, describe, expect, it } from "vitest";
import { addMember, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";
import { clearMailbox, deliverAndReadMailbox } from "~/test/outbox";
import { TEMPLATE_PREVIEWS } from "../template-previews";
import { EMAIL_TEMPLATES } from "~/server/email/templates";
import { enqueueEmail } from "~/server/email/outbox";
import { systemOutbox } from "~/server/email/outbox.system.repo";

// The admin email log and its retry, through the tRPC caller as an owner would use them.

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
  clearMailbox();
});

/** Five emails a minute apart; another practice's are sent to its own domain, half a minute later. */
async function practiceWithMail({ domain = "example.com", offsetMs = 0 } = {}) {
  const { practice, owner } = await createPractice(prisma);
  const queue = (n: number, createdAt: Date) =>
    prisma.emailMessage.create({
      data: {
        practiceId: practice.id,
        dedupeKey: `log:${practice.id}:${n}`,
        template: "weekly-digest",
        to: `coach${n}@${domain}`,
        data: { props: { ...TEMPLATE_PREVIEWS["weekly-digest"], weekOf: `week ${n}` } },
        createdAt,
      },
    });
  const base = Date.UTC(2026, 10, 1) + offsetMs;
  const rows = [];
  for (let n = 0; n < 5; n++) rows.push(await queue(n, new Date(base + n * 60_000)));
  return { practice, owner, rows };
}

const otherPractice = () => practiceWithMail({ domain: "other.example.com", offsetMs: 30_000 });

describe("the email log", () => {
  it("lists the practice's emails newest first, by status, a page at a time, with subject and label", async () => {
    const { practice, owner, rows } = await practiceWithMail();
    const other = await otherPractice(); // its emails never show
    await prisma.emailMessage.update({
      where: { id: rows[1]!.id },
      data: { status: "DEAD", attempts: 8, lastError: "550 mailbox unavailable" },
    });
    await prisma.emailMessage.update({ where: { id: rows[2]!.id }, data: { status: "SENT", sentAt: new Date() } });
    const api = callerFor(owner).notifications;

    const first = await api.log({ practiceSlug: practice.slug, limit: 3 });
    expect(first.items.map((item) => item.to)).toEqual([
      "coach4@example.com",
      "coach3@example.com",
      "coach2@example.com",
    ]);
    expect(first.items[0]).toMatchObject({
      label: "Weekly digest",
      subject: EMAIL_TEMPLATES["weekly-digest"].subject({ ...TEMPLATE_PREVIEWS["weekly-digest"], weekOf: "week 4" }),
      status: "QUEUED",
      attempts: 0,
    });
    const second = await api.log({ practiceSlug: practice.slug, limit: 3, cursor: first.nextCursor });
    expect(second.items.map((item) => item.to)).toEqual(["coach1@example.com", "coach0@example.com"]);
    expect(second.nextCursor).toBeNull();

    const dead = await api.log({ practiceSlug: practice.slug, status: "DEAD" });
    expect(dead.items).toMatchObject([{ id: rows[1]!.id, attempts: 8, lastError: "550 mailbox unavailable" }]);
    expect(await api.statusCounts({ practiceSlug: practice.slug })).toEqual({
      QUEUED: 3,
      SENDING: 0,
      SENT: 1,
      DEAD: 1,
      CANCELLED: 0,
    });
    // Another practice's row as a cursor anchors nothing here, exactly like an id that does not
    // exist. Anchored on it, the page would hold this practice's three emails older than it.
    const foreign = await api.log({ practiceSlug: practice.slug, cursor: other.rows[2]!.id });
    expect(foreign).toEqual({ items: [], nextCursor: null });
    expect(await api.log({ practiceSlug: practice.slug, cursor: "no-such-email" })).toEqual(foreign);
  });

  it("retries a dead email from a fresh start, and only a dead one of this practice", async () => {
    const { practice, rows } = await practiceWithMail();
    const other = await otherPractice();
    const admin = await addMember(prisma, practice.id, "ADMIN");
    const deadId = rows[0]!.id;
    await prisma.emailMessage.update({
      where: { id: deadId },
      data: { status: "DEAD", attempts: 8, lastError: "connect ECONNREFUSED", runAt: new Date(Date.UTC(2026, 10, 1)) },
    });
    await prisma.emailMessage.update({ where: { id: other.rows[0]!.id }, data: { status: "DEAD" } });
    const api = callerFor(admin.user).notifications;

    await expectTRPCError(api.retry({ practiceSlug: practice.slug, messageId: other.rows[0]!.id }), "NOT_FOUND");
    const notDead = await expectTRPCError(
      api.retry({ practiceSlug: practice.slug, messageId: rows[1]!.id }),
      "CONFLICT",
    );
    expect(notDead.message).toMatch(/only an email that failed/i);

    const before = Date.now();
    expect(await api.retry({ practiceSlug: practice.slug, messageId: deadId })).toEqual({ status: "QUEUED" });
    const requeued = await prisma.emailMessage.findUniqueOrThrow({ where: { id: deadId } });
    expect(requeued).toMatchObject({ status: "QUEUED", attempts: 0, lastError: null });
    expect(requeued.runAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await prisma.auditEvent.count({ where: { practiceId: practice.id, action: "notifications.retry" } })).toBe(
      1,
    );
    await expectTRPCError(api.retry({ practiceSlug: practice.slug, messageId: deadId }), "CONFLICT"); // twice: no

    const mails = await deliverAndReadMailbox();
    expect(mails.map((mail) => mail.to[0])).toContain("coach0@example.com");
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: deadId } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: other.rows[0]!.id } })).status).toBe("DEAD");
  });

  it("shows a template's subject even for a billing notice queued through the outbox", async () => {
    const { practice, owner } = await createPractice(prisma);
    await enqueueEmail(systemOutbox, {
      template: "billing-notice",
      to: owner.email,
      props: { ...TEMPLATE_PREVIEWS["billing-notice"], practiceName: practice.name },
      dedupeKey: `billing:payment_failed:sub_1:2026-11-01:${owner.email}`,
      practiceId: practice.id,
    });
    const { items } = await callerFor(owner).notifications.log({ practiceSlug: practice.slug });
    expect(items).toMatchObject([
      { label: "Billing notice", subject: `Payment failed for ${practice.name} on Fieldnotes`, to: owner.email },
    ]);
  });
});
