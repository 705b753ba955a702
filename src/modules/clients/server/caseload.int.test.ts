import { countSqlStatements } from "../../../../scripts/lib/sql-statements";
import { describe, expect, it } from "vitest";
import { seedCaseloadClients } from "../../../../prisma/caseload-factories";
import { CASELOAD_SORTS, sortCaseload, type CaseloadSort, type SortDirection } from "../domain/caseload";
import { addMember, createBookableCoach, createPractice } from "../../../../prisma/factories";
import type { ZodError } from "zod";
import { createCaller } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
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

/** A caller whose session is already resolved, so a count holds the procedure's own statements only. */
function callerWithSession(user: User) {
  const session = { user: { id: user.id, email: user.email, name: user.name, timeZone: null }, expires: "2099-01-01" };
  return createCaller(() => createTRPCContext({ headers: new Headers(), session, clock: fixedClock(NOW) }));
}

/** Seeds `count` clients of one coach, their first sessions `firstSessionInHours` after NOW. */
const seederFor =
  (practiceId: string, coachProfileId: string) => (count: number, prefix: string, firstSessionInHours: number) =>
    seedCaseloadClients(prisma, { practiceId, coachProfileId, count, now: NOW, prefix, firstSessionInHours });

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
      const caller = callerWithSession(user);
      return countSqlStatements(() => caller.clients.caseload({ practiceSlug: slug, sort: "activity" }));
    };
    const seed = seederFor(practice.id, maya.profile.id);

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

  it("orders every sort, in both directions, by the domain's rule with ties by name then id, across pages", async () => {
    const { maya, sam, slug, practice } = await practiceWithTwoCoaches();
    const { clientIds, projectIds } = await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: maya.profile.id,
      count: 56,
      now: NOW,
      prefix: "s",
    });
    await seedCaseloadClients(prisma, { practiceId: practice.id, coachProfileId: sam.profile.id, count: 3, now: NOW });
    // Names a byte order would misplace, and two people of the same name.
    const renames: Array<[number, string]> = [
      [1, "émile Roux"],
      [2, "Zoë Adams"],
      [3, "bob Stone"],
      [4, "Same Name"],
      [5, "Same Name"],
    ];
    for (const [n, name] of renames) await prisma.client.update({ where: { id: clientIds[n] }, data: { name } });
    // Progress 0 (its reflections go with the interviews), 1 and 0.5; reviews awaiting 0 and 1; the quietest and the
    // busiest project.
    await prisma.interview.deleteMany({ where: { projectId: projectIds[6] } });
    await prisma.projectTrack.updateMany({ where: { projectId: projectIds[7] }, data: { targetCount: 1 } });
    await prisma.projectTrack.updateMany({ where: { projectId: projectIds[8] }, data: { targetCount: 2 } });
    await prisma.reflection.updateMany({ where: { projectId: projectIds[9] }, data: { status: "REVIEWED" } });
    await prisma.reflection.updateMany({ where: { projectId: projectIds[10] }, data: { isPrivate: true } });
    await prisma.project.update({
      where: { id: projectIds[11] },
      data: { lastActivityAt: new Date(NOW.getTime() - 30 * DAY_MS) },
    });
    await prisma.project.update({ where: { id: projectIds[12] }, data: { lastActivityAt: NOW } });
    // A second, newer and quieter project does not move its client: the row shows the oldest active project.
    await prisma.project.create({
      data: {
        practiceId: practice.id,
        clientId: clientIds[13]!,
        coachProfileId: maya.profile.id,
        title: "Second",
        lastActivityAt: new Date(NOW.getTime() - 50 * DAY_MS),
        createdAt: new Date(
          (await prisma.project.findUniqueOrThrow({ where: { id: projectIds[13] } })).createdAt.getTime() + 1,
        ),
      },
    });
    // An active client without a project yet has no activity or progress to compare.
    const waiting = await prisma.client.create({
      data: {
        practiceId: practice.id,
        email: "waiting@example.com",
        name: "Aaron Waiting",
        status: "ACTIVE",
        coachProfileId: maya.profile.id,
      },
    });
    const caller = callerFor(maya.user, fixedClock(NOW));

    const everyPage = async (sort: CaseloadSort, direction: SortDirection) => {
      const first = await caller.clients.caseload({ practiceSlug: slug, sort, direction });
      const second = await caller.clients.caseload({ practiceSlug: slug, sort, direction, page: 2 });
      const pastTheEnd = await caller.clients.caseload({ practiceSlug: slug, sort, direction, page: 3 });
      expect([first.pageCount, first.items.length, second.items.length, first.total]).toEqual([2, 50, 7, 57]);
      expect(pastTheEnd.page).toBe(2);
      expect(pastTheEnd.items).toEqual(second.items);
      return [...first.items, ...second.items];
    };
    for (const sort of CASELOAD_SORTS) {
      for (const direction of ["asc", "desc"] as const) {
        const rows = await everyPage(sort, direction);
        const ids = rows.map((row) => row.clientId);
        expect(new Set(ids).size).toBe(57);
        // The domain's comparison keeps equal rows in input order: give them in the order of the id tie-break.
        const byId = [...rows].sort((a, b) => (a.clientId < b.clientId ? -1 : 1));
        if (sort === "name" && direction === "desc") byId.reverse();
        expect(ids, `${sort} ${direction}`).toEqual(sortCaseload(byId, sort, direction).map((row) => row.clientId));
        if (sort === "activity" || sort === "progress") expect(ids.at(-1)).toBe(waiting.id);
      }
    }

    const names = (await everyPage("name", "asc")).map((row) => row.clientName);
    expect(names.slice(0, 2)).toEqual(["Aaron Waiting", "bob Stone"]);
    expect(names.indexOf("émile Roux")).toBe(2);
    expect(names.at(-1)).toBe("Zoë Adams");
    const sameNames = (await everyPage("name", "asc")).filter((row) => row.clientName === "Same Name");
    expect(sameNames.map((row) => row.clientId)).toEqual([clientIds[4], clientIds[5]].sort());
    const activity = await everyPage("activity", "asc");
    expect(activity[0]!.clientId).toBe(clientIds[11]);
    expect(activity.find((row) => row.clientId === clientIds[13])!.moreProjects).toBe(1);
    expect((await everyPage("activity", "desc"))[0]!.clientId).toBe(clientIds[12]);
    const progress = await everyPage("progress", "desc");
    expect([progress[0]!.clientId, progress[1]!.clientId]).toEqual([clientIds[7], clientIds[8]]);
    expect((await everyPage("progress", "asc"))[0]!.clientId).toBe(clientIds[6]);
    const awaiting = await everyPage("awaiting", "asc");
    expect(awaiting.slice(0, 4).map((row) => row.clientId)).toEqual([
      waiting.id,
      clientIds[6],
      clientIds[9],
      clientIds[10],
    ]);
  });

  it("pages the stalled clients only, and searches names with wildcards taken literally", async () => {
    const { maya, slug, practice } = await practiceWithTwoCoaches();
    const { clientIds } = await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: maya.profile.id,
      count: 160,
      now: NOW,
      prefix: "q",
    });
    await prisma.client.update({ where: { id: clientIds[1] }, data: { name: "100% Sure_Thing" } });
    const caller = callerFor(maya.user, fixedClock(NOW));
    // Every third project has been quiet for ten days: 54 of 160.
    const first = await caller.clients.caseload({ practiceSlug: slug, stalledOnly: true });
    const second = await caller.clients.caseload({ practiceSlug: slug, stalledOnly: true, page: 2 });
    expect([first.total, first.stalledCount, first.pageCount, second.items.length]).toEqual([54, 54, 2, 4]);
    expect([...first.items, ...second.items].every((row) => row.stalled)).toBe(true);
    expect(new Set([...first.items, ...second.items].map((row) => row.clientId)).size).toBe(54);

    const literal = await caller.clients.caseload({ practiceSlug: slug, search: "0% sure_" });
    expect(literal.items.map((row) => row.clientName)).toEqual(["100% Sure_Thing"]);
    expect((await caller.clients.caseload({ practiceSlug: slug, search: "q_Client" })).total).toBe(0);
    const none = await caller.clients.caseload({ practiceSlug: slug, search: "nobody" });
    expect([none.total, none.items.length, none.page, none.pageCount, none.stalledCount]).toEqual([0, 0, 1, 1, 0]);
  });

  it("sends the same number of statements for every sort's first page with 10 clients and with 200", async () => {
    const { owner, maya, slug, practice } = await practiceWithTwoCoaches();
    const firstPages = async (user: User) => {
      const caller = callerWithSession(user);
      const counts: Record<string, number> = {};
      for (const sort of CASELOAD_SORTS)
        counts[sort] = (
          await countSqlStatements(() => caller.clients.caseload({ practiceSlug: slug, sort }))
        ).statements;
      return counts;
    };
    const seed = seederFor(practice.id, maya.profile.id);

    await seed(10, "ten", 1);
    const ten = { admin: await firstPages(owner), coach: await firstPages(maya.user) };
    await seed(190, "more", 100);
    const twoHundred = { admin: await firstPages(owner), coach: await firstPages(maya.user) };
    expect(twoHundred).toEqual(ten);
    // The membership lookup, and the page with its counts and, for an admin, the coach filter's list.
    expect(Math.max(...Object.values(ten.admin), ...Object.values(ten.coach))).toBe(2);
  });

  it("is for staff only", async () => {
    const { practice, slug } = await practiceWithTwoCoaches();
    const client = await addMember(prisma, practice.id, "CLIENT");
    await expectTRPCError(callerFor(client.user).clients.caseload({ practiceSlug: slug }), "FORBIDDEN");
  });
});
