import type { TenantDb } from "~/server/db/tenant";
import type { BusyInterval } from "../domain/ical-busy";

/** Our own sessions' UIDs as calendars hold them (any status: a withdrawn copy may linger until it is removed). */
export async function ownSessionUids(db: TenantDb, coachProfileId: string, from: Date): Promise<Set<string>> {
  const rows = await db.booking.findMany({
    where: { coachProfileId, endAt: { gt: from } },
    select: { uid: true },
  });
  return new Set(rows.map((row) => `${row.uid}@fieldnotes`));
}

/** The times of our sessions written to these calendars, which a free/busy answer cannot tell from other events. */
export async function copiedSessionTimes(db: TenantDb, sourceIds: string[]) {
  const rows = await db.calendarSessionCopy.findMany({
    where: { sourceId: { in: sourceIds } },
    select: { sourceId: true, booking: { select: { startAt: true, endAt: true } } },
  });
  return rows.map((row) => ({
    sourceId: row.sourceId,
    startMs: row.booking.startAt.getTime(),
    endMs: row.booking.endAt.getTime(),
  }));
}

export interface SourceResult {
  sourceId: string;
  intervals: BusyInterval[];
  etag: string | null;
  lastModified: string | null;
  ctag: string | null;
  readUntil: Date;
}

const intervalKeys = (intervals: Array<{ startMs: number; endMs: number }>) =>
  intervals.map((interval) => `${interval.startMs}-${interval.endMs}`).sort();

/** Whether the stored busy set already holds exactly these intervals (in any order). */
async function holdsSameBusySet(db: TenantDb, sourceId: string, intervals: BusyInterval[]): Promise<boolean> {
  const stored = await db.calendarBusyBlock.findMany({ where: { sourceId }, select: { startAt: true, endAt: true } });
  if (stored.length !== intervals.length) return false;
  const wanted = intervalKeys(intervals);
  const held = intervalKeys(stored.map((row) => ({ startMs: row.startAt.getTime(), endMs: row.endAt.getTime() })));
  return held.every((key, i) => key === wanted[i]);
}

/**
 * The calendar's busy set, replaced whole: readers see the old set or the new one, never half of each. A refresh that
 * finds the same set writes no block, so the coach's schedule version (and every server's slot cache) stays put.
 */
export async function replaceBusyBlocks(db: TenantDb, coachProfileId: string, result: SourceResult) {
  if (!(await holdsSameBusySet(db, result.sourceId, result.intervals))) {
    await db.calendarBusyBlock.deleteMany({ where: { sourceId: result.sourceId } });
    await db.calendarBusyBlock.createMany({
      data: result.intervals.map((interval) => ({
        practiceId: db.practiceId,
        coachProfileId,
        sourceId: result.sourceId,
        startAt: new Date(interval.startMs),
        endAt: new Date(interval.endMs),
      })),
    });
  }
  await db.calendarSource.update({
    where: { id: result.sourceId },
    data: { etag: result.etag, lastModified: result.lastModified, ctag: result.ctag, readUntil: result.readUntil },
  });
}

export function recordSuccess(db: TenantDb, connectionId: string, now: Date, nextRefreshAt: Date) {
  return db.calendarConnection.update({
    where: { id: connectionId },
    data: {
      lastAttemptAt: now,
      lastSuccessAt: now,
      nextRefreshAt,
      refreshLeaseUntil: null,
      lastErrorCode: null,
      lastErrorMessage: null,
      failingSince: null,
      failureEmailedAt: null,
    },
  });
}

interface Failure {
  code: string;
  message: string;
  failingSince: Date;
  /** Set when this failure is the one that emails the coach. */
  emailedAt: Date | null;
}

export function recordFailure(db: TenantDb, connectionId: string, now: Date, nextRefreshAt: Date, failure: Failure) {
  return db.calendarConnection.update({
    where: { id: connectionId },
    data: {
      lastAttemptAt: now,
      nextRefreshAt,
      refreshLeaseUntil: null,
      lastErrorCode: failure.code,
      lastErrorMessage: failure.message,
      failingSince: failure.failingSince,
      ...(failure.emailedAt ? { failureEmailedAt: failure.emailedAt } : {}),
    },
  });
}

/** Keeps the sealed credentials current (Google hands out a new access token now and then). */
export function updateCredentials(db: TenantDb, connectionId: string, sealedCredentials: string) {
  return db.calendarConnection.update({ where: { id: connectionId }, data: { sealedCredentials } });
}
