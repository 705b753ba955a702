import { describe, expect, it } from "vitest";
import { addMember, createClient, createCoachProfile, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { queueDueOutreachEmails } from "./daily-outreach";

// The hourly producer of the clients' 08:00 "outreach due" email, against a real database.

async function projectFor(timeZone: string, overrides: { status?: "ACTIVE" | "CLOSED" } = {}) {
  const { practice } = await createPractice(prisma, { timeZone: "Europe/London" });
  const coach = await addMember(prisma, practice.id, "COACH");
  const profile = await createCoachProfile(prisma, practice.id, {
    membershipId: coach.membership.id,
    displayName: "Maya",
  });
  const client = await createClient(prisma, practice.id, {
    status: "ACTIVE",
    name: "Priya",
    coachProfileId: profile.id,
  });
  await prisma.client.update({ where: { id: client.id }, data: { timeZone } });
  const project = await prisma.project.create({
    data: {
      practiceId: practice.id,
      clientId: client.id,
      coachProfileId: profile.id,
      title: "Agency or engagement?",
      outreachGoalCount: 1,
      status: overrides.status ?? "ACTIVE",
    },
  });
  const track = await prisma.projectTrack.create({
    data: { practiceId: practice.id, projectId: project.id, name: "Agency owners", targetCount: 5, position: 0 },
  });
  const contact = (data: { name: string; status: "CONTACTED" | "IDENTIFIED"; nextFollowUpOn?: string }) =>
    prisma.contact.create({
      data: {
        practiceId: practice.id,
        projectId: project.id,
        trackId: track.id,
        name: data.name,
        status: data.status,
        lastContactedAt: data.nextFollowUpOn ? new Date("2026-11-18T09:00:00Z") : null,
        nextFollowUpOn: data.nextFollowUpOn ? new Date(`${data.nextFollowUpOn}T00:00:00Z`) : null,
      },
    });
  return { practice, client, project, contact };
}

const emailsOf = (projectId: string) =>
  prisma.emailMessage.findMany({ where: { dedupeKey: { startsWith: `outreach-due:${projectId}:` } } });

describe("queueDueOutreachEmails", () => {
  it("queues one email at 08:00 on the client's own clock, once per local date", async () => {
    const { project, client, contact } = await projectFor("Asia/Tokyo");
    await contact({ name: "Cleo", status: "CONTACTED", nextFollowUpOn: "2026-11-23" });

    // 08:30 in London is 17:30 in Tokyo: not this client's hour.
    await queueDueOutreachEmails(new Date("2026-11-23T08:30:00Z"));
    expect(await emailsOf(project.id)).toHaveLength(0);

    // 08:30 on Tuesday 24th in Tokyo.
    const tokyoMorning = new Date("2026-11-23T23:30:00Z");
    expect(await queueDueOutreachEmails(tokyoMorning)).toBeGreaterThanOrEqual(1);
    expect(await queueDueOutreachEmails(new Date("2026-11-23T23:55:00Z"))).toBe(0);
    const [email, ...more] = await emailsOf(project.id);
    expect(more).toEqual([]);
    expect(email).toMatchObject({
      template: "outreach-due",
      to: client.email,
      dedupeKey: `outreach-due:${project.id}:2026-11-24`,
    });
    expect((email!.data as { props: Record<string, unknown> }).props).toMatchObject({
      clientName: "Priya",
      projectTitle: "Agency or engagement?",
      goal: { target: 1, done: 0, period: "day" },
      followUps: [{ contactName: "Cleo", daysSinceContact: 6 }],
      thankYous: [],
      referrerUpdates: [],
      todayUrl: expect.stringMatching(new RegExp(`/p/[\\w-]+/projects/${project.id}#today$`)),
    });
  });

  it("queues nothing when nothing is due, and nothing for a closed project", async () => {
    const quiet = await projectFor("America/New_York");
    const reached = await quiet.contact({ name: "Dee", status: "CONTACTED", nextFollowUpOn: "2026-11-30" });
    // The goal (one person a day) was already met at 07:15 New York time.
    await prisma.outreachEvent.create({
      data: {
        practiceId: quiet.practice.id,
        projectId: quiet.project.id,
        contactId: reached.id,
        kind: "INITIAL",
        message: "Hi Dee",
        sentAt: new Date("2026-11-23T12:15:00Z"),
      },
    });
    const closed = await projectFor("America/New_York", { status: "CLOSED" });
    await closed.contact({ name: "Eli", status: "CONTACTED", nextFollowUpOn: "2026-11-20" });

    // 08:10 in New York.
    await queueDueOutreachEmails(new Date("2026-11-23T13:10:00Z"));
    expect(await emailsOf(quiet.project.id)).toHaveLength(0);
    expect(await emailsOf(closed.project.id)).toHaveLength(0);

    // The next morning the goal is open again, so there is something to say.
    await queueDueOutreachEmails(new Date("2026-11-24T13:10:00Z"));
    expect(await emailsOf(quiet.project.id)).toHaveLength(1);
  });
});
