import {
  addMember,
  createBookingRow,
  createCalendarConnection,
  createCoachProfile,
  createPractice,
  createProjectFixture,
  createSessionType,
} from "../../prisma/factories";
import { callerFor } from "~/test/callers";
import { prisma, type Role } from "~/server/db/client";
import { appRouter } from "~/server/api/root";

// Every practice-scoped procedure, a valid input for it (given the ids of some practice's
// rows) and the roles allowed to call it. The first test fails when a procedure is added
// without a row here, so no procedure escapes the cross-tenant and role checks below.
// `clientScoped` marks procedures whose ids belong to one client's work: inside the same
// practice, another client and a coach who is not theirs must get NOT_FOUND for them too.
export type Ids = {
  membershipId: string;
  invitationId: string;
  bookingId: string;
  pastBookingId: string;
  clientId: string;
  deadEmailId: string;
  draftInterviewId: string;
  coachProfileId: string;
  sessionTypeId: string;
  linkSessionTypeId: string;
  clientsSessionTypeId: string;
  calendarConnectionId: string;
  calendarId: string;
} & Awaited<ReturnType<typeof createProjectFixture>>;

/** A start the fixture coach (UTC, 09:00–17:00 daily) has free: two days from now at 10:00 (or `hour`). */
const freeStartSoon = (hour = 10) => {
  const day = new Date(Date.now() + 2 * 86_400_000);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour)).toISOString();
};

/** A valid session type: 45 minutes by video, one required question. */
const sessionTypeFields = (name: string, kind: "DISCOVERY" | "COACHING") => ({
  name,
  kind,
  visibility: "PUBLIC",
  durationMinutes: 45,
  slotIntervalMinutes: 15,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 720,
  horizonDays: 60,
  maxSessionsPerDay: null,
  location: { kind: "VIDEO", detail: "https://meet.example.com/coach" },
  intakeQuestions: [{ label: "What would you like to work on?", kind: "LONG_TEXT", required: true, options: [] }],
  reminderMinutesBefore: [1440, 60],
  changeWindowHours: 12,
});
export const ALL: Role[] = ["OWNER", "ADMIN", "COACH", "CLIENT"];
export const STAFF: Role[] = ["OWNER", "ADMIN", "COACH"];
export const ADMINS: Role[] = ["OWNER", "ADMIN"];

/**
 * What a procedure does while the practice's plan has lapsed: a query still reads ("read"),
 * a mutation is refused with LIMIT_REACHED ("refused"), allowed for every permitted role
 * ("allowed"), or allowed for clients and refused for staff ("clients").
 */
export type WhileLapsed = "read" | "refused" | "allowed" | "clients";

/** A valid call that still ends in a deliberate application error, and why. */
export type ExpectedRefusal = { code: string; because: string };

export interface ProcedureSpec {
  roles: Role[];
  input: (ids: Ids) => Record<string, unknown>;
  lapsed: WhileLapsed;
  /** Set when the valid call below answers a deliberate error rather than succeeding. */
  refusal?: ExpectedRefusal;
  usesIds?: boolean;
  clientScoped?: boolean;
}

