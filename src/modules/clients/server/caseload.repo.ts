import { interviewedBy } from "~/modules/projects/server/held-interviews";
import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

// Every read here is one statement (or one per relation level) whatever the number of clients:
// rows are fetched together and the per-project numbers come from grouped aggregates over the
// whole id list, never a query per row. The caseload's page itself is caseload.system.repo.ts.

/** Contacts interviewed by `now`, per track, over the given projects. */
export async function interviewedPerTrack(
  db: TenantDb,
  projectIds: string[],
  visible: Prisma.ProjectWhereInput,
  now: Date,
) {
  if (projectIds.length === 0) return new Map<string, number>();
  const groups = await db.contact.groupBy({
    by: ["trackId"],
    where: { projectId: { in: projectIds }, project: visible, ...interviewedBy(now) },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.trackId, group._count._all]));
}

/** Submitted reflections not yet reviewed, per project. */
export async function awaitingReviewPerProject(
  db: TenantDb,
  projectIds: string[],
  visible: Prisma.ReflectionWhereInput,
) {
  if (projectIds.length === 0) return new Map<string, number>();
  const groups = await db.reflection.groupBy({
    by: ["projectId"],
    where: { AND: [visible, { projectId: { in: projectIds }, status: "SUBMITTED" }] },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.projectId, group._count._all]));
}

/** The next confirmed session after `now`, per client. */
export async function nextSessionPerClient(db: TenantDb, clientIds: string[], now: Date) {
  if (clientIds.length === 0) return new Map<string, Date>();
  const groups = await db.booking.groupBy({
    by: ["clientId"],
    where: { clientId: { in: clientIds }, status: "CONFIRMED", startAt: { gt: now } },
    _min: { startAt: true },
  });
  return new Map(groups.flatMap((group) => (group._min.startAt ? [[group.clientId, group._min.startAt]] : [])));
}

export function updateStalledAfterDays(db: TenantDb, stalledAfterDays: number) {
  return db.practice.update({
    where: { id: db.practiceId },
    data: { stalledAfterDays },
    select: { stalledAfterDays: true },
  });
}
