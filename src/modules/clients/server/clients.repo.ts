import type { ClientStatus, Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

export function findClientWithCoach(db: TenantDb, clientId: string) {
  return db.client.findFirst({
    where: { id: clientId },
    select: { id: true, status: true, coach: { select: { membershipId: true } } },
  });
}

export function updateClientStatus(db: TenantDb, clientId: string, status: ClientStatus) {
  return db.client.update({ where: { id: clientId }, data: { status }, select: { id: true, status: true } });
}

export function findVisibleClient(db: TenantDb, clientId: string, visible: Prisma.ClientWhereInput) {
  return db.client.findFirst({ where: { AND: [visible, { id: clientId }] }, select: { id: true, name: true } });
}

/** The client page: who they are, their coach and their projects (with tracks) the caller may see. */
export function findClientDetail(
  db: TenantDb,
  clientId: string,
  visible: { client: Prisma.ClientWhereInput; project: Prisma.ProjectWhereInput },
) {
  return db.client.findFirst({
    where: { AND: [visible.client, { id: clientId }] },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      timeZone: true,
      userId: true,
      createdAt: true,
      coach: { select: { id: true, displayName: true } },
      projects: {
        where: visible.project,
        orderBy: [{ status: "asc" }, { createdAt: "desc" }],
        select: {
          id: true,
          title: true,
          northStar: true,
          status: true,
          dueDate: true,
          lastActivityAt: true,
          createdAt: true,
          tracks: { orderBy: { position: "asc" }, select: { id: true, name: true, targetCount: true } },
        },
      },
    },
  });
}

/** A client's sessions, the latest first, both sides of `now`. */
export function findClientSessions(db: TenantDb, clientId: string) {
  return db.booking.findMany({
    where: { clientId },
    orderBy: { startAt: "desc" },
    take: 50,
    select: { id: true, startAt: true, endAt: true, status: true, coach: { select: { displayName: true } } },
  });
}