export const PRACTICE_PROCEDURES: Record<string, ProcedureSpec> = {
  "practices.get": { roles: ALL, lapsed: "read", input: () => ({}) },
  "home.today": { roles: ALL, lapsed: "read", input: () => ({}) },
  "practices.update": {
    roles: ADMINS,
    lapsed: "refused",
    input: () => ({ name: "Renamed", timeZone: "UTC", brandColor: "#123456", logoUrl: "" }),
  },
  // On: refused (CONFLICT) for an owner without a second factor; off is allowed whatever the owner has.
  "practices.requireStaffSecondFactor": { roles: ["OWNER"], lapsed: "refused", input: () => ({ required: false }) },
  "members.list": { roles: STAFF, lapsed: "read", input: () => ({}) },
  "members.auditLog": { roles: ADMINS, lapsed: "read", input: () => ({ limit: 10 }) },
  "members.invite": {
    roles: ADMINS,
    lapsed: "refused",
    input: () => ({ email: "new.person@example.com", role: "CLIENT" }),
  },
  "members.resendInvitation": {
    roles: ADMINS,
    lapsed: "refused",
    input: (ids) => ({ invitationId: ids.invitationId }),
    usesIds: true,
  },
  "members.revokeInvitation": {
    roles: ADMINS,
    lapsed: "refused",
    input: (ids) => ({ invitationId: ids.invitationId }),
    usesIds: true,
  },
  "members.changeRole": {
    roles: ADMINS,
    lapsed: "refused",
    input: (ids) => ({ membershipId: ids.membershipId, role: "CLIENT" }),
    usesIds: true,
  },
  "members.remove": {
    roles: ADMINS,
    lapsed: "allowed",
    input: (ids) => ({ membershipId: ids.membershipId }),
    usesIds: true,
  },
  "bookings.sessions": { roles: STAFF, lapsed: "read", input: () => ({ scope: "upcoming" }) },
  "bookings.rescheduleSlots": {
    roles: STAFF,
    lapsed: "read",
    input: (ids) => ({ bookingId: ids.bookingId, from: "2026-12-01", to: "2026-12-07", timeZone: "UTC" }),
    usesIds: true,
  },
  "bookings.cancel": { roles: STAFF, lapsed: "refused", input: (ids) => ({ bookingId: ids.bookingId }), usesIds: true },
  "bookings.reschedule": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ bookingId: ids.bookingId, start: freeStartSoon() }),
    usesIds: true,
  },
  "bookings.recordOutcome": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ bookingId: ids.pastBookingId, outcome: "COMPLETED" }),
    usesIds: true,
  },
  "clients.setStatus": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ clientId: ids.clientId, status: "ARCHIVED" }),
    usesIds: true,
  },
  "billing.overview": { roles: ADMINS, lapsed: "read", input: () => ({}) },
  "billing.banner": { roles: STAFF, lapsed: "read", input: () => ({}) },
  "billing.startCheckout": {
    roles: ADMINS,
    lapsed: "allowed",
    input: () => ({ interval: "month" }),
    refusal: {
      code: "BAD_REQUEST",
      because: "this run has no Stripe keys; billing.int.test.ts makes the call against the Stripe double",
    },
  },
  "billing.openPortal": {
    roles: ADMINS,
    lapsed: "allowed",
    input: () => ({}),
    refusal: {
      code: "BAD_REQUEST",
      because: "this run has no Stripe keys; billing.int.test.ts makes the call against the Stripe double",
    },
  },
  "billing.syncCheckout": {
    roles: ADMINS,
    lapsed: "allowed",
    input: () => ({ sessionId: "cs_test_unknown" }),
    refusal: {
      code: "BAD_REQUEST",
      because: "this run has no Stripe keys; billing.int.test.ts makes the call against the Stripe double",
    },
  },
  "billing.previewChange": {
    roles: ADMINS,
    lapsed: "read",
    input: () => ({ interval: "year", seats: 2 }),
    refusal: {
      code: "BAD_REQUEST",
      because: "this run has no Stripe keys; billing.int.test.ts makes the call against the Stripe double",
    },
  },
  "billing.changePlan": {
    roles: ADMINS,
    lapsed: "allowed",
    input: () => ({ interval: "year", seats: 2, prorationDate: 1_800_000_000 }),

    refusal: {
      code: "BAD_REQUEST",
      because: "this run has no Stripe keys; billing.int.test.ts makes the call against the Stripe double",
    },
  },
  "scheduling.myAvailability": { roles: STAFF, lapsed: "read", input: () => ({}) },
  "scheduling.updateAvailability": {
    roles: STAFF,
    lapsed: "refused",
    input: () => ({
      displayName: "Renamed Coach",
      headline: "Career coaching",
      bookingEnabled: true,
      timeZone: "UTC",
      slug: "renamed-coach",
      weekly: [{ weekday: 1, ranges: [{ start: "09:00", end: "17:00" }] }],
      overrides: [{ date: "2026-12-24", ranges: [] }],
    }),
  },
  // ── session types (the fixture coach's, managed by the owner) ──
  "sessionTypes.list": {
    roles: STAFF,
    lapsed: "read",
    input: (ids) => ({ coachProfileId: ids.coachProfileId }),
    usesIds: true,
  },
  "sessionTypes.create": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ coachProfileId: ids.coachProfileId, ...sessionTypeFields("Coaching session", "COACHING") }),
    usesIds: true,
  },
  "sessionTypes.update": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ sessionTypeId: ids.sessionTypeId, ...sessionTypeFields("Discovery call", "DISCOVERY") }),
    usesIds: true,
  },
  "sessionTypes.setArchived": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ sessionTypeId: ids.sessionTypeId, archived: true }),
    usesIds: true,
  },
  "sessionTypes.reorder": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({
      coachProfileId: ids.coachProfileId,
      sessionTypeIds: [ids.linkSessionTypeId, ids.clientsSessionTypeId, ids.sessionTypeId],
    }),
    usesIds: true,
  },
  "sessionTypes.regenerateLink": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ sessionTypeId: ids.linkSessionTypeId }),
    usesIds: true,
  },
  // ── sessions booked inside the practice (the CLIENT member's own, and staff for that client) ──
  "clients.addSessionNote": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ bookingId: ids.pastBookingId, body: "Went through her CV line by line." }),
    usesIds: true,
    clientScoped: true,
  },
  "clientSessions.overview": { roles: ["CLIENT"], lapsed: "read", input: () => ({}) },
  "clientSessions.slots": {
    roles: ["CLIENT"],
    lapsed: "read",
    input: (ids) => ({
      sessionTypeId: ids.clientsSessionTypeId,
      from: "2026-12-01",
      to: "2026-12-07",
      timeZone: "Europe/London",
    }),
    usesIds: true,
  },
  "clientSessions.book": {
    roles: ["CLIENT"],
    lapsed: "refused",
    input: (ids) => ({
      sessionTypeId: ids.clientsSessionTypeId,
      start: freeStartSoon(14),
      requestId: "auth-table-client",
    }),
    usesIds: true,
  },
  "clientSessions.staffOptions": {
    roles: STAFF,
    lapsed: "read",
    input: (ids) => ({ clientId: ids.clientId }),
    usesIds: true,
    clientScoped: true,
  },
  "clientSessions.staffSlots": {
    roles: STAFF,
    lapsed: "read",
    input: (ids) => ({
      clientId: ids.clientId,
      sessionTypeId: ids.clientsSessionTypeId,
      from: "2026-12-01",
      to: "2026-12-07",
      timeZone: "Europe/London",
    }),
    usesIds: true,
    clientScoped: true,
  },
  "clientSessions.bookForClient": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({
      clientId: ids.clientId,
      sessionTypeId: ids.clientsSessionTypeId,
      start: freeStartSoon(15),
      requestId: "auth-table-staff",
    }),
    usesIds: true,
    clientScoped: true,
  },
  // ── projects (templates, assignment, workspace, synthesis) ──
  "projects.list": { roles: ALL, lapsed: "read", input: () => ({ status: "ALL" }) },
  "projects.get": {
    roles: ALL,
    lapsed: "read",
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "projects.assignableClients": { roles: STAFF, lapsed: "read", input: () => ({}) },
  "projects.assign": {
    roles: STAFF,
    lapsed: "refused",
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
    lapsed: "refused",
    input: (ids) => ({
      projectId: ids.projectId,
      title: "Renamed project",
      tracks: [
        { id: ids.trackId, name: "Agency owners", targetCount: 6 },
        { id: ids.secondTrackId, name: "Employee engagement", targetCount: 5 },
      ],
      questionBank: [],
      outreachGoalCount: 1,
      outreachGoalPeriod: "WEEK",
      followUpAfterDays: 4,
      maxFollowUps: 1,
    }),
    usesIds: true,
    clientScoped: true,
  },
  "projects.templates": { roles: STAFF, lapsed: "read", input: () => ({}) },
  "projects.createTemplate": {
    roles: STAFF,
    lapsed: "refused",
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
    lapsed: "refused",
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
  "projects.deleteTemplate": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ templateId: ids.templateId }),
    usesIds: true,
  },
  "projects.outreachTemplates": { roles: ALL, lapsed: "read", input: () => ({}) },
  "projects.createOutreachTemplate": {
    roles: STAFF,
    lapsed: "refused",
    input: () => ({ name: "Thanks", kind: "THANK_YOU", subject: "Thank you", body: "Thank you, {{name}}." }),
  },
  "projects.updateOutreachTemplate": {
    roles: STAFF,
    lapsed: "refused",
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
    lapsed: "refused",
    input: (ids) => ({ outreachTemplateId: ids.outreachTemplateId }),
    usesIds: true,
  },
  // ── outreach (contacts, outreach, interviews, today) ──
  "outreach.workspace": {
    roles: ALL,
    lapsed: "read",
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.createContact": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ projectId: ids.projectId, trackId: ids.trackId, name: "Cleo New", referredById: ids.contactId }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.updateContact": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ contactId: ids.contactId, trackId: ids.trackId, name: "Ben Renamed" }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.moveContact": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ contactId: ids.contactId, status: "THANKED" }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.deleteContact": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ contactId: ids.contactId }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.logOutreach": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ contactId: ids.contactId, kind: "THANK_YOU", message: "Thank you, Ben." }),
    usesIds: true,
    clientScoped: true,
  },
  "outreach.saveInterview": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ contactId: ids.contactId, interviewId: ids.interviewId, date: "2026-11-05", time: "15:00" }),
    usesIds: true,
    clientScoped: true,
  },
  // ── reflections (reflections, comments, review queue) ──
  "reflections.page": {
    roles: ALL,
    lapsed: "read",
    input: (ids) => ({ interviewId: ids.interviewId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.saveDraft": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ interviewId: ids.draftInterviewId, answers: { learned: "Overwritten" } }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.finish": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({
      interviewId: ids.draftInterviewId,
      answers: { learned: "Overwritten" },
      visibility: "PRIVATE",
    }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.addReferredContact": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ interviewId: ids.interviewId, name: "Someone new" }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.comment": {
    roles: ALL,
    lapsed: "clients",
    input: (ids) => ({ reflectionId: ids.reflectionId, parentId: ids.commentId, body: "Hello" }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.markReviewed": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ reflectionId: ids.reflectionId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.reviewQueue": { roles: STAFF, lapsed: "read", input: () => ({}) },
  "reflections.synthesis": {
    roles: ALL,
    lapsed: "read",
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.saveSynthesis": {
    roles: ["CLIENT"],
    lapsed: "clients",
    input: (ids) => ({ projectId: ids.projectId, synthesis: "Mine", decision: "Agencies" }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.closeProject": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.reopenProject": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "reflections.exportProject": {
    roles: ALL,
    lapsed: "read",
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  // ── clients (caseload, coach notes, readiness) ──
  "clients.caseload": { roles: STAFF, lapsed: "read", input: () => ({ sort: "activity", page: 1 }) },
  "clients.setStalledAfterDays": { roles: ADMINS, lapsed: "refused", input: () => ({ stalledAfterDays: 10 }) },
  "clients.detail": {
    roles: STAFF,
    lapsed: "read",
    input: (ids) => ({ clientId: ids.clientId }),
    usesIds: true,
    clientScoped: true,
  },
  "clients.addNote": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ clientId: ids.clientId, body: "Seems ready to reach out." }),
    usesIds: true,
    clientScoped: true,
  },
  // The note's author first: only they may change it (admins see it only when shared).
  "clients.updateNote": {
    roles: ["COACH", "OWNER", "ADMIN"],
    lapsed: "refused",
    input: (ids) => ({ noteId: ids.noteId, sharedWithTeam: true }),
    usesIds: true,
    clientScoped: true,
  },
  "clients.deleteNote": {
    roles: ["COACH", "OWNER", "ADMIN"],
    lapsed: "refused",
    input: (ids) => ({ noteId: ids.noteId }),
    usesIds: true,
    clientScoped: true,
  },
  "clients.list": { roles: STAFF, lapsed: "read", input: () => ({ status: "LEAD", search: "lead" }) },
  // The coach first: they have a coach profile, so the new client is theirs (the plan has room for one more).
  "clients.add": {
    roles: ["COACH", "OWNER", "ADMIN"],
    lapsed: "refused",
    input: () => ({ name: "Added Directly", email: "added.directly@example.com", timeZone: "Europe/London" }),
  },
  "clients.previewImport": {
    roles: ["COACH", "OWNER", "ADMIN"],
    lapsed: "refused",
    input: () => ({ csv: "name,email\nImported Person,imported.person@example.com\n" }),
  },
  "clients.import": {
    roles: ["COACH", "OWNER", "ADMIN"],
    lapsed: "refused",
    input: () => ({ csv: "name,email\nImported Person,imported.person@example.com\n" }),
  },
  "readiness.openCheckIn": {
    roles: ["CLIENT"],
    lapsed: "read",
    input: (ids) => ({ projectId: ids.projectId }),
    usesIds: true,
    clientScoped: true,
  },
  "readiness.submit": {
    roles: ["CLIENT"],
    lapsed: "clients",
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
    lapsed: "refused",
    input: (ids) => ({ projectId: ids.projectId }),
    refusal: {
      code: "CONFLICT",
      because: "the fixture's check-in is still open for readiness.submit; readiness.int.test.ts requests a new one",
    },
    usesIds: true,
    clientScoped: true,
  },
  // ── calendars (the fixture coach's, managed by the owner) ──
  "calendars.overview": {
    roles: STAFF,
    lapsed: "read",
    input: (ids) => ({ coachProfileId: ids.coachProfileId }),
    usesIds: true,
  },
  "calendars.connectFeed": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ coachProfileId: ids.coachProfileId, url: "http://10.255.255.1/calendar.ics" }),
    refusal: {
      code: "BAD_REQUEST",
      because: "a private address is refused; calendar-connections.int.test.ts connects real feeds",
    },
    usesIds: true,
  },
  "calendars.connectCaldav": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({
      coachProfileId: ids.coachProfileId,
      serverUrl: "http://10.255.255.1/dav/",
      username: "coach",
      password: "app-password",
    }),
    refusal: {
      code: "BAD_REQUEST",
      because: "a private address is refused; calendar-connections.int.test.ts uses Radicale",
    },
    usesIds: true,
  },
  "calendars.startGoogle": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ coachProfileId: ids.coachProfileId }),
    refusal: { code: "CONFLICT", because: "Google is not configured here; google-connection.int.test.ts sets it up" },
    usesIds: true,
  },
  "calendars.completeGoogle": {
    roles: STAFF,
    lapsed: "refused",
    input: () => ({ code: "code", state: "state" }),
    refusal: { code: "CONFLICT", because: "Google is not configured here; google-connection.int.test.ts sets it up" },
  },
  "calendars.updateCalendar": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ calendarId: ids.calendarId, blocksTime: false }),
    usesIds: true,
  },
  "calendars.updateConnection": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ connectionId: ids.calendarConnectionId, allDayEventsBlock: false }),
    usesIds: true,
  },
  "calendars.refresh": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ connectionId: ids.calendarConnectionId }),
    usesIds: true,
  },
  "calendars.disconnect": {
    roles: STAFF,
    lapsed: "allowed",
    input: (ids) => ({ connectionId: ids.calendarConnectionId }),
    usesIds: true,
  },
  "calendars.regenerateSessionFeed": {
    roles: STAFF,
    lapsed: "refused",
    input: (ids) => ({ coachProfileId: ids.coachProfileId }),
    usesIds: true,
  },
  "calendars.revokeSessionFeed": {
    roles: STAFF,
    lapsed: "allowed",
    input: (ids) => ({ coachProfileId: ids.coachProfileId }),
    usesIds: true,
  },
  // ── notifications (outbox admin view, preferences) ──
  "notifications.log": { roles: ADMINS, lapsed: "read", input: () => ({ status: "DEAD", limit: 10 }) },
  "notifications.statusCounts": { roles: ADMINS, lapsed: "read", input: () => ({}) },
  "notifications.retry": {
    roles: ADMINS,
    lapsed: "refused",
    input: (ids) => ({ messageId: ids.deadEmailId }),
    usesIds: true,
  },
  // ── erasure (a client's data on request, deleting the practice) ──
  "erasure.eraseClient": {
    roles: STAFF,
    lapsed: "allowed",
    input: (ids) => ({ clientId: ids.clientId, confirmation: "not-their-address@example.com" }),
    refusal: { code: "BAD_REQUEST", because: "the confirmation must be the client's own address" },
    usesIds: true,
    clientScoped: true,
  },
  "erasure.practiceDeletionCheck": { roles: ["OWNER"], lapsed: "read", input: () => ({}) },
  "erasure.deletePractice": {
    roles: ["OWNER"],
    lapsed: "allowed",
    input: () => ({ confirmation: "not-this-practice" }),
    refusal: { code: "BAD_REQUEST", because: "the confirmation must be the practice's own address" },
  },
  "notifications.preferences": { roles: ALL, lapsed: "read", input: () => ({}) },
  "notifications.setPreference": {
    roles: ALL,
    lapsed: "allowed",
    input: () => ({ category: "weekly-digest", enabled: false }),
  },
  // ── data export (the requests and downloads themselves are route handlers) ──
  "dataExport.practiceExports": { roles: ["OWNER"], lapsed: "read", input: () => ({}) },
};

