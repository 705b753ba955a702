import { countSqlStatements } from "../../../../scripts/lib/sql-statements";
import { describe, expect, it } from "vitest";
import { seedCaseloadClients } from "../../../../prisma/caseload-factories";
import { addMember, createBookableCoach, createPractice } from "../../../../prisma/factories";
import type { ZodError } from "zod";
import { createCaller } from "~/server/api/root";
import { resolveDatabaseSession } from "~/server/auth/database-session";
import { createDatabaseSession } from "~/server/auth/session.system.repo";
import { fixedClock } from "~/server/clock";
import { prisma, type User } from "~/server/db/client";
import { zodFieldErrors } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";

const NOW = new Date("2026-11-23T12:00:00Z");
const DAY_MS = 86_400_000;

async function practiceWithTwoCoaches() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await createBookableCoach(prisma, practice.id);
  const sam = await createBookableCoach(prisma, practice.id);
  return { practice, owner, maya, sam, slug: practice.slug };
}

describe("caseload", () => {
  it("shows a coach only their own clients and an admin everyone's, with a coach filter", async () => {
    const { owner, maya, sam, slug, practice } = await practiceWithTwoCoaches();
    await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: maya.profile.id,
      count: 3,
      now: NOW,
      prefix: "maya",
    });
    await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: sam.profile.id,
      count: 2,
      now: NOW,
      prefix: "sam",
    });
    // A lead without a project is not on anyone's caseload.
    await prisma.client.create({
      data: { practiceId: practice.id, email: "lead@example.com", name: "Lead", coachProfileId: maya.profile.id },
    });

    const mine = await callerFor(maya.user, fixedClock(NOW)).clients.caseload({ practiceSlug: slug });
    expect(mine.total).toBe(3);
    expect(mine.items.map((row) => row.coach?.id)).toEqual([maya.profile.id, maya.profile.id, maya.profile.id]);
    expect(mine.coaches).toEqual([]); // no coach filter for a coach
    expect(mine.canConfigure).toBe(false);

    const everyone = await callerFor(owner, fixedClock(NOW)).clients.caseload({ practiceSlug: slug });
    expect(everyone.total).toBe(5);
    expect(everyone.coaches.map((coach) => coach.id).sort()).toEqual([maya.profile.id, sam.profile.id].sort());

    const samsOnly = await callerFor(owner, fixedClock(NOW)).clients.caseload({
      practiceSlug: slug,
      coachProfileId: sam.profile.id,
    });
    expect(samsOnly.items.map((row) => row.clientName)).toEqual(["sam Client 0000", "sam Client 0001"]);

    // A coach cannot widen their view with the admin's filter.
    const sneaky = await callerFor(maya.user, fixedClock(NOW)).clients.caseload({
      practiceSlug: slug,
      coachProfileId: sam.profile.id,
    });
    expect(sneaky.items.map((row) => row.coach?.id)).toEqual([maya.profile.id, maya.profile.id, maya.profile.id]);

    const searched = await callerFor(owner, fixedClock(NOW)).clients.caseload({
      practiceSlug: slug,
      search: "SAM client 0001",
    });
    expect(searched.items.map((row) => row.clientName)).toEqual(["sam Client 0001"]);
  });

  it("gives each row its progress per track, reflections awaiting review, next session and last activity", async () => {
    const { maya, slug, practice } = await practiceWithTwoCoaches();
    const { clientIds } = await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: maya.profile.id,
      count: 1,
      now: NOW,
    });
    // A cancelled earlier session and a private reflection do not count.
    await prisma.booking.updateMany({ where: { clientId: clientIds[0] }, data: { status: "CANCELLED" } });
    const later = new Date(NOW.getTime() + 5 * DAY_MS);
    await prisma.booking.create({
      data: {
        uid: "later",
        practiceId: practice.id,
        coachProfileId: maya.profile.id,
        sessionTypeId: maya.profile.discovery.id,
        clientId: clientIds[0]!,
        startAt: later,
        endAt: new Date(later.getTime() + 20 * 60_000),
        blockedFrom: later,
        blockedUntil: new Date(later.getTime() + 30 * 60_000),
        bookerName: "B",
        bookerEmail: "b@example.com",
        bookerTimeZone: "UTC",
        manageTokenHash: "later-hash",
      },
    });
    const [first] = await prisma.reflection.findMany({ where: { project: { clientId: clientIds[0] } } });
    await prisma.reflection.update({ where: { id: first!.id }, data: { isPrivate: true } });

    const [row] = (await callerFor(maya.user, fixedClock(NOW)).clients.caseload({ practiceSlug: slug })).items;
    expect(row!.project!.progress.tracks.map((t) => [t.name, t.interviewed, t.targetCount])).toEqual([
      ["Field A", 1, 5],
      ["Field B", 1, 5],
    ]);
    expect(row!.project!.progress.interviewed).toBe(2);
    expect(row!.progress).toBeCloseTo(0.2);
    expect(row!.awaitingReview).toBe(1);
    expect(row!.nextSessionAt).toEqual(later);
    expect(row!.lastActivityAt).toEqual(new Date(NOW.getTime() - 10 * DAY_MS));
  });

  it("flags a project stalled after the practice's quiet days, by the injected clock, and admins can change them", async () => {
    const { owner, maya, slug, practice } = await practiceWithTwoCoaches();
    const { projectIds } = await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: maya.profile.id,
      count: 2,
      now: NOW,
    });
    await prisma.project.update({
      where: { id: projectIds[0] },
      data: { lastActivityAt: new Date(NOW.getTime() - 7 * DAY_MS) },
    });
    await prisma.project.update({
      where: { id: projectIds[1] },
      data: { lastActivityAt: new Date(NOW.getTime() - 6 * DAY_MS - 1) },
    });
    const caseloadAt = (at: Date) => callerFor(maya.user, fixedClock(at)).clients.caseload({ practiceSlug: slug });

    const today = await caseloadAt(NOW);
    expect(today.items.map((row) => [row.clientName.endsWith("0000"), row.stalled])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(today.stalledCount).toBe(1);
    // A day later the second project has been quiet for seven days too.
    expect((await caseloadAt(new Date(NOW.getTime() + DAY_MS))).stalledCount).toBe(2);

    const stalledOnly = await callerFor(maya.user, fixedClock(NOW)).clients.caseload({
      practiceSlug: slug,
      stalledOnly: true,
    });
    expect(stalledOnly.items).toHaveLength(1);
    expect(stalledOnly.items[0]!.daysIdle).toBe(7);

    await expectTRPCError(
      callerFor(maya.user).clients.setStalledAfterDays({ practiceSlug: slug, stalledAfterDays: 10 }),
      "FORBIDDEN",
    );
    for (const bad of [0, 61, 2.5]) {
      const error = await expectTRPCError(
        callerFor(owner).clients.setStalledAfterDays({ practiceSlug: slug, stalledAfterDays: bad }),
        "BAD_REQUEST",
      );
      expect(zodFieldErrors(error.cause as ZodError).stalledAfterDays).toMatch(/between 1 and 60/);
    }
    await callerFor(owner).clients.setStalledAfterDays({ practiceSlug: slug, stalledAfterDays: 8 });
    const relaxed = await caseloadAt(NOW);
    expect(relaxed.stalledAfterDays).toBe(8);
    expect(relaxed.stalledCount).toBe(0);
  });

  it("sorts by name, progress and awaiting reviews, and pages fifty at a time", async () => {
    const { maya, slug, practice } = await practiceWithTwoCoaches();
    const { projectIds } = await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: maya.profile.id,
      count: 55,
      now: NOW,
      prefix: "p",
    });
    // The last client has every reflection reviewed: nothing awaiting.
    await prisma.reflection.updateMany({ where: { projectId: projectIds[54] }, data: { status: "REVIEWED" } });
    const caller = callerFor(maya.user, fixedClock(NOW));

    const byName = await caller.clients.caseload({ practiceSlug: slug, sort: "name", direction: "desc" });
    expect(byName.items[0]!.clientName).toBe("p Client 0054");
    expect([byName.page, byName.pageCount, byName.items.length, byName.total]).toEqual([1, 2, 50, 55]);
    const second = await caller.clients.caseload({ practiceSlug: slug, sort: "name", direction: "desc", page: 2 });
    expect(second.items.map((row) => row.clientName)).toEqual([
      "p Client 0004",
      "p Client 0003",
      "p Client 0002",
      "p Client 0001",
      "p Client 0000",
    ]);

    const byAwaiting = await caller.clients.caseload({ practiceSlug: slug, sort: "awaiting", direction: "asc" });
    expect(byAwaiting.items[0]!.clientName).toBe("p Client 0054");
    expect(byAwaiting.items[0]!.awaitingReview).toBe(0);

    const byActivity = await caller.clients.caseload({ practiceSlug: slug, sort: "activity" });
    expect(byActivity.direction).toBe("asc"); // the quietest first
    expect(byActivity.items[0]!.stalled).toBe(true);
  });

  it("reads the caseload in the same number of SQL statements for 5 clients and for 500", async () => {
    const { owner, maya, sam, slug, practice } = await practiceWithTwoCoaches();
    await seedCaseloadClients(prisma, { practiceId: practice.id, coachProfileId: maya.profile.id, count: 5, now: NOW });
    const read = async (user: { id: string }) => {
      const caller = callerFor(user, fixedClock(NOW));
      await caller.practices.mine(); // signs in: the session row is written once, not on every request
      return countSqlStatements(() => caller.clients.caseload({ practiceSlug: slug }));
    };
    // What every signed-in request costs before the procedure runs, whatever it reads.
    const { sessionToken } = await createDatabaseSession(owner.id, NOW);
    const sessionLookup = await countSqlStatements(() => resolveDatabaseSession(sessionToken, NOW));

    const adminSmall = await read(owner);
    const coachSmall = await read(maya.user);
    expect(adminSmall.result.total).toBe(5);

    await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: maya.profile.id,
      count: 300,
      now: NOW,
      firstSessionInHours: 100,
    });
    await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: sam.profile.id,
      count: 195,
      now: NOW,
    });
    const adminLarge = await read(owner);
    const coachLarge = await read(maya.user);
    expect(adminLarge.result.total).toBe(500);
    expect(coachLarge.result.total).toBe(305);
    expect(adminLarge.result.items).toHaveLength(50);

    expect(adminSmall.statements).toBeGreaterThan(0);
    expect(adminLarge.statements).toBe(adminSmall.statements);
    expect(coachLarge.statements).toBe(coachSmall.statements);
    // And small in absolute terms: the session lookup, then the membership lookup plus a handful of reads.
    expect(adminLarge.statements).toBeLessThanOrEqual(sessionLookup.statements + 12);
  });

  it("reads the first page in at most five statements, membership lookup included, for 20 clients as for 300", async () => {
    const { owner, maya, slug, practice } = await practiceWithTwoCoaches();
    // Everything the procedure sends, its middleware's membership lookup included, as the bench counts it; the
    // session cookie's lookup (two statements through the Auth.js adapter) comes before any procedure.
    const firstPage = (user: User) => {
      const session = {
        user: { id: user.id, email: user.email, name: user.name, timeZone: null },
        expires: "2099-01-01",
      };
      const caller = createCaller({ headers: new Headers(), session, clock: fixedClock(NOW) });
      return countSqlStatements(() => caller.clients.caseload({ practiceSlug: slug, sort: "activity" }));
    };
    const seed = (count: number, prefix: string, firstSessionInHours: number) =>
      seedCaseloadClients(prisma, {
        practiceId: practice.id,
        coachProfileId: maya.profile.id,
        count,
        now: NOW,
        prefix,
        firstSessionInHours,
      });

    await seed(20, "few", 1);
    const few = { admin: await firstPage(owner), coach: await firstPage(maya.user) };
    await seed(280, "many", 100);
    const many = { admin: await firstPage(owner), coach: await firstPage(maya.user) };

    expect([few.admin.result.total, many.admin.result.total, many.coach.result.total]).toEqual([20, 300, 300]);
    expect(many.admin.result.items).toHaveLength(50);
    // Every row still carries its numbers: two tracks of one interview each, two reflections awaiting review.
    expect(many.admin.result.items.every((row) => row.project?.progress.interviewed === 2)).toBe(true);
    expect(many.admin.result.items.every((row) => row.awaitingReview === 2 && row.nextSessionAt !== null)).toBe(true);
    for (const { statements } of [few.admin, few.coach, many.admin, many.coach]) {
      expect(statements).toBeGreaterThan(0);
      expect(statements).toBeLessThanOrEqual(5);
    }
    expect(many.admin.statements).toBe(few.admin.statements);
    expect(many.coach.statements).toBe(few.coach.statements);
  });

  it("is for staff only", async () => {
    const { practice, slug } = await practiceWithTwoCoaches();
    const client = await addMember(prisma, practice.id, "CLIENT");
    await expectTRPCError(callerFor(client.user).clients.caseload({ practiceSlug: slug }), "FORBIDDEN");
  });
});
