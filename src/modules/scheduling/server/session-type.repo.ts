import type { TenantDb } from "~/server/db/tenant";
import type { SessionTypeSettings } from "../domain/session-type-input";
import { sessionTypeColumns, type SessionLocation } from "../domain/session-types";

const sessionTypeSelect = {
  ...sessionTypeColumns,
  coachProfileId: true,
  position: true,
  archivedAt: true,
} as const;

const coachSelect = { id: true, slug: true, displayName: true, timeZone: true } as const;

/** Rows of coaches whose types `managedBy` may change: any coach's when null, else only that membership's. */
const coachScope = (managedBy: string | null) => (managedBy === null ? {} : { membershipId: managedBy });

export function findCoachByMembership(db: TenantDb, membershipId: string) {
  return db.coachProfile.findFirst({ where: { membershipId }, select: coachSelect });
}

export function findManagedCoach(db: TenantDb, coachProfileId: string, managedBy: string | null) {
  return db.coachProfile.findFirst({ where: { id: coachProfileId, ...coachScope(managedBy) }, select: coachSelect });
}

export type CoachRow = NonNullable<Awaited<ReturnType<typeof findCoachByMembership>>>;

/** The coaches of the practice whose types `managedBy` may change, by name. */
export function listManagedCoaches(db: TenantDb, managedBy: string | null) {
  return db.coachProfile.findMany({
    where: coachScope(managedBy),
    select: coachSelect,
    orderBy: { displayName: "asc" },
  });
}

export function listSessionTypes(db: TenantDb, coachProfileId: string) {
  return db.sessionType.findMany({
    where: { coachProfileId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: sessionTypeSelect,
  });
}

export type SessionTypeRow = Awaited<ReturnType<typeof listSessionTypes>>[number];

export function findManagedSessionType(db: TenantDb, sessionTypeId: string, managedBy: string | null) {
  return db.sessionType.findFirst({
    where: { id: sessionTypeId, coach: coachScope(managedBy) },
    select: { ...sessionTypeSelect, coach: { select: coachSelect } },
  });
}

/** The coach's discovery type that takes bookings, other than `exceptId`; a coach offers at most one. */
export function findActiveDiscovery(db: TenantDb, coachProfileId: string, exceptId: string | null) {
  return db.sessionType.findFirst({
    where: { coachProfileId, kind: "DISCOVERY", archivedAt: null, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true, name: true },
  });
}

export async function listTypeSlugs(db: TenantDb, coachProfileId: string): Promise<Set<string>> {
  const rows = await db.sessionType.findMany({ where: { coachProfileId }, select: { slug: true } });
  return new Set(rows.map((row) => row.slug));
}

export function countSessionTypes(db: TenantDb, coachProfileId: string): Promise<number> {
  return db.sessionType.count({ where: { coachProfileId } });
}

function toRow(settings: SessionTypeSettings) {
  // Field by field, so nothing else the caller's object carries (a procedure's practiceSlug) reaches Prisma.
  return {
    name: settings.name,
    description: settings.description,
    kind: settings.kind,
    visibility: settings.visibility,
    durationMinutes: settings.durationMinutes,
    slotIntervalMinutes: settings.slotIntervalMinutes,
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    bufferAfterMinutes: settings.bufferAfterMinutes,
    minimumNoticeMinutes: settings.minimumNoticeMinutes,
    horizonDays: settings.horizonDays,
    maxSessionsPerDay: settings.maxSessionsPerDay,
    locationKind: settings.location.kind,
    locationDetail: settings.location.detail,
    intakeQuestions: settings.intakeQuestions.map(({ id, label, kind, required, maxLength, options }) => ({
      id,
      label,
      kind,
      required,
      maxLength,
      options: [...options],
    })),
    reminderMinutesBefore: [...settings.reminderMinutesBefore],
    changeWindowHours: settings.changeWindowHours,
  };
}

export async function createSessionType(
  db: TenantDb,
  coachProfileId: string,
  created: { slug: string; linkToken: string | null; settings: SessionTypeSettings },
) {
  const last = await db.sessionType.aggregate({ where: { coachProfileId }, _max: { position: true } });
  return db.sessionType.create({
    data: {
      ...toRow(created.settings),
      practiceId: db.practiceId,
      coachProfileId,
      slug: created.slug,
      linkToken: created.linkToken,
      position: (last._max.position ?? -1) + 1,
    },
    select: sessionTypeSelect,
  });
}

export function updateSessionType(
  db: TenantDb,
  sessionTypeId: string,
  changed: { linkToken: string | null; settings: SessionTypeSettings },
) {
  return db.sessionType.update({
    where: { id: sessionTypeId },
    data: { ...toRow(changed.settings), linkToken: changed.linkToken },
    select: sessionTypeSelect,
  });
}

export function setArchivedAt(db: TenantDb, sessionTypeId: string, archivedAt: Date | null) {
  return db.sessionType.update({ where: { id: sessionTypeId }, data: { archivedAt }, select: sessionTypeSelect });
}

export function setLinkToken(db: TenantDb, sessionTypeId: string, linkToken: string) {
  return db.sessionType.update({ where: { id: sessionTypeId }, data: { linkToken }, select: sessionTypeSelect });
}

/** Positions 0, 1, 2… in the order given. */
export async function setPositions(db: TenantDb, sessionTypeIds: string[]) {
  for (const [position, id] of sessionTypeIds.entries()) {
    await db.sessionType.update({ where: { id }, data: { position }, select: { id: true } });
  }
}

/**
 * Gives the type's sessions still to come its new location. Each booking keeps a copy of where it happens, so a
 * past session's record stays as it was, while the emails, invites and pages of upcoming ones say where to go now.
 */
export async function copyLocationToUpcomingBookings(
  db: TenantDb,
  sessionTypeId: string,
  location: SessionLocation,
  now: Date,
) {
  const where = { sessionTypeId, status: "CONFIRMED" as const, startAt: { gt: now } };
  const moved = await db.booking.findMany({ where, select: { id: true, coachProfileId: true } });
  await db.booking.updateMany({ where, data: { locationKind: location.kind, locationDetail: location.detail } });
  return moved;
}