/** Another person's handles, for calls that name a row of someone else by id. */
export type OtherPerson = { sessionId: string; passkeyId: string };

/** Well formed, so it passes the schema, but signed by nobody: adding it is refused with BAD_REQUEST. */
const UNVERIFIABLE_PASSKEY_RESPONSE = {
  id: "AAAA",
  rawId: "AAAA",
  type: "public-key",
  clientExtensionResults: {},
  response: { clientDataJSON: "e30", attestationObject: "oA", transports: ["internal"] },
};

export interface UserProcedureSpec {
  input: (other: OtherPerson) => Record<string, unknown>;
  /** The call names a row by id: given another person's, it must answer NOT_FOUND and change nothing. */
  usesIds?: boolean;
}

/** Every procedure that is the signed-in person's own, whatever practice they are in (no practice slug). */
export const USER_PROCEDURES: Record<string, UserProcedureSpec> = {
  "profile.get": { input: () => ({}) },
  "profile.update": { input: () => ({ name: "Renamed", timeZone: "Europe/London" }) },
  "profile.reportDetectedTimeZone": { input: () => ({ timeZone: "Europe/Paris" }) },
  "practices.mine": { input: () => ({}) },
  "practices.create": {
    input: () => ({ name: "Own Practice", slug: `own-${Math.random().toString(36).slice(2, 10)}`, timeZone: "UTC" }),
  },
  "practices.slugAvailable": { input: () => ({ slug: "any-free-slug" }) },
  "security.sessions": { input: () => ({}) },
  "security.revokeSession": { input: (other) => ({ sessionId: other.sessionId }), usesIds: true },
  "security.revokeOtherSessions": { input: () => ({}) },
  "dataExport.mine": { input: () => ({}) },
  "erasure.accountStatus": { input: () => ({}) },
  "erasure.scheduleAccountDeletion": { input: () => ({ confirmation: "not-my-address@example.com" }) },
  "erasure.cancelAccountDeletion": { input: () => ({}) },
  "secondFactor.factors": { input: () => ({}) },
  "secondFactor.startAuthenticator": { input: () => ({}) },
  "secondFactor.confirmAuthenticator": { input: () => ({ code: "123456" }) },
  "secondFactor.removeAuthenticator": { input: () => ({}) },
  "secondFactor.passkeyOptions": { input: () => ({}) },
  "secondFactor.addPasskey": { input: () => ({ name: "Laptop", response: UNVERIFIABLE_PASSKEY_RESPONSE }) },
  "secondFactor.renamePasskey": { input: (other) => ({ passkeyId: other.passkeyId, name: "Mine now" }), usesIds: true },
  "secondFactor.removePasskey": { input: (other) => ({ passkeyId: other.passkeyId }), usesIds: true },
  "secondFactor.regenerateRecoveryCodes": { input: () => ({}) },
};

