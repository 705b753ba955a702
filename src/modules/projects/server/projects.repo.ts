import { interviewedBy } from "./held-interviews";
import type { ClientStatus, Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import type { OutreachPeriod, PlannedTrack } from "../domain/project-plan";

// Every read takes the caller's scope (a filter from ctx.visible, src/server/api/visibility.ts) so
// a project outside it is simply not there.

const projectSelect = {
  id: true,
  title: true,
  northStar: true,
  dueDate: true,
  status: true,
  templateId: true,
  outreachGoalCount: true,
  outreachGoalPeriod: true,
  questionBank: true,
  followUpAfterDays: true,
  maxFollowUps: true,
  lastActivityAt: true,
  closedAt: true,
  createdAt: true,
  client: { select: { id: true, name: true, timeZone: true, userId: true } },
  coach: { select: { id: true, displayName: true, membershipId: true } },
  tracks: { select: { id: true, name: true, targetCount: true, position: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.ProjectSelect;

export type ProjectRow = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;

export function findProject(db: TenantDb, scope: Prisma.ProjectWhereInput, projectId: string) {
  return db.project.findFirst({ where: { AND: [scope, { id: projectId }] }, select: projectSelect });
}

export function listProjects(db: TenantDb, scope: Prisma.ProjectWhereInput, status: "ACTIVE" | "CLOSED" | null) {
  return db.project.findMany({
    where: { AND: [scope, status ? { status } : {}] },
    select: projectSelect,
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
  });
}

/** Per track: how many contacts it has, and how many of them have been interviewed (two grouped queries, any size). */
export async function countContactsByTrack(
  db: TenantDb,
  scope: Prisma.ProjectWhereInput,
  projectIds: string[],
  now: Date,
) {
  if (projectIds.length === 0) return new Map<string, { contacts: number; interviewed: number }>();
  const where = { project: scope, projectId: { in: projectIds } } satisfies Prisma.ContactWhereInput;
  const [all, interviewed] = await Promise.all([
    db.contact.groupBy({ by: ["trackId"], where, _count: { _all: true } }),
    db.contact.groupBy({ by: ["trackId"], where: { ...where, ...interviewedBy(now) }, _count: { _all: true } }),
  ]);
  const counts = new Map<string, { contacts: number; interviewed: number }>();
  for (const row of all) counts.set(row.trackId, { contacts: row._count._all, interviewed: 0 });
  for (const row of interviewed) counts.get(row.trackId)!.interviewed = row._count._all;
  return counts;
}

// ── Assignment ──

/** Who a project's coach is, and the address a client's reply reaches. */
const projectCoachSelect = {
  id: true,
  displayName: true,
  membership: { select: { user: { select: { email: true } } } },
} as const satisfies Prisma.CoachProfileSelect;

export type ProjectCoach = Prisma.CoachProfileGetPayload<{ select: typeof projectCoachSelect }>;

const assignableClientSelect = {
  id: true,
  name: true,
  email: true,
  status: true,
  timeZone: true,
  coach: { select: projectCoachSelect },
} as const satisfies Prisma.ClientSelect;

export function findAssignableClient(db: TenantDb, scope: Prisma.ClientWhereInput, clientId: string) {
  return db.client.findFirst({ where: { AND: [scope, { id: clientId }] }, select: assignableClientSelect });
}

/** Clients a project can be given to: everyone in scope but the archived. */
export function listAssignableClients(db: TenantDb, scope: Prisma.ClientWhereInput) {
  return db.client.findMany({
    where: { AND: [scope, { status: { not: "ARCHIVED" } }] },
    select: assignableClientSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export function findCoachProfileOf(db: TenantDb, membershipId: string) {
  return db.coachProfile.findFirst({ where: { membershipId }, select: projectCoachSelect });
}

export function updateClientForProject(
  db: TenantDb,
  clientId: string,
  data: { status?: ClientStatus; coachProfileId?: string },
) {
  return db.client.update({ where: { id: clientId }, data, select: { id: true } });
}

interface NewProject {
  clientId: string;
  coachProfileId: string;
  templateId: string | null;
  title: string;
  northStar: string | null;
  dueDate: Date | null;
  tracks: PlannedTrack[];
  questionBank: string[];
  outreachGoalCount: number;
  outreachGoalPeriod: OutreachPeriod;
  requestedById: string;
  now: Date;
}

/**
 * The project, its tracks and the first readiness check-in (requested now, so the client is
 * asked at the start). Separate creates: the tenant layer pins practiceId on top-level writes only.
 */
export async function createProject(db: TenantDb, data: NewProject) {
  const project = await db.project.create({
    data: {
      practiceId: db.practiceId,
      clientId: data.clientId,
      coachProfileId: data.coachProfileId,
      templateId: data.templateId,
      title: data.title,
      northStar: data.northStar,
      dueDate: data.dueDate,
      questionBank: data.questionBank,
      outreachGoalCount: data.outreachGoalCount,
      outreachGoalPeriod: data.outreachGoalPeriod,
      lastActivityAt: data.now,
    },
    select: { id: true },
  });
  await db.projectTrack.createMany({
    data: data.tracks.map((track, position) => ({
      practiceId: db.practiceId,
      projectId: project.id,
      name: track.name,
      targetCount: track.targetCount,
      position,
    })),
  });
  await db.readinessCheckIn.create({
    data: {
      practiceId: db.practiceId,
      projectId: project.id,
      requestedById: data.requestedById,
      requestedAt: data.now,
    },
  });
  return project;
}

// ── Settings ──

interface ProjectSettingsChange {
  title: string;
  northStar: string | null;
  dueDate: Date | null;
  questionBank: string[];
  outreachGoalCount: number;
  outreachGoalPeriod: OutreachPeriod;
  followUpAfterDays: number;
  maxFollowUps: number;
}

export function updateProjectSettings(db: TenantDb, projectId: string, data: ProjectSettingsChange) {
  return db.project.update({ where: { id: projectId }, data, select: { id: true } });
}

/**
 * Makes the project's tracks exactly `tracks`, in order: rows with an id are kept (renamed,
 * retargeted, moved), rows without one are added, tracks missing from the list are deleted
 * (the service has checked they are empty). Positions are unique per project, so kept rows
 * first step aside to negative positions before taking their final ones.
 */
export async function replaceTracks(
  db: TenantDb,
  projectId: string,
  tracks: Array<PlannedTrack & { id?: string | null }>,
) {
  const keptIds = tracks.flatMap((track) => (track.id ? [track.id] : []));
  await db.projectTrack.deleteMany({ where: { projectId, id: { notIn: keptIds } } });
  for (const [index, track] of tracks.entries()) {
    if (track.id) await db.projectTrack.update({ where: { id: track.id }, data: { position: -1 - index } });
  }
  for (const [position, track] of tracks.entries()) {
    const row = { name: track.name, targetCount: track.targetCount, position };
    if (track.id) await db.projectTrack.update({ where: { id: track.id }, data: row });
    else await db.projectTrack.create({ data: { ...row, practiceId: db.practiceId, projectId } });
  }
}
