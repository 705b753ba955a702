import { prisma } from "~/server/db/client";
import { tenantDb, type TenantDb } from "~/server/db/tenant";

// The worker refreshes connections of every practice: it claims them here, across practices, and then writes
// each one's results through its own practice's data layer.

/**
 * Claims up to `limit` connections that are due and not held by another worker, holding each until `leaseUntil`.
 * SKIP LOCKED lets several workers claim at once without waiting on, or taking, each other's rows.
 */
export async function claimDueConnections(now: Date, leaseUntil: Date, limit: number) {
  return prisma.$queryRaw<{ id: string }[]>`
    UPDATE "CalendarConnection" SET "refreshLeaseUntil" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "CalendarConnection"
      WHERE "nextRefreshAt" <= ${now} AND ("refreshLeaseUntil" IS NULL OR "refreshLeaseUntil" < ${now})
      ORDER BY "nextRefreshAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
}

/** Claims one connection (a refresh asked for on the page), unless another worker holds it right now. */
export async function claimConnection(connectionId: string, now: Date, leaseUntil: Date) {
  const claimed = await prisma.$executeRaw`
    UPDATE "CalendarConnection" SET "refreshLeaseUntil" = ${leaseUntil}
    WHERE "id" = ${connectionId} AND ("refreshLeaseUntil" IS NULL OR "refreshLeaseUntil" < ${now})`;
  return claimed === 1;
}

/** Everything a refresh needs: the connection, its calendars, and the coach it reads for. */
export function findConnectionToRefresh(connectionId: string) {
  return prisma.calendarConnection.findUnique({
    where: { id: connectionId },
    select: {
      id: true,
      practiceId: true,
      coachProfileId: true,
      kind: true,
      label: true,
      sealedCredentials: true,
      allDayEventsBlock: true,
      failingSince: true,
      failureEmailedAt: true,
      sources: {
        select: {
          id: true,
          remoteId: true,
          displayName: true,
          blocksTime: true,
          etag: true,
          lastModified: true,
          ctag: true,
          readUntil: true,
        },
      },
      practice: { select: { slug: true, name: true, brandColor: true } },
      coach: {
        select: {
          timeZone: true,
          displayName: true,
          membership: { select: { user: { select: { email: true, name: true } } } },
          sessionTypes: { where: { archivedAt: null }, select: { horizonDays: true } },
        },
      },
    },
  });
}

export type ConnectionToRefresh = NonNullable<Awaited<ReturnType<typeof findConnectionToRefresh>>>;

export const practiceDb = (practiceId: string): TenantDb => tenantDb(practiceId);
