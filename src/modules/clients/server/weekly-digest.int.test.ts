import { describe, expect, it } from "vitest";
import { createBookableCoach, createPractice, createProjectFixture } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { deliverAndReadMailbox } from "~/test/outbox";
import { queueWeeklyDigests } from "./weekly-digest";

// Monday 23 November 2026, 08:30 in London (GMT in winter), 03:30 in New York, 17:30 in Tokyo.
const MONDAY_0830_LONDON = new Date("2026-11-23T08:30:00Z");
const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(MONDAY_0830_LONDON.getTime() - days * DAY_MS);

async function coachIn(practiceId: string, profileZone: string, userZone: string | null) {
  const coach = await createBookableCoach(prisma, practiceId, { timeZone: profileZone });
  await prisma.user.update({ where: { id: coach.user.id }, data: { timeZone: userZone } });
  return coach;
}

async function clientOf(practiceId: string, coachProfileId: string, name: string) {
  return prisma.client.create({
    data: { practiceId, coachProfileId, name, email: `${name.toLowerCase()}@example.com`, status: "ACTIVE" },
  });
}

async function sessionAt(
  coach: { id: string; practiceId: string; discovery: { id: string } },
  clientId: string,
  startAt: Date,
  status: "CONFIRMED" | "CANCELLED" = "CONFIRMED",
) {
  return prisma.booking.create({
    data: {
      uid: `s-${startAt.getTime()}-${clientId}`,
      practiceId: coach.practiceId,
      coachProfileId: coach.id,
      sessionTypeId: coach.discovery.id,
      clientId,
      startAt,
      endAt: new Date(startAt.getTime() + 20 * 60_000),
      blockedFrom: startAt,
      blockedUntil: new Date(startAt.getTime() + 30 * 60_000),
      bookerName: "B",
      bookerEmail: "b@example.com",
      bookerTimeZone: "UTC",
      manageTokenHash: `h-${startAt.getTime()}-${clientId}`,
      status,
    },
  });
}

describe("queueWeeklyDigests", () => {
  it("emails each coach on Monday at 08:xx their time: new reflections, stalled clients, this week's sessions", async () => {
    const { practice } = await createPractice(prisma, { name: "Northstar" });
    const london = await coachIn(practice.id, "Europe/London", null);
    const newYork = await coachIn(practice.id, "America/New_York", null);
    // The person's own zone wins over the profile's: it's 17:30 in Tokyo.
    const tokyo = await coachIn(practice.id, "Europe/London", "Asia/Tokyo");
    // Due, but nothing to say: no email.
    await coachIn(practice.id, "Europe/London", "Europe/London");

    const priya = await clientOf(practice.id, london.profile.id, "Priya");
    const jordan = await clientOf(practice.id, london.profile.id, "Jordan");
    const project = await createProjectFixture(prisma, {
      practiceId: practice.id,
      coachProfileId: london.profile.id,
      clientId: priya.id,
      authorUserId: london.user.id,
    });
    await prisma.reflection.update({ where: { id: project.reflectionId }, data: { submittedAt: ago(2) } });
    await prisma.project.update({ where: { id: project.projectId }, data: { lastActivityAt: ago(9) } });
    const fresh = await createProjectFixture(prisma, {
      practiceId: practice.id,
      coachProfileId: london.profile.id,
      clientId: jordan.id,
      authorUserId: london.user.id,
    });
    // Jordan's reflection is private, and an old one: neither is news.
    await prisma.reflection.update({
      where: { id: fresh.reflectionId },
      data: { isPrivate: true, submittedAt: ago(1) },
    });
    await prisma.project.update({ where: { id: fresh.projectId }, data: { lastActivityAt: ago(1) } });
    await sessionAt(london.profile, priya.id, new Date("2026-11-25T14:00:00Z"));
    await sessionAt(london.profile, jordan.id, new Date("2026-11-26T14:00:00Z"), "CANCELLED");
    await sessionAt(london.profile, jordan.id, new Date("2026-12-05T14:00:00Z")); // beyond the week
    // The others have news too, but it isn't their Monday morning.
    for (const coach of [newYork, tokyo]) {
      const client = await clientOf(practice.id, coach.profile.id, `C${coach.profile.id}`);
      await sessionAt(coach.profile, client.id, new Date("2026-11-24T10:00:00Z"));
    }

    expect(await queueWeeklyDigests(MONDAY_0830_LONDON)).toBe(1);
    const [email, ...others] = await prisma.emailMessage.findMany({ where: { template: "weekly-digest" } });
    expect(others).toHaveLength(0);
    expect(email).toMatchObject({
      to: london.user.email,
      practiceId: practice.id,
      dedupeKey: `weekly-digest:${london.membership.id}:2026-W48`,
    });
    const props = (email!.data as { props: Record<string, unknown> }).props;
    expect(props).toMatchObject({
      practiceName: "Northstar",
      coachName: london.profile.displayName,
      weekOf: "23 Nov 2026",
      newReflections: [
        {
          clientName: "Priya",
          contactName: "Ben Referred",
          url: expect.stringContaining(`/p/${practice.slug}/reviews`),
        },
      ],
      stalledClients: [{ clientName: "Priya", daysIdle: 9, url: expect.stringContaining(`/clients/${priya.id}`) }],
      sessions: [{ clientName: "Priya", when: "Wed, 25 Nov 2026, 14:00 GMT" }],
      caseloadUrl: expect.stringContaining(`/p/${practice.slug}/caseload`),
    });

    // The cron runs hourly and may repeat: one digest per coach per week.
    expect(await queueWeeklyDigests(new Date(MONDAY_0830_LONDON.getTime() + 20 * 60_000))).toBe(0);
    // Tuesday and Monday 09:00 are not digest time.
    expect(await queueWeeklyDigests(new Date(MONDAY_0830_LONDON.getTime() + DAY_MS))).toBe(0);
    expect(await queueWeeklyDigests(new Date(MONDAY_0830_LONDON.getTime() + 30 * 60_000))).toBe(0);
    // New York's Monday 08:xx comes five hours later.
    expect(await queueWeeklyDigests(new Date("2026-11-23T13:15:00Z"))).toBe(1);

    const mail = await deliverAndReadMailbox();
    expect(mail.flatMap((m) => m.to).sort()).toEqual([london.user.email, newYork.user.email].sort());
  });
});
