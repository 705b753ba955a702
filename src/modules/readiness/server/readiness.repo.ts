import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import type { Ratings } from "../domain/readiness";

const checkInSelect = {
  id: true,
  projectId: true,
  requestedAt: true,
  completedAt: true,
  hope: true,
  time: true,
  energy: true,
  selfEsteem: true,
  ambition: true,
  note: true,
  fears: true,
} as const;

export function findProject(db: TenantDb, projectId: string, visible: Prisma.ProjectWhereInput) {
  return db.project.findFirst({
    where: { AND: [visible, { id: projectId }] },
    select: { id: true, title: true, status: true, client: { select: { name: true } } },
  });
}

export function findCheckIn(db: TenantDb, checkInId: string, visible: Prisma.ProjectWhereInput) {
  return db.readinessCheckIn.findFirst({ where: { id: checkInId, project: visible }, select: checkInSelect });
}

export function findOpenCheckIn(db: TenantDb, projectId: string) {
  return db.readinessCheckIn.findFirst({
    where: { projectId, completedAt: null },
    orderBy: { requestedAt: "desc" },
    select: checkInSelect,
  });
}

export function findLatestAnswered(db: TenantDb, projectId: string) {
  return db.readinessCheckIn.findFirst({
    where: { projectId, completedAt: { not: null } },
    orderBy: { completedAt: "desc" },
    select: checkInSelect,
  });
}

/** Every check-in of the projects, oldest request first (answered and waiting). */
export function findCheckIns(db: TenantDb, projectIds: string[], visible: Prisma.ProjectWhereInput) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db.readinessCheckIn.findMany({
    where: { projectId: { in: projectIds }, project: visible },
    orderBy: { requestedAt: "asc" },
    select: checkInSelect,
  });
}

export function insertCheckIn(db: TenantDb, data: { projectId: string; requestedById: string; requestedAt: Date }) {
  return db.readinessCheckIn.create({ data: { ...data, practiceId: db.practiceId }, select: checkInSelect });
}

/** Answers a check-in that is still open; 0 when someone answered it first. */
export async function answerCheckIn(
  db: TenantDb,
  checkInId: string,
  answers: Ratings & { note: string | null; fears: string[]; completedAt: Date },
) {
  const { count } = await db.readinessCheckIn.updateMany({
    where: { id: checkInId, completedAt: null },
    data: answers,
  });
  return count;
}
