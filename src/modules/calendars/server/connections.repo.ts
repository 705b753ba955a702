import type { CalendarConnectionKind } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

const sourceSelect = { id: true, remoteId: true, displayName: true, blocksTime: true, receivesSessions: true } as const;

const connectionSelect = {
  id: true,
  coachProfileId: true,
  kind: true,
  label: true,
  allDayEventsBlock: true,
  lastSuccessAt: true,
  lastAttemptAt: true,
  nextRefreshAt: true,
  lastErrorCode: true,
  failingSince: true,
  createdAt: true,
  sources: { select: sourceSelect, orderBy: { displayName: "asc" } },
} as const;

export function listConnections(db: TenantDb, coachProfileId: string) {
  return db.calendarConnection.findMany({
    where: { coachProfileId },
    select: connectionSelect,
    orderBy: { createdAt: "asc" },
  });
}

export type ConnectionRow = Awaited<ReturnType<typeof listConnections>>[number];

/** Busy blocks held per calendar of the coach, for the status line. */
export async function busyBlockCounts(db: TenantDb, coachProfileId: string) {
  const rows = await db.calendarBusyBlock.groupBy({ by: ["sourceId"], where: { coachProfileId }, _count: true });
  return new Map(rows.map((row) => [row.sourceId, row._count]));
}

/** A connection of one of the coaches `managedBy` may manage (any coach's when null). */
export function findManagedConnection(db: TenantDb, connectionId: string, managedBy: string | null) {
  return db.calendarConnection.findFirst({
    where: { id: connectionId, ...(managedBy === null ? {} : { coach: { membershipId: managedBy } }) },
    select: connectionSelect,
  });
}

export function findManagedSource(db: TenantDb, sourceId: string, managedBy: string | null) {
  return db.calendarSource.findFirst({
    where: {
      id: sourceId,
      ...(managedBy === null ? {} : { connection: { coach: { membershipId: managedBy } } }),
    },
    select: { ...sourceSelect, connection: { select: { id: true, kind: true, coachProfileId: true } } },
  });
}

interface NewConnection {
  coachProfileId: string;
  kind: CalendarConnectionKind;
  label: string;
  sealedCredentials: string;
  allDayEventsBlock: boolean;
  sources: { remoteId: string; displayName: string; blocksTime: boolean }[];
}

export function createConnection(db: TenantDb, connection: NewConnection) {
  return db.calendarConnection.create({
    data: {
      practiceId: db.practiceId,
      coachProfileId: connection.coachProfileId,
      kind: connection.kind,
      label: connection.label,
      sealedCredentials: connection.sealedCredentials,
      allDayEventsBlock: connection.allDayEventsBlock,
      sources: {
        // Each source takes practiceId from the connection, through their composite key.
        create: connection.sources.map((source) => ({
          remoteId: source.remoteId,
          displayName: source.displayName,
          blocksTime: source.blocksTime,
        })),
      },
    },
    select: { id: true },
  });
}

/** Forgets what was read from these calendars so the next refresh reads them whole (and stops counting them). */
export async function forgetBusyTimes(db: TenantDb, sourceIds: string[]) {
  await db.calendarBusyBlock.deleteMany({ where: { sourceId: { in: sourceIds } } });
  await db.calendarSource.updateMany({
    where: { id: { in: sourceIds } },
    data: { etag: null, lastModified: null, ctag: null, readUntil: null },
  });
}

export function setBlocksTime(db: TenantDb, sourceId: string, blocksTime: boolean) {
  return db.calendarSource.update({ where: { id: sourceId }, data: { blocksTime } });
}

/** Makes `sourceId` the coach's one calendar that receives sessions, or none when null. */
export async function setReceivingSource(db: TenantDb, coachProfileId: string, sourceId: string | null) {
  await db.calendarSource.updateMany({
    where: { connection: { coachProfileId }, receivesSessions: true, ...(sourceId ? { NOT: { id: sourceId } } : {}) },
    data: { receivesSessions: false },
  });
  if (sourceId) await db.calendarSource.update({ where: { id: sourceId }, data: { receivesSessions: true } });
}

/** A calendar of the coach that receives sessions, or that holds a copy of this one: either needs the change. */
export function findCopyTarget(db: TenantDb, coachProfileId: string, bookingId: string) {
  return db.calendarSource.findFirst({
    where: {
      connection: { coachProfileId },
      OR: [{ receivesSessions: true }, { copies: { some: { bookingId } } }],
    },
    select: { id: true },
  });
}

export function setAllDayEventsBlock(db: TenantDb, connectionId: string, allDayEventsBlock: boolean) {
  return db.calendarConnection.update({ where: { id: connectionId }, data: { allDayEventsBlock } });
}

/** Due at once: the next worker pass (or the job queued beside this) refreshes it. */
export function markDue(db: TenantDb, connectionId: string, now: Date) {
  return db.calendarConnection.update({ where: { id: connectionId }, data: { nextRefreshAt: now } });
}

export function deleteConnection(db: TenantDb, connectionId: string) {
  return db.calendarConnection.delete({ where: { id: connectionId } });
}

/** The coach's sessions from `from` on, for writing them to a calendar that has just been chosen. */
export function upcomingBookingIds(db: TenantDb, coachProfileId: string, from: Date) {
  return db.booking.findMany({
    where: { coachProfileId, status: { not: "CANCELLED" }, endAt: { gt: from } },
    select: { id: true },
    take: 500,
    orderBy: { startAt: "asc" },
  });
}
