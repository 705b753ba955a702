import { beforeEach, describe, expect, it } from "vitest";
import { addMember, createPractice, createUser } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { clearMailbox, deliverAndReadMailbox } from "~/test/outbox";
import { OPTIONAL_EMAIL_CATEGORIES } from "~/server/email/categories";
import { TEMPLATE_PREVIEWS } from "../template-previews";
import { enqueueEmail } from "~/server/email/outbox";
import { systemOutbox } from "~/server/email/outbox.system.repo";

// A person's email preferences, set through the procedures the preferences page calls, and
// what the outbox then sends them.

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
  await prisma.emailOptOut.deleteMany();
  clearMailbox();
});

async function coachInPractice() {
  const { practice } = await createPractice(prisma);
  // Mixed case as typed at sign-up: preferences and the outbox must agree on one address.
  const user = await createUser(prisma, { email: `Coach.${practice.id}@Example.com`, name: "Casey Coach" });
  await addMember(prisma, practice.id, "COACH", user);
  return { practice, user, address: user.email.toLowerCase() };
}

describe("email preferences", () => {
  it("start with every optional email on, and save a change for this practice and address only", async () => {
    const { practice, user, address } = await coachInPractice();
    const elsewhere = await createPractice(prisma);
    await addMember(prisma, elsewhere.practice.id, "CLIENT", user);
    const api = callerFor(user).notifications;

    const initial = await api.preferences({ practiceSlug: practice.slug });
    expect(initial.email).toBe(address);
    const allOn = Object.keys(OPTIONAL_EMAIL_CATEGORIES).map((category) => ({ category, enabled: true }));
    expect(allOn.length).toBeGreaterThan(0);
    expect(initial.categories).toMatchObject(allOn);

    await api.setPreference({ practiceSlug: practice.slug, category: "weekly-digest", enabled: false });
    await api.setPreference({ practiceSlug: practice.slug, category: "weekly-digest", enabled: false }); // again: fine
    expect(await prisma.emailOptOut.findMany()).toMatchObject([
      { practiceId: practice.id, email: address, category: "weekly-digest" },
    ]);
    const after = await api.preferences({ practiceSlug: practice.slug });
    expect(after.categories.find((item) => item.category === "weekly-digest")?.enabled).toBe(false);
    const other = await api.preferences({ practiceSlug: elsewhere.practice.slug });
    expect(other.categories).toMatchObject(allOn);

    await api.setPreference({ practiceSlug: practice.slug, category: "weekly-digest", enabled: true });
    expect(await prisma.emailOptOut.count()).toBe(0);
  });

  it("refuses a category that cannot be turned off", async () => {
    const { practice, user } = await coachInPractice();
    await expect(
      callerFor(user).notifications.setPreference({
        practiceSlug: practice.slug,
        category: "essential" as never,
        enabled: false,
      }),
    ).rejects.toThrow(/cannot be turned off/);
  });

  it("an unsubscribed person gets no weekly digest but still gets booking emails", async () => {
    const { practice, user, address } = await coachInPractice();
    const digest = (key: string) =>
      enqueueEmail(systemOutbox, {
        template: "weekly-digest",
        to: user.email,
        props: TEMPLATE_PREVIEWS["weekly-digest"],
        dedupeKey: key,
        practiceId: practice.id,
      });
    // Queued before the change of mind: withdrawn at delivery, not sent.
    expect(await digest(`weekly-digest:${user.id}:2026-W48`)).toBe(true);
    await callerFor(user).notifications.setPreference({
      practiceSlug: practice.slug,
      category: "weekly-digest",
      enabled: false,
    });
    expect(await digest(`weekly-digest:${user.id}:2026-W49`)).toBe(false); // not even queued
    await enqueueEmail(systemOutbox, {
      template: "booking-update",
      to: user.email,
      props: { ...TEMPLATE_PREVIEWS["booking-update"], audience: "coach" },
      dedupeKey: `booking:${user.id}:confirmed`,
      practiceId: practice.id,
    });

    const mails = await deliverAndReadMailbox();
    expect(mails.map((mail) => [mail.to[0], mail.subject])).toEqual([
      [address, expect.stringMatching(/^New booking: Free discovery session with Jamie Doe/)],
    ]);
    const statuses = await prisma.emailMessage.findMany({ select: { template: true, status: true } });
    expect(statuses).toEqual(
      expect.arrayContaining([
        { template: "weekly-digest", status: "CANCELLED" },
        { template: "booking-update", status: "SENT" },
      ]),
    );
    expect(statuses).toHaveLength(2);
  });
});
