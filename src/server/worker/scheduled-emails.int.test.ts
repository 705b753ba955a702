import { describe, expect, it } from "vitest";
import { createBookableCoach, createPractice, createProjectFixture } from "../../../prisma/factories";
import { env } from "~/env";
import { prisma } from "~/server/db/client";
import { deliverAndReadMailbox } from "~/test/outbox";
import { queueScheduledEmails, startAppWorker } from "./root";
import { SCHEDULED_EMAILS_CRON, SCHEDULED_EMAILS_QUEUE } from "./worker";

// Monday 23 November 2026, 08:30 in London.
const MONDAY_0830_LONDON = new Date("2026-11-23T08:30:00Z");

describe("the hourly scheduled emails", () => {
  it("queue the Monday digest once however often the hour's run repeats, and the worker delivers it", async () => {
    const { practice } = await createPractice(prisma, { name: "Northstar", timeZone: "Europe/London" });
    const coach = await createBookableCoach(prisma, practice.id, { timeZone: "Europe/London" });
    const client = await prisma.client.create({
      data: { practiceId: practice.id, coachProfileId: coach.profile.id, name: "Priya", email: "priya@example.com" },
    });
    const project = await createProjectFixture(prisma, {
      practiceId: practice.id,
      coachProfileId: coach.profile.id,
      clientId: client.id,
      authorUserId: coach.user.id,
    });
    await prisma.reflection.update({
      where: { id: project.reflectionId },
      data: { submittedAt: new Date(MONDAY_0830_LONDON.getTime() - 2 * 86_400_000) },
    });

    const first = await queueScheduledEmails(MONDAY_0830_LONDON);
    expect(first["weekly-digest"]).toBe(1);
    expect(await queueScheduledEmails(MONDAY_0830_LONDON)).toEqual({ "outreach-due": 0, "weekly-digest": 0 });
    // An hour later it is 09:30 in London: nobody is due.
    const later = new Date(MONDAY_0830_LONDON.getTime() + 3_600_000);
    expect(await queueScheduledEmails(later)).toEqual({ "outreach-due": 0, "weekly-digest": 0 });

    const mails = await deliverAndReadMailbox();
    const digest = mails.find((mail) => mail.to.includes(coach.user.email));
    expect(digest?.subject).toMatch(/^Your week of .*1 new reflection/);
    expect(digest?.text).toContain(`${env.APP_URL}/p/${practice.slug}`);
    expect(digest?.headers["list-unsubscribe"]).toBeDefined();
  });

  it("are run hourly by the worker through a pg-boss schedule", { timeout: 30_000 }, async () => {
    const worker = await startAppWorker({ databaseUrl: env.DATABASE_URL, log: () => {} });
    try {
      const schedules = await prisma.$queryRaw<Array<{ name: string; cron: string }>>`
        SELECT name, cron FROM pgboss.schedule WHERE name = ${SCHEDULED_EMAILS_QUEUE}`;
      expect(schedules).toEqual([{ name: "scheduled-emails", cron: SCHEDULED_EMAILS_CRON }]);
      expect(SCHEDULED_EMAILS_CRON).toBe("0 * * * *");
    } finally {
      await worker.stop();
    }
  });
});
