import type { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { addMember, createBookableCoach, createPractice, createProjectFixture } from "../../../../prisma/factories";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { zodFieldErrors } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";

const NOW = new Date("2026-11-23T12:00:00Z");
const answers = { hope: 3, time: 2, energy: 4, selfEsteem: 2, ambition: 5 };

async function projectWithOpenCheckIn() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await createBookableCoach(prisma, practice.id);
  const sam = await createBookableCoach(prisma, practice.id);
  const members = await Promise.all([
    addMember(prisma, practice.id, "CLIENT"),
    addMember(prisma, practice.id, "CLIENT"),
  ]);
  const [priya] = await Promise.all(
    members.map((member, i) =>
      prisma.client.create({
        data: {
          practiceId: practice.id,
          email: member.user.email,
          name: i === 0 ? "Priya" : "Other",
          userId: member.user.id,
          coachProfileId: maya.profile.id,
          status: "ACTIVE",
        },
      }),
    ),
  );
  const project = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: maya.profile.id,
    clientId: priya!.id,
    authorUserId: maya.user.id,
  });
  return {
    slug: practice.slug,
    owner,
    maya,
    sam,
    priya: members[0]!.user,
    otherClient: members[1]!.user,
    practiceId: practice.id,
    ...project,
  };
}

describe("readiness check-in", () => {
  it("lets the client answer the waiting check-in once, keeping the fears as listed", async () => {
    const p = await projectWithOpenCheckIn();
    const client = callerFor(p.priya, fixedClock(NOW));
    const open = await client.readiness.openCheckIn({ practiceSlug: p.slug, projectId: p.projectId });
    expect(open.checkIn?.id).toBe(p.checkInId);
    expect(open.previousFears).toEqual([]);

    await client.readiness.submit({
      practiceSlug: p.slug,
      checkInId: p.checkInId,
      ...answers,
      note: "  Tired but hopeful. ",
      fears: [" Who am I to take their time? ", "They'll think I'm stupid"],
    });
    const stored = await prisma.readinessCheckIn.findUniqueOrThrow({ where: { id: p.checkInId } });
    expect(stored).toMatchObject({
      ...answers,
      note: "Tired but hopeful.",
      fears: ["Who am I to take their time?", "They'll think I'm stupid"],
      completedAt: NOW,
    });

    const again = await expectTRPCError(
      client.readiness.submit({ practiceSlug: p.slug, checkInId: p.checkInId, ...answers, fears: [] }),
      "CONFLICT",
    );
    expect(again.message).toMatch(/already answered/);
    const after = await client.readiness.openCheckIn({ practiceSlug: p.slug, projectId: p.projectId });
    expect(after).toMatchObject({ checkIn: null, lastAnsweredAt: NOW, previousFears: stored.fears });
  });

  it("refuses incomplete or oversized answers with clear messages", async () => {
    const p = await projectWithOpenCheckIn();
    const submit = (input: Record<string, unknown>) =>
      expectTRPCError(
        callerFor(p.priya).readiness.submit({
          practiceSlug: p.slug,
          checkInId: p.checkInId,
          ...answers,
          ...input,
        } as never),
        "BAD_REQUEST",
      ).then((error) => zodFieldErrors(error.cause as ZodError));

    expect(await submit({ hope: undefined })).toEqual({ hope: "Rate hope from 1 to 5." });
    expect(await submit({ selfEsteem: 0 })).toEqual({ selfEsteem: "Rate self-esteem from 1 to 5." });
    expect(await submit({ ambition: 6 })).toEqual({ ambition: "Rate ambition from 1 to 5." });
    expect(await submit({ time: 2.5 })).toEqual({ time: "Rate time from 1 to 5." });
    expect(await submit({ fears: Array.from({ length: 11 }, (_, i) => `Fear ${i}`) })).toEqual({
      fears: "List at most 10 fears; keep the ones that weigh most.",
    });
    expect(await submit({ fears: ["x".repeat(201)] })).toEqual({ "fears.0": "Keep each fear under 200 characters." });
    expect(await submit({ fears: ["   "] })).toEqual({ "fears.0": "A fear can't be empty; remove it instead." });
    expect(await submit({ note: "x".repeat(2_001) })).toEqual({ note: "Keep the note under 2,000 characters." });
    expect(await submit({ note: "x".repeat(100_000) })).toEqual({ note: "Keep the note under 2,000 characters." });
    expect((await prisma.readinessCheckIn.findUniqueOrThrow({ where: { id: p.checkInId } })).completedAt).toBeNull();
  });

  it("keeps a client to their own projects and staff out of answering", async () => {
    const p = await projectWithOpenCheckIn();
    await expectTRPCError(
      callerFor(p.otherClient).readiness.openCheckIn({ practiceSlug: p.slug, projectId: p.projectId }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      callerFor(p.otherClient).readiness.submit({
        practiceSlug: p.slug,
        checkInId: p.checkInId,
        ...answers,
        fears: [],
      }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      callerFor(p.maya.user).readiness.submit({ practiceSlug: p.slug, checkInId: p.checkInId, ...answers, fears: [] }),
      "FORBIDDEN",
    );
  });

  it("lets the client's coach or an admin ask for another check-in, one at a time, on an active project", async () => {
    const p = await projectWithOpenCheckIn();
    const coach = callerFor(p.maya.user, fixedClock(NOW));
    const waiting = await expectTRPCError(
      coach.readiness.request({ practiceSlug: p.slug, projectId: p.projectId }),
      "CONFLICT",
    );
    expect(waiting.message).toBe("A check-in is already waiting for Priya to answer.");

    await callerFor(p.priya).readiness.submit({
      practiceSlug: p.slug,
      checkInId: p.checkInId,
      ...answers,
      fears: ["What if they say no?"],
    });
    await expectTRPCError(
      callerFor(p.sam.user).readiness.request({ practiceSlug: p.slug, projectId: p.projectId }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      callerFor(p.priya).readiness.request({ practiceSlug: p.slug, projectId: p.projectId }),
      "FORBIDDEN",
    );
    const requested = await coach.readiness.request({ practiceSlug: p.slug, projectId: p.projectId });
    expect(requested.requestedAt).toEqual(NOW);
    expect(await prisma.readinessCheckIn.findUniqueOrThrow({ where: { id: requested.id } })).toMatchObject({
      requestedById: p.maya.user.id,
      completedAt: null,
    });
    const open = await callerFor(p.priya).readiness.openCheckIn({ practiceSlug: p.slug, projectId: p.projectId });
    expect(open).toMatchObject({ checkIn: { id: requested.id }, previousFears: ["What if they say no?"] });

    await prisma.readinessCheckIn.update({ where: { id: requested.id }, data: { completedAt: NOW, ...answers } });
    await callerFor(p.owner).readiness.request({ practiceSlug: p.slug, projectId: p.projectId });

    await prisma.project.update({ where: { id: p.projectId }, data: { status: "CLOSED" } });
    await prisma.readinessCheckIn.updateMany({
      where: { projectId: p.projectId },
      data: { completedAt: NOW, ...answers },
    });
    const closed = await expectTRPCError(
      coach.readiness.request({ practiceSlug: p.slug, projectId: p.projectId }),
      "CONFLICT",
    );
    expect(closed.message).toMatch(/closed/);
  });
});
