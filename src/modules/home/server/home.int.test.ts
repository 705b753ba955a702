import { describe, expect, it } from "vitest";
import { countSqlStatements } from "../../../../scripts/lib/sql-statements";
import { seedCaseloadClients } from "../../../../prisma/caseload-factories";
import {
  addMember,
  createBookableCoach,
  createBookingRow,
  createPractice,
  createProjectFixture,
} from "../../../../prisma/factories";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";

// Monday 23 November 2026, 12:00 UTC: 07:00 in Chicago (the practice), 12:00 in London (Maya),
// 17:30 in Kolkata (Priya).
const NOW = new Date("2026-11-23T12:00:00Z");
const DAY_MS = 86_400_000;
const at = (iso: string) => new Date(iso);
const ROOM = "https://meet.example.com/maya";

type Coach = Awaited<ReturnType<typeof createBookableCoach>>;

/** A confirmed video session of `coach` with an existing client. */
async function videoSession(coach: Coach, clientId: string, startAt: Date) {
  const booking = await createBookingRow(prisma, coach.profile, startAt);
  const lead = booking.clientId;
  await prisma.booking.update({
    where: { id: booking.id },
    data: { clientId, locationKind: "VIDEO", locationDetail: ROOM },
  });
  await prisma.client.delete({ where: { id: lead } });
}

async function clientOf(practiceId: string, coach: Coach, name: string, timeZone: string | null) {
  const { user } = await addMember(prisma, practiceId, "CLIENT");
  await prisma.user.update({ where: { id: user.id }, data: { name, timeZone } });
  const client = await prisma.client.create({
    data: { practiceId, email: user.email, name, userId: user.id, coachProfileId: coach.profile.id, status: "ACTIVE" },
  });
  return { user, client };
}

/** A quiet project: nothing done for `idleDays` days. */
function projectIdleFor(practiceId: string, coach: Coach, clientId: string, title: string, idleDays: number) {
  return prisma.project.create({
    data: {
      practiceId,
      clientId,
      coachProfileId: coach.profile.id,
      title,
      lastActivityAt: new Date(NOW.getTime() - idleDays * DAY_MS),
    },
  });
}

/**
 * Northstar in small: Maya coaches Priya (a busy project) and Alex (quiet for ten days); Sam
 * coaches Jordan (quiet for twelve). Each coach has a new lead with a session soon.
 */
async function demoLikePractice() {
  const { practice, owner } = await createPractice(prisma, { timeZone: "America/Chicago" });
  await prisma.user.update({ where: { id: owner.id }, data: { name: "Olivia Hart", timeZone: "America/New_York" } });
  const maya = await createBookableCoach(prisma, practice.id);
  await prisma.user.update({ where: { id: maya.user.id }, data: { name: "Maya Chen", timeZone: "Europe/London" } });
  const sam = await createBookableCoach(prisma, practice.id);
  await prisma.user.update({ where: { id: sam.user.id }, data: { timeZone: null } });

  const priya = await clientOf(practice.id, maya, "Priya Nair", "Asia/Kolkata");
  const fixture = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: maya.profile.id,
    clientId: priya.client.id,
    authorUserId: maya.user.id,
  });
  const { projectId, trackId } = fixture;
  await prisma.project.update({ where: { id: projectId }, data: { lastActivityAt: new Date(NOW.getTime() - DAY_MS) } });
  // Ben was written to a week ago and his follow-up fell due on Friday.
  await prisma.contact.update({
    where: { id: fixture.contactId },
    data: { status: "CONTACTED", lastContactedAt: at("2026-11-16T10:00:00Z"), nextFollowUpOn: at("2026-11-20") },
  });
  // Cara was interviewed yesterday afternoon: her thank-you is due by 15:00 UTC today.
  await prisma.contact.create({
    data: {
      practiceId: practice.id,
      projectId,
      trackId,
      name: "Cara Thanks",
      status: "INTERVIEWED",
      interviewedAt: at("2026-11-22T15:00:00Z"),
    },
  });
  const dev = await prisma.contact.create({
    data: {
      practiceId: practice.id,
      projectId,
      trackId,
      name: "Dev Soon",
      organisation: "Fernway",
      status: "SCHEDULED",
    },
  });
  await prisma.interview.create({
    data: { practiceId: practice.id, projectId, contactId: dev.id, occurredAt: at("2026-11-25T10:00:00Z") },
  });
  await prisma.reflectionComment.update({
    where: { id: fixture.commentId },
    data: { createdAt: new Date(NOW.getTime() - 2 * DAY_MS), body: "Notice how your energy lifted." },
  });
  await prisma.readinessCheckIn.update({
    where: { id: fixture.checkInId },
    data: { requestedAt: new Date(NOW.getTime() - DAY_MS) },
  });
  const answered = { hope: 4, time: 2, energy: 3, selfEsteem: 3, ambition: 5 };
  await prisma.readinessCheckIn.createMany({
    data: [
      {
        practiceId: practice.id,
        projectId,
        requestedAt: at("2026-11-19T09:00:00Z"),
        completedAt: at("2026-11-20T09:00:00Z"),
        ...answered,
      },
      {
        practiceId: practice.id,
        projectId,
        requestedAt: at("2026-10-30T09:00:00Z"),
        completedAt: at("2026-11-01T09:00:00Z"),
        ...answered,
      },
    ],
  });
  await videoSession(maya, priya.client.id, at("2026-11-26T10:00:00Z"));

  const alex = await clientOf(practice.id, maya, "Alex Morgan", null);
  await projectIdleFor(practice.id, maya, alex.client.id, "Back into teaching?", 10);
  const jordan = await clientOf(practice.id, sam, "Jordan Lee", null);
  await projectIdleFor(practice.id, sam, jordan.client.id, "Product or research?", 12);

  // Maya's lead talks to her tomorrow by video; Sam's lead this afternoon, with no place set.
  const mayaLead = await createBookingRow(prisma, maya.profile, at("2026-11-24T10:00:00Z"));
  await prisma.booking.update({ where: { id: mayaLead.id }, data: { locationKind: "VIDEO", locationDetail: ROOM } });
  const samLead = await createBookingRow(prisma, sam.profile, at("2026-11-23T18:00:00Z"));
  // Sam's session the day after tomorrow is past the home's two days.
  await createBookingRow(prisma, sam.profile, at("2026-11-25T18:00:00Z"));

  await prisma.invitation.create({
    data: {
      practiceId: practice.id,
      email: "new.coach@example.com",
      role: "COACH",
      tokenHash: `hash-${practice.id}`,
      invitedById: owner.id,
      expiresAt: new Date(NOW.getTime() + 7 * DAY_MS),
    },
  });
  return { practice, owner, maya, sam, priya, alex, jordan, mayaLead, samLead, projectId, dev };
}

