import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

const clientColumns = {
  id: true,
  name: true,
  email: true,
  timeZone: true,
  coachProfileId: true,
  user: { select: { timeZone: true } },
} as const;

/** The client records the caller may see (`visible`): for a client, their own one in this practice. */
export function findClient(db: TenantDb, visible: Prisma.ClientWhereInput, clientId?: string) {
  return db.client.findFirst({
    where: { AND: [visible, clientId ? { id: clientId } : {}] },
    orderBy: { createdAt: "asc" },
    select: clientColumns,
  });
}

/** A coach as booking emails and the slot engine read them, with the types they offer (not archived). */
export function findCoachWithTypes(db: TenantDb, coachProfileId: string) {
  return db.coachProfile.findFirst({
    where: { id: coachProfileId },
    include: {
      practice: { select: { slug: true, name: true, brandColor: true } },
      membership: { select: { user: { select: { email: true, name: true, timeFormat: true } } } },
      sessionTypes: { where: { archivedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
    },
  });
}

/** A client's confirmed sessions that have not ended yet, soonest first. */
export function upcomingSessionsOf(db: TenantDb, clientId: string, now: Date) {
  return db.booking.findMany({
    where: { clientId, status: "CONFIRMED", endAt: { gt: now } },
    orderBy: { startAt: "asc" },
    take: 10,
    select: {
      id: true,
      uid: true,
      startAt: true,
      endAt: true,
      bookerTimeZone: true,
      bookerLocale: true,
      bookerPhone: true,
      bookerName: true,
      bookerEmail: true,
      answers: true,
      rescheduleCount: true,
      locationKind: true,
      locationDetail: true,
      sessionType: { select: { name: true } },
      coach: { select: { displayName: true } },
    },
  });
}