type AnyProcedure = { _def: { inputs: unknown[]; procedure?: boolean } };
function flatten(record: object, prefix = ""): Array<[string, AnyProcedure]> {
  return Object.entries(record).flatMap(([key, value]: [string, AnyProcedure & { _def?: { record?: object } }]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value?._def?.procedure) return [[path, value] as [string, AnyProcedure]];
    return flatten(value?._def?.record ?? value, path);
  });
}
export const procedures = Object.fromEntries(flatten(appRouter._def.record));

export async function call(
  user: { id: string; email: string; name: string | null },
  path: string,
  input: Record<string, unknown>,
) {
  const [router, name] = path.split(".") as [string, string];
  const caller = callerFor(user) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  return caller[router]![name]!(input);
}

export async function practiceWithEveryRole() {
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
  const linkType = await createSessionType(prisma, coach, {
    durationMinutes: 30,
    visibility: "LINK",
    linkToken: `link-${practice.id}`,
    position: 1,
  });
  const clientsType = await createSessionType(prisma, coach, {
    durationMinutes: 45,
    kind: "COACHING",
    visibility: "CLIENTS",
    locationKind: "VIDEO",
    locationDetail: "https://meet.example.com/coach",
    position: 2,
  });
  const booking = await createBookingRow(prisma, coach, new Date("2099-01-05T09:00:00Z"));
  const pastBooking = await createBookingRow(prisma, coach, new Date("2026-01-05T09:00:00Z"));
  const deadEmail = await prisma.emailMessage.create({
    data: {
      practiceId: practice.id,
      dedupeKey: `dead-${practice.id}`,
      template: "booking-update",
      to: "someone@example.com",
      data: {},
      status: "DEAD",
      attempts: 7,
    },
  });
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
  // Ben's interview is recorded (so a thank-you can be logged); Ada's reflection is still being written.
  await prisma.contact.update({
    where: { id: project.contactId },
    data: { interviewedAt: new Date("2026-11-05T15:00:00Z") },
  });
  const draftInterview = await prisma.interview.create({
    data: {
      practiceId: practice.id,
      projectId: project.projectId,
      contactId: project.referrerContactId,
      occurredAt: new Date("2026-11-02T15:00:00Z"),
    },
  });
  await prisma.reflection.create({
    data: {
      practiceId: practice.id,
      projectId: project.projectId,
      interviewId: draftInterview.id,
      learned: "So far",
      status: "DRAFT",
    },
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
  const calendar = await createCalendarConnection(prisma, coach, { kind: "CALDAV" });
  return {
    practice,
    members,
    others: { CLIENT: otherClient.user, COACH: otherCoach.user },
    ids: {
      membershipId: memberships.COACH!,
      invitationId: invitation.id,
      bookingId: booking.id,
      pastBookingId: pastBooking.id,
      clientId: booking.clientId,
      deadEmailId: deadEmail.id,
      draftInterviewId: draftInterview.id,
      coachProfileId: coach.id,
      sessionTypeId: coach.discovery.id,
      linkSessionTypeId: linkType.id,
      clientsSessionTypeId: clientsType.id,
      calendarConnectionId: calendar.id,
      calendarId: calendar.sources[0]!.id,
      ...project,
    },
  };
}
