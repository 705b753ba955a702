import { describe, expect, it } from "vitest";
import {
  addMember,
  createBookingRow,
  createCoachProfile,
  createPractice,
  createProjectFixture,
  createUser,
} from "../../../prisma/factories";
import { callerFor, expectTRPCError } from "~/test/callers";
import { prisma, type Role } from "~/server/db/client";
import { appRouter } from "./root";
import { practiceSlugInput } from "./trpc";

// Every practice-scoped procedure, a valid input for it (given the ids of some practice's
// rows) and the roles allowed to call it. The first test fails when a procedure is added
// without a row here, so no procedure escapes the cross-tenant and role checks below.
// `clientScoped` marks procedures whose ids belong to one client's work: inside the same
// practice, another client and a coach who is not theirs must get NOT_FOUND for them too.
type Ids = { membershipId: string; invitationId: string; bookingId: string; clientId: string } & Awaited<
  ReturnType<typeof createProjectFixture>
>;
const ALL: Role[] = ["OWNER", "ADMIN", "COACH", "CLIENT"];
const STAFF: Role[] = ["OWNER", "ADMIN", "COACH"];
const ADMINS: Role[] = ["OWNER", "ADMIN"];

const PRACTICE_PROCEDURES: Record<
  string,
  { roles: Role[]; input: (ids: Ids) => Record<string, unknown>; usesIds?: boolean; clientScoped?: boolean }