const homeOf = (user: { id: string }, slug: string) =>
  callerFor(user, fixedClock(NOW)).home.today({ practiceSlug: slug });

describe("home.today", () => {
  it("gives a client their project's today, what they owe people, and what their coach asked and said", async () => {
    const p = await demoLikePractice();
    const home = await homeOf(p.priya.user, p.practice.slug);
    if (home.kind !== "client") throw new Error(`expected the client's home, got ${home.kind}`);

    expect(home.viewer).toMatchObject({ zone: "Asia/Kolkata", today: "2026-11-23", name: "Priya Nair" });
    expect(home.projects).toEqual([
      expect.objectContaining({
        id: p.projectId,
        date: "2026-11-23",
        goal: { target: 2, done: 0, period: "DAY", met: false },
        progress: { interviewed: 1, target: 10 },
      }),
    ]);
    expect(home.due.rows.map((row) => [row.kind, row.contactName, row.overdue])).toEqual([
      ["FOLLOW_UP", "Ben Referred", true],
      ["THANK_YOU", "Cara Thanks", false],
    ]);
    expect(home.interviews.rows).toEqual([
      expect.objectContaining({ contactId: p.dev.id, organisation: "Fernway", occurredAt: at("2026-11-25T10:00:00Z") }),
    ]);
    expect(home.checkIns).toMatchObject({ count: 1, rows: [{ projectId: p.projectId, ago: "yesterday" }] });
    expect(home.comments).toMatchObject({
      count: 1,
      rows: [
        { authorName: "Maya Chen", excerpt: "Notice how your energy lifted.", answered: false, ago: "2 days ago" },
      ],
    });
    expect(home.sessions.count).toBe(1);
    expect(home.sessions.rows[0]).toMatchObject({ coachName: p.maya.profile.displayName, joinUrl: ROOM });
    expect(home.sessions.rows[0]!.manageUrl).toMatch(/\/bookings\/uid-[^?]+\?token=/);

    // Her answer to the comment marks it as answered.
    await prisma.reflectionComment.create({
      data: {
        practiceId: p.practice.id,
        reflectionId: (await prisma.reflectionComment.findFirstOrThrow({ where: { practiceId: p.practice.id } }))
          .reflectionId,
        authorUserId: p.priya.user.id,
        body: "Yes!",
        createdAt: new Date(NOW.getTime() - DAY_MS),
      },
    });
    const again = await homeOf(p.priya.user, p.practice.slug);
    expect(again.kind === "client" && again.comments.rows.map((row) => row.answered)).toEqual([true]);
  });

  it("gives a coach their own sessions of today and tomorrow, reviews, quiet clients, leads and check-ins", async () => {
    const p = await demoLikePractice();
    const home = await homeOf(p.maya.user, p.practice.slug);
    if (home.kind !== "staff") throw new Error(`expected a staff home, got ${home.kind}`);

    expect(home).toMatchObject({ wholePractice: false, admin: null });
    expect(home.viewer).toMatchObject({ zone: "Europe/London", today: "2026-11-23" });
    expect(home.sessions).toMatchObject({
      count: 1,
      rows: [{ day: "TOMORROW", clientId: p.mayaLead.clientId, joinUrl: ROOM }],
    });
    expect(home.reviews).toMatchObject({ count: 1, rows: [{ clientName: "Priya Nair" }] });
    expect(home.stalled).toMatchObject({
      afterDays: 7,
      count: 1,
      rows: [{ clientName: "Alex Morgan", daysIdle: 10 }],
    });
    expect(home.leads).toMatchObject({
      count: 1,
      rows: [{ id: p.mayaLead.clientId, nextSession: { startAt: at("2026-11-24T10:00:00Z") } }],
    });
    expect(home.checkIns).toMatchObject({
      count: 1,
      rows: [{ clientName: "Priya Nair", ago: "3 days ago" }],
    });
    expect(home.checkIns.rows[0]!.ratings.map((rating) => rating.value)).toEqual([4, 2, 3, 3, 5]);
  });

  it("reads a coach without a zone of their own on the practice's clock", async () => {
    const p = await demoLikePractice();
    const home = await homeOf(p.sam.user, p.practice.slug);
    if (home.kind !== "staff") throw new Error(`expected a staff home, got ${home.kind}`);
    // 12:00 UTC is 06:00 in Chicago: Sam's lead at 18:00 UTC is today there.
    expect(home.viewer).toMatchObject({ zone: "America/Chicago", today: "2026-11-23" });
    expect(home.sessions.rows.map((row) => [row.clientId, row.day, row.joinUrl])).toEqual([
      [p.samLead.clientId, "TODAY", null],
    ]);
    expect(home.stalled.rows.map((row) => row.clientName)).toEqual(["Jordan Lee"]);
  });

  it("gives an owner every coach's blocks, the setup still to do and the plan's standing", async () => {
    const p = await demoLikePractice();
    const home = await homeOf(p.owner, p.practice.slug);
    if (home.kind !== "staff") throw new Error(`expected a staff home, got ${home.kind}`);

    expect(home.wholePractice).toBe(true);
    expect(home.viewer.zone).toBe("America/New_York");
    expect(home.sessions.rows.map((row) => [row.clientId, row.day])).toEqual([
      [p.samLead.clientId, "TODAY"],
      [p.mayaLead.clientId, "TOMORROW"],
    ]);
    expect(home.stalled.rows.map((row) => [row.clientName, row.coachName])).toEqual([
      ["Jordan Lee", p.sam.profile.displayName],
      ["Alex Morgan", p.maya.profile.displayName],
    ]);
    expect(home.leads.count).toBe(3);
    expect(home.admin?.setup.map((task) => task.key)).toEqual(["branding", "invitations"]);
    expect(home.admin?.plan).toMatchObject({
      title: "Free plan",
      tone: "warning",
      detail: "2 of 1 coach seat and 3 of 3 active clients used. Upgrade to add more.",
    });

    await prisma.practiceSubscription.create({
      data: {
        practiceId: p.practice.id,
        stripeCustomerId: `cus_${p.practice.id}`,
        status: "trialing",
        trialEnd: new Date(NOW.getTime() + 10 * DAY_MS),
      },
    });
    const trial = await homeOf(p.owner, p.practice.slug);
    expect(trial.kind === "staff" && trial.admin?.plan).toMatchObject({
      title: "Free trial",
      detail: "The trial ends in 10 days.",
    });
  });

  it("reads a fixed number of statements, however many clients a coach has", async () => {
    const p = await demoLikePractice();
    const read = async (user: { id: string }) => {
      const caller = callerFor(user, fixedClock(NOW));
      await caller.home.today({ practiceSlug: p.practice.slug }); // opens the session first
      return (await countSqlStatements(() => caller.home.today({ practiceSlug: p.practice.slug }))).statements;
    };
    const before = { coach: await read(p.maya.user), owner: await read(p.owner) };
    await seedCaseloadClients(prisma, {
      practiceId: p.practice.id,
      coachProfileId: p.maya.profile.id,
      count: 60,
      now: NOW,
      firstSessionInHours: 200,
    });
    expect(await read(p.maya.user)).toBe(before.coach);
    expect(await read(p.owner)).toBe(before.owner);
  });
});
