import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

// The client's workspace data. Every query takes the role filter (`ctx.visible.projects` or
// `ctx.visible.ownProjects`, src/server/api/visibility.ts) and applies it to the project the row
// belongs to, so a row outside it is simply not found.

type ProjectScope = Prisma.ProjectWhereInput;

/** What every write needs to know about the project: its settings and the client's zone. */
const projectSettings = {
  id: true,
  status: true,
  followUpAfterDays: true,
  maxFollowUps: true,
  questionBank: true,
  client: { select: { name: true, timeZone: true, user: { select: { timeZone: true } } } },
} satisfies Prisma.ProjectSelect;

export function findProject(db: TenantDb, projectId: string, scope: ProjectScope) {
  return db.project.findFirst({ where: { id: projectId, ...scope }, select: projectSettings });
}

export function findContact(db: TenantDb, contactId: string, scope: ProjectScope) {
  return db.contact.findFirst({
    where: { id: contactId, project: scope },
    include: { project: { select: projectSettings } },
  });
}

export function findTrack(db: TenantDb, projectId: string, trackId: string) {
  return db.projectTrack.findFirst({ where: { id: trackId, projectId }, select: { id: true } });
}

/** Another contact of the same project (a referrer must be one). */
export function findContactInProject(db: TenantDb, projectId: string, contactId: string) {
  return db.contact.findFirst({ where: { id: contactId, projectId }, select: { id: true, referredById: true } });
}

/** The contact's referral chain upwards, to refuse a loop (A referred by B referred by A). */
export async function referrerChain(db: TenantDb, projectId: string, startId: string, limit: number) {
  const chain: string[] = [];
  let current: string | null = startId;
  while (current && chain.length < limit) {
    chain.push(current);
    const row: { referredById: string | null } | null = await findContactInProject(db, projectId, current);
    current = row?.referredById ?? null;
  }
  return chain;
}

export function insertContact(db: TenantDb, data: Omit<Prisma.ContactUncheckedCreateInput, "practiceId">) {
  return db.contact.create({ data: { ...data, practiceId: db.practiceId } });
}

export function updateContact(db: TenantDb, contactId: string, data: Prisma.ContactUncheckedUpdateInput) {
  return db.contact.update({ where: { id: contactId }, data });
}

/**
 * Removes a person and everything about them: their outreach, interviews and reflections go by
 * cascade, referrals to them are unlinked (SetNull). The audit trail never held what the client
 * wrote (see src/server/api/audit-entry.ts), so nothing of them is left behind.
 */
export function deleteContact(db: TenantDb, contactId: string) {
  return db.contact.delete({ where: { id: contactId } });
}

export function insertOutreach(db: TenantDb, data: Omit<Prisma.OutreachEventUncheckedCreateInput, "practiceId">) {
  return db.outreachEvent.create({ data: { ...data, practiceId: db.practiceId } });
}

export function recordProjectActivity(db: TenantDb, projectId: string, at: Date) {
  return db.project.update({ where: { id: projectId }, data: { lastActivityAt: at } });
}

export function findInterview(db: TenantDb, contactId: string, interviewId: string) {
  return db.interview.findFirst({ where: { id: interviewId, contactId } });
}

export function insertInterview(db: TenantDb, data: Omit<Prisma.InterviewUncheckedCreateInput, "practiceId">) {
  return db.interview.create({ data: { ...data, practiceId: db.practiceId } });
}

export function updateInterview(db: TenantDb, interviewId: string, data: Prisma.InterviewUncheckedUpdateInput) {
  return db.interview.update({ where: { id: interviewId }, data });
}

export async function interviewTimesOf(db: TenantDb, contactId: string) {
  const rows = await db.interview.findMany({ where: { contactId }, select: { occurredAt: true } });
  return rows.map((row) => row.occurredAt);
}

/** The whole workspace in a fixed number of queries, whatever its size. */
export async function loadWorkspace(db: TenantDb, projectId: string, scope: ProjectScope) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...scope },
    select: {
      ...projectSettings,
      title: true,
      outreachGoalCount: true,
      outreachGoalPeriod: true,
      tracks: { orderBy: { position: "asc" }, select: { id: true, name: true, targetCount: true } },
      contacts: {
        orderBy: { createdAt: "asc" },
        include: { referredBy: { select: { id: true, name: true } } },
      },
    },
  });
  if (!project) return null;
  const [outreach, interviews, templates] = await Promise.all([
    db.outreachEvent.findMany({
      where: { projectId },
      orderBy: { sentAt: "desc" },
      select: { id: true, contactId: true, kind: true, subject: true, message: true, sentAt: true },
    }),
    db.interview.findMany({
      where: { projectId },
      orderBy: { occurredAt: "desc" },
      select: {
        id: true,
        contactId: true,
        occurredAt: true,
        chosenQuestions: true,
        notes: true,
        reflection: { select: { id: true, status: true, isPrivate: true } },
      },
    }),
    db.outreachTemplate.findMany({
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: { id: true, name: true, kind: true, subject: true, body: true },
    }),
  ]);
  return { project, outreach, interviews, templates };
}