> = {
  "practices.get": { roles: ALL, input: () => ({}) },
  "practices.update": {
    roles: ADMINS,
    input: () => ({ name: "Renamed", timeZone: "UTC", brandColor: "#123456", logoUrl: "" }),
  },
  "members.list": { roles: STAFF, input: () => ({}) },
  "members.auditLog": { roles: ADMINS, input: () => ({ limit: 10 }) },
  "members.invite": { roles: ADMINS, input: () => ({ email: "new.person@example.com", role: "CLIENT" }) },
  "members.resendInvitation": { roles: ADMINS, input: (ids) => ({ invitationId: ids.invitationId }), usesIds: true },
  "members.revokeInvitation": { roles: ADMINS, input: (ids) => ({ invitationId: ids.invitationId }), usesIds: true },
  "members.changeRole": {
    roles: ADMINS,
    input: (ids) => ({ membershipId: ids.membershipId, role: "CLIENT" }),
    usesIds: true,
  },
  "members.remove": { roles: ADMINS, input: (ids) => ({ membershipId: ids.membershipId }), usesIds: true },
  "bookings.sessions": { roles: STAFF, input: () => ({ scope: "upcoming" }) },
  "bookings.clients": { roles: STAFF, input: () => ({}) },
  "bookings.rescheduleSlots": {
    roles: STAFF,
    input: (ids) => ({ bookingId: ids.bookingId, from: "2026-12-01", to: "2026-12-07", timeZone: "UTC" }),
    usesIds: true,
  },
  "bookings.cancel": { roles: STAFF, input: (ids) => ({ bookingId: ids.bookingId }), usesIds: true },
  "bookings.reschedule": {
    roles: STAFF,
    input: (ids) => ({ bookingId: ids.bookingId, start: "2099-01-05T10:00:00Z" }),
    usesIds: true,
  },
  "bookings.recordOutcome": {
    roles: STAFF,
    input: (ids) => ({ bookingId: ids.bookingId, outcome: "COMPLETED" }),
    usesIds: true,
  },
  "clients.setStatus": {
    roles: STAFF,
    input: (ids) => ({ clientId: ids.clientId, status: "ARCHIVED" }),
    usesIds: true,
  },
  "billing.overview": { roles: ADMINS, input: () => ({}) },
  "billing.banner": { roles: STAFF, input: () => ({}) },
  "billing.startCheckout": { roles: ADMINS, input: () => ({ interval: "month" }) },
  "billing.openPortal": { roles: ADMINS, input: () => ({}) },
  "billing.syncCheckout": { roles: ADMINS, input: () => ({ sessionId: "cs_test_unknown" }) },
  "billing.previewChange": { roles: ADMINS, input: () => ({ interval: "year", seats: 2 }) },
  "billing.changePlan": { roles: ADMINS, input: () => ({ interval: "year", seats: 2, prorationDate: 1_800_000_000 }) },
  "scheduling.myAvailability": { roles: STAFF, input: () => ({}) },
  "scheduling.updateAvailability": {
    roles: STAFF,
    input: () => ({
      displayName: "Renamed Coach",
      headline: "Career coaching",
      bookingEnabled: true,
      timeZone: "UTC",
      slug: "renamed-coach",
      weekly: [{ weekday: 1, ranges: [{ start: "09:00", end: "17:00" }] }],
      overrides: [{ date: "2026-12-24", ranges: [] }],
      sessionMinutes: 30,
      slotIntervalMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 720,
      horizonDays: 60,
      maxSessionsPerDay: 6,
    }),
  },
  // ── projects (templates, assignment, workspace, synthesis) ──
  "projects.list": { roles: ALL, input: () => ({ status: "ALL" }) },
  "projects.get": { roles: ALL, input: (ids) => ({ projectId: ids.projectId }), usesIds: true, clientScoped: true },
  "projects.assignableClients": { roles: STAFF, input: () => ({}) },
  "projects.assign": {
    roles: STAFF,
    input: (ids) => ({
      clientId: ids.clientId,
      templateId: ids.templateId,
      title: "Second project",
      tracks: [{ name: "Design", targetCount: 3 }],
      questionBank: ["What surprised you?"],
      outreachGoalCount: 2,
      outreachGoalPeriod: "DAY",
    }),
    usesIds: true,
    clientScoped: true,
  },
  "projects.update": {
    roles: STAFF,
    input: (ids) => ({
      projectId: ids.projectId,
      title: "Renamed project",
      tracks: [{ id: ids.trackId, name: "Agency owners", targetCount: 6 }],
      questionBank: [],
      outreachGoalCount: 1,
      outreachGoalPeriod: "WEEK",
      followUpAfterDays: 4,
      maxFollowUps: 1,
    }),
    usesIds: true,
    clientScoped: true,
  },
  "projects.templates": { roles: STAFF, input: () => ({}) },
  "projects.createTemplate": {
    roles: STAFF,
    input: () => ({
      name: "Three chats",
      tracks: [{ name: "Design", targetCount: 3 }],
      questionBank: [],
      outreachGoalCount: 3,
      outreachGoalPeriod: "WEEK",
    }),
  },
  "projects.updateTemplate": {
    roles: STAFF,
    input: (ids) => ({
      templateId: ids.templateId,
      name: "Renamed template",
      tracks: [{ name: "Design", targetCount: 3 }],
      questionBank: [],
      outreachGoalCount: 3,
      outreachGoalPeriod: "WEEK",
    }),
    usesIds: true,
  },
  "projects.deleteTemplate": { roles: STAFF, input: (ids) => ({ templateId: ids.templateId }), usesIds: true },
  "projects.outreachTemplates": { roles: ALL, input: () => ({}) },
  "projects.createOutreachTemplate": {
    roles: STAFF,
    input: () => ({ name: "Thanks", kind: "THANK_YOU", subject: "Thank you", body: "Thank you, {{name}}." }),
  },
  "projects.updateOutreachTemplate": {
    roles: STAFF,
    input: (ids) => ({
      outreachTemplateId: ids.outreachTemplateId,
      name: "Renamed",
      kind: "INITIAL",
      subject: "Hello",
      body: "Hi {{name}}",
    }),
    usesIds: true,
  },
  "projects.deleteOutreachTemplate": {
    roles: STAFF,
    input: (ids) => ({ outreachTemplateId: ids.outreachTemplateId }),
    usesIds: true,
  },
  // ── outreach (contacts, outreach, interviews, today) ──
  "outreach.workspace": {
    roles: ALL,
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.createContact": {
    roles: ["CLIENT"],
    input: (ids) => ({ projectId: ids.projectId, trackId: ids.trackId, name: "Cleo New", referredById: ids.contactId }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.updateContact": {
    roles: ["CLIENT"],
    input: (ids) => ({ contactId: ids.contactId, trackId: ids.trackId, name: "Ben Renamed" }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.moveContact": {
    roles: ["CLIENT"],
    input: (ids) => ({ contactId: ids.contactId, status: "THANKED" }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.deleteContact": {
    roles: ["CLIENT"],
    input: (ids) => ({ contactId: ids.contactId }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.logOutreach": {
    roles: ["CLIENT"],
    input: (ids) => ({ contactId: ids.contactId, kind: "THANK_YOU", message: "Thank you, Ben." }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.saveInterview": {
    roles: ["CLIENT"],
    input: (ids) => ({ contactId: ids.contactId, interviewId: ids.interviewId, date: "2026-11-05", time: "15:00" }),
    usesIds: true,
    clientScoped: true,
  },
  // ── reflections (reflections, comments, review queue) ──
  "reflections.page": {
    roles: ALL,
    input: (ids) => ({ interviewId: ids.interviewId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.saveDraft": {
    roles: ["CLIENT"],
    input: (ids) => ({ interviewId: ids.interviewId, answers: { learned: "Overwritten" } }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.finish": {
    roles: ["CLIENT"],
    input: (ids) => ({ interviewId: ids.interviewId, answers: { learned: "Overwritten" }, visibility: "PRIVATE" }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.addReferredContact": {
    roles: ["CLIENT"],
    input: (ids) => ({ interviewId: ids.interviewId, name: "Someone new" }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.comment": {
    roles: ALL,
    input: (ids) => ({ reflectionId: ids.reflectionId, parentId: ids.commentId, body: "Hello" }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.markReviewed": {
    roles: STAFF,
    input: (ids) => ({ reflectionId: ids.reflectionId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.reviewQueue": { roles: STAFF, input: () => ({}) },
  "reflections.synthesis": {
    roles: ALL,
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.saveSynthesis": {
    roles: ["CLIENT"],
    input: (ids) => ({ projectId: ids.projectId, synthesis: "Mine", decision: "Agencies" }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.closeProject": {
    roles: STAFF,
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.reopenProject": {
    roles: STAFF,
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.exportProject": {
    roles: ALL,
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  // ── clients (caseload, coach notes, readiness) ──
  "clients.caseload": { roles: STAFF, input: () => ({ sort: "activity", page: 1 }) },
  "clients.setStalledAfterDays": { roles: ADMINS, input: () => ({ stalledAfterDays: 10 }) },
  "clients.detail": { roles: STAFF, input: (ids) => ({ clientId: ids.clientId }), usesIds: true, clientScoped: true },
  "clients.addNote": {
    roles: STAFF,
    input: (ids) => ({ clientId: ids.clientId, body: "Seems ready to reach out." }),
    usesIds: true,
    clientScoped: true,
  },
  "clients.updateNote": {
    roles: STAFF,
    input: (ids) => ({ noteId: ids.noteId, sharedWithTeam: true }),
    usesIds: true,
    clientScoped: true,
  },
  "clients.deleteNote": { roles: STAFF, input: (ids) => ({ noteId: ids.noteId }), usesIds: true, clientScoped: true },
  "readiness.openCheckIn": {
    roles: ["CLIENT"],
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "readiness.submit": {
    roles: ["CLIENT"],
    input: (ids) => ({
      checkInId: ids.checkInId,
      hope: 3,
      time: 2,
      energy: 4,
      selfEsteem: 3,
      ambition: 5,
      note: "",
      fears: ["What if they say no?"],
    }),
    usesIds: true,
    clientScoped: true,
  },
  "readiness.request": {
    roles: STAFF,
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  // ── notifications (outbox admin view, preferences) ──
  "notifications.log": { roles: ADMINS, input: () => ({ status: "DEAD", limit: 10 }) },
  "notifications.statusCounts": { roles: ADMINS, input: () => ({}) },
  // The fixture holds no email; retrying another practice's is covered in email-log.int.test.ts.
  "notifications.retry": { roles: ADMINS, input: () => ({ messageId: "no-such-email" }) },
  "notifications.preferences": { roles: ALL, input: () => ({}) },
  "notifications.setPreference": { roles: ALL, input: () => ({ category: "weekly-digest", enabled: false }) },
};

type AnyProcedure = { _def: { inputs: unknown[]; procedure?: boolean } };
function flatten(record: object, prefix = ""): Array<[string, AnyProcedure]> {
  return Object.entries(record).flatMap(([key, value]: [string, AnyProcedure & { _def?: { record?: object } }]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value?._def?.procedure) return [[path, value] as [string, AnyProcedure]];
    return flatten(value?._def?.record ?? value, path);
  });
}
const procedures = Object.fromEntries(flatten(appRouter._def.record));

async function call(
  user: { id: string; email: string; name: string | null },
  path: string,
  input: Record<string, unknown>,
) {
  const [router, name] = path.split(".") as [string, string];
  const caller = callerFor(user) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  return caller[router]![name]!(input);
}

async function practiceWithEveryRole() {
  const { practice, owner } = await createPractice(prisma);
  const members: Record<Role, { id: string; email: string; name: string | null }> = { OWNER: owner } as never;
  const memberships: Record<string, string> = {};
  for (const role of ["ADMIN", "COACH", "CLIENT"] as const) {
    const added = await addMember(prisma, practice.id, role);
    members[role] = added.user;
    memberships[role] = added.membership.id;
  }
  const invitation = await prisma.invitation.create({
    data: {
      practiceId: practice.id,
      email: `pending-${practice.id}@example.com`,
      role: "COACH",
      tokenHash: `hash-${practice.id}`,
      invitedById: owner.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const coach = await createCoachProfile(prisma, practice.id, {
    membershipId: memberships.COACH!,
    displayName: "Coach",
  });
  const booking = await createBookingRow(prisma, coach, new Date("2099-01-05T09:00:00Z"));
  // The CLIENT member is the booking's client, coached by COACH, with a project full of rows.
  await prisma.client.update({
    where: { id: booking.clientId },
    data: { userId: members.CLIENT.id, status: "ACTIVE" },
  });
  const project = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: coach.id,
    clientId: booking.clientId,
    authorUserId: members.COACH.id,
  });
  // Same practice, not theirs: a second client with a project of their own, and a coach without clients.
  const otherClient = await addMember(prisma, practice.id, "CLIENT");
  await prisma.client.create({
    data: {
      practiceId: practice.id,
      email: otherClient.user.email,
      name: "Other client",
      userId: otherClient.user.id,
      coachProfileId: coach.id,
      status: "ACTIVE",
    },
  });
  const otherCoach = await addMember(prisma, practice.id, "COACH");
  await createCoachProfile(prisma, practice.id, { membershipId: otherCoach.membership.id, displayName: "Other coach" });
  return {
    practice,
    members,
    others: { CLIENT: otherClient.user, COACH: otherCoach.user },
    ids: {
      membershipId: memberships.COACH!,
      invitationId: invitation.id,
      bookingId: booking.id,
      clientId: booking.clientId,
      ...project,
    },
  };
}

describe("authorization", () => {
  it("knows every practice-scoped procedure", () => {
    const scoped = Object.entries(procedures)
      .filter(([, procedure]) => procedure._def.inputs.includes(practiceSlugInput))
      .map(([path]) => path)
      .sort();
    expect(scoped).toEqual(Object.keys(PRACTICE_PROCEDURES).sort());
  });

  it("answers NOT_FOUND to a member of practice A for practice B, by slug or by any id", async () => {
    const a = await practiceWithEveryRole();
    const b = await practiceWithEveryRole();
    for (const [path, spec] of Object.entries(PRACTICE_PROCEDURES)) {
      for (const role of ALL) {
        const user = a.members[role];
        // B's slug with B's ids: not a member there.
        await expectTRPCError(call(user, path, { practiceSlug: b.practice.slug, ...spec.input(b.ids) }), "NOT_FOUND");
      }
      if (spec.usesIds) {
        // A's slug (where this role may act) with B's ids: B's rows do not exist for A.
        await expectTRPCError(
          call(a.members[spec.roles[0]!], path, { practiceSlug: a.practice.slug, ...spec.input(b.ids) }),
          "NOT_FOUND",
        );
      }
    }
    // And nothing in B changed.
    const bRows = await prisma.membership.findMany({ where: { practiceId: b.practice.id, removedAt: null } });
    expect(bRows).toHaveLength(6);
    expect((await prisma.practice.findUniqueOrThrow({ where: { id: b.practice.id } })).name).not.toBe("Renamed");
    expect(await prisma.invitation.count({ where: { practiceId: b.practice.id, revokedAt: null } })).toBe(1);
  });

  it("answers NOT_FOUND inside a practice for another client's work, to that other client and to a coach not theirs", async () => {
    const a = await practiceWithEveryRole();
    const scoped = Object.entries(PRACTICE_PROCEDURES).filter(([, spec]) => spec.clientScoped);
    for (const [path, spec] of scoped) {
      for (const role of (["CLIENT", "COACH"] as const).filter((r) => spec.roles.includes(r))) {
        await expectTRPCError(
          call(a.others[role], path, { practiceSlug: a.practice.slug, ...spec.input(a.ids) }),
          "NOT_FOUND",
        );
      }
    }
    // Nothing of the client's work was changed or removed by those calls.
    expect(await prisma.contact.count({ where: { projectId: a.ids.projectId } })).toBe(2);
    expect(await prisma.reflection.findUniqueOrThrow({ where: { id: a.ids.reflectionId } })).toMatchObject({
      status: "SUBMITTED",
      learned: "A lot",
    });
  });

  it("refuses roles below the procedure's with FORBIDDEN", async () => {
    const a = await practiceWithEveryRole();
    for (const [path, spec] of Object.entries(PRACTICE_PROCEDURES)) {
      for (const role of ALL.filter((r) => !spec.roles.includes(r))) {
        await expectTRPCError(
          call(a.members[role], path, { practiceSlug: a.practice.slug, ...spec.input(a.ids) }),
          "FORBIDDEN",
        );
      }
    }
  });

  it("answers NOT_FOUND for an unknown practice and UNAUTHORIZED without a session", async () => {
    const user = await createUser(prisma);
    await expectTRPCError(callerFor(user).practices.get({ practiceSlug: "no-such-practice" }), "NOT_FOUND");
    await expectTRPCError(callerFor(null).practices.get({ practiceSlug: "no-such-practice" }), "UNAUTHORIZED");
    await expectTRPCError(callerFor(null).practices.mine(), "UNAUTHORIZED");
  });

  it("denies a removed member on their next request", async () => {
    const a = await practiceWithEveryRole();
    const coach = a.members.COACH;
    expect((await callerFor(coach).practices.get({ practiceSlug: a.practice.slug })).role).toBe("COACH");
    await callerFor(a.members.OWNER).members.remove({
      practiceSlug: a.practice.slug,
      membershipId: a.ids.membershipId,
    });
    await expectTRPCError(callerFor(coach).practices.get({ practiceSlug: a.practice.slug }), "NOT_FOUND");
    // History is kept.
    expect(await prisma.membership.findUnique({ where: { id: a.ids.membershipId } })).toMatchObject({
      removedAt: expect.any(Date),
    });
  });
});
