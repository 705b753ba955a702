import { sessionTypeColumns, type StoredSessionTypeRow } from "~/modules/scheduling/domain/session-types";
import { STAFF_ROLES } from "~/server/auth/roles";
import { Prisma, prisma, type TimeFormat } from "~/server/db/client";
import type { CoachLoad } from "./booking-changes";
import { tenantDb, type TenantDb } from "~/server/db/tenant";

// Public lookups by slug and uid: visitors have no membership to scope by, so these
// read only what a booking page shows. Every write goes through the tenant data layer.

const bookableCoachWhere: Prisma.CoachProfileWhereInput = {
  bookingEnabled: true,
  membership: { removedAt: null, role: { in: [...STAFF_ROLES] } },
};

// What the public pages show of a practice, and its plan's status (whether it takes new
// bookings); the service keeps the status to itself.
const practiceCard = {
  id: true,
  slug: true,
  name: true,
  timeZone: true,
  brandColor: true,
  logoUrl: true,
  subscription: { select: { status: true } },
} as const;

const coachContact = {
  membership: { select: { user: { select: { email: true, name: true, timeFormat: true } } } },
} as const;

const offeredTypes = {
  where: { archivedAt: null },
  orderBy: [{ position: "asc" }, { createdAt: "asc" }],
} satisfies Prisma.CoachProfile$sessionTypesArgs;

export function findPracticeWithBookableCoaches(practiceSlug: string) {
  return prisma.practice.findUnique({
    where: { slug: practiceSlug },
    select: {
      ...practiceCard,
      coachProfiles: {
        where: { ...bookableCoachWhere, sessionTypes: { some: { visibility: "PUBLIC", archivedAt: null } } },
        select: {
          slug: true,
          displayName: true,
          headline: true,
          sessionTypes: {
            ...offeredTypes,
            where: { ...offeredTypes.where, visibility: "PUBLIC" },
            select: { slug: true, name: true, durationMinutes: true },
          },
        },
        orderBy: { displayName: "asc" },
      },
    },
  });
}

/** A practice as the public pages show it, and its plan's status (whether it takes new bookings). */
export interface PracticeCardRow {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  brandColor: string;
  logoUrl: string | null;
  subscription: { status: string | null } | null;
}

/**
 * What every public request reads fresh about a bookable coach: the schedule version that keys the slot cache, and
 * what no version covers (the practice's card and plan, the coach's contact), which is only a few columns.
 */
export interface BookableCoachHead {
  id: string;
  practiceId: string;
  scheduleVersion: number;
  practice: PracticeCardRow;
  membership: { user: { email: string; name: string | null; timeFormat: TimeFormat } };
}

/** What the schedule version covers: the coach's own row and the types they offer (archived ones to nobody). */
export interface CoachSchedule {
  slug: string;
  displayName: string;
  headline: string | null;
  timeZone: string;
  weeklyHours: unknown;
  dateOverrides: unknown;
  sessionTypes: Array<StoredSessionTypeRow & { linkToken: string | null }>;
}

export interface InstantWindow {
  from: Date;
  to: Date;
}

// The same margins as activeBookingsAround and busyBlocksAround, which the booking check uses: a daily cap counts a
// whole coach-local day, and a buffer reaches at most a day past a slot.
const SESSION_MARGIN_MS = 3 * 86_400_000;
const BUSY_MARGIN_MS = 86_400_000;

const headColumns = Prisma.sql`
  cp."id", cp."practiceId", cp."scheduleVersion",
  json_build_object(
    'id', p."id", 'slug', p."slug", 'name', p."name", 'timeZone', p."timeZone", 'brandColor', p."brandColor",
    'logoUrl', p."logoUrl", 'subscription', CASE WHEN ps."id" IS NULL THEN NULL ELSE json_build_object('status', ps."status") END
  ) AS "practice",
  json_build_object('user', json_build_object('email', u."email", 'name', u."name", 'timeFormat', u."timeFormat")) AS "membership"`;

// Unique (Practice.slug, then CoachProfile's practiceId + slug), so the planner walks two index entries.
const bookableCoachBySlugs = (practiceSlug: string, coachSlug: string) => Prisma.sql`
  FROM "Practice" p
  JOIN "CoachProfile" cp ON cp."practiceId" = p."id" AND cp."slug" = ${coachSlug}
  JOIN "Membership" m ON m."id" = cp."membershipId"
  JOIN "User" u ON u."id" = m."userId"
  LEFT JOIN "PracticeSubscription" ps ON ps."practiceId" = p."id"
  WHERE p."slug" = ${practiceSlug} AND cp."bookingEnabled" AND m."removedAt" IS NULL
    AND m."role"::text = ANY (${[...STAFF_ROLES]})`;

const typeFields = Prisma.raw(
  Object.keys(sessionTypeColumns)
    .map((column) => `'${column}', st."${column}"`)
    .join(", "),
);

const scheduleColumns = Prisma.sql`
  cp."slug", cp."displayName", cp."headline", cp."timeZone", cp."weeklyHours", cp."dateOverrides",
  (SELECT coalesce(json_agg(json_build_object(${typeFields}) ORDER BY st."position", st."createdAt"), '[]')
     FROM "SessionType" st WHERE st."coachProfileId" = cp."id" AND st."archivedAt" IS NULL) AS "sessionTypes"`;

const epochMs = (column: string) => Prisma.raw(`(extract(epoch FROM ${column}) * 1000)::bigint`);

const loadColumns = ({ from, to }: InstantWindow) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(
       ${epochMs(`b."startAt"`)}, ${epochMs(`b."endAt"`)}, ${epochMs(`b."blockedFrom"`)}, ${epochMs(`b."blockedUntil"`)})), '[]')
     FROM "Booking" b
     WHERE b."coachProfileId" = cp."id" AND b."practiceId" = cp."practiceId" AND b."status" <> 'CANCELLED'
       AND b."startAt" < ${new Date(to.getTime() + SESSION_MARGIN_MS)}
       AND b."endAt" > ${new Date(from.getTime() - SESSION_MARGIN_MS)}) AS "sessions",
  (SELECT coalesce(json_agg(json_build_array(${epochMs(`c."startAt"`)}, ${epochMs(`c."endAt"`)})), '[]')
     FROM "CalendarBusyBlock" c
     WHERE c."coachProfileId" = cp."id" AND c."practiceId" = cp."practiceId"
       AND c."startAt" < ${new Date(to.getTime() + BUSY_MARGIN_MS)}
       AND c."endAt" > ${new Date(from.getTime() - BUSY_MARGIN_MS)}) AS "calendarBusy"`;

interface LoadRow {
  sessions: Array<[number, number, number, number]>;
  calendarBusy: Array<[number, number]>;
}

const loadOf = (row: LoadRow): CoachLoad => ({
  sessions: row.sessions.map(([startAt, endAt, blockedFrom, blockedUntil]) => ({
    startAt: new Date(startAt),
    endAt: new Date(endAt),
    blockedFrom: new Date(blockedFrom),
    blockedUntil: new Date(blockedUntil),
  })),
  calendarBusy: row.calendarBusy.map(([start, end]) => ({ start: new Date(start), end: new Date(end) })),
});

/** A coach taking bookings, as fresh as the version read: one indexed statement, what a cached slot list needs. */
export async function findBookableCoachHead(practiceSlug: string, coachSlug: string) {
  const rows = await prisma.$queryRaw<BookableCoachHead[]>`
    SELECT ${headColumns} ${bookableCoachBySlugs(practiceSlug, coachSlug)}`;
  return rows[0] ?? null;
}

/** The coach with their schedule, in one statement; with a window, also their sessions and busy times around it. */
export async function findBookableCoach(
  practiceSlug: string,
  coachSlug: string,
  window?: InstantWindow,
): Promise<{ coach: BookableCoachHead & CoachSchedule; load: CoachLoad | null } | null> {
  const load = window ? Prisma.sql`, ${loadColumns(window)}` : Prisma.empty;
  const rows = await prisma.$queryRaw<Array<BookableCoachHead & CoachSchedule & Partial<LoadRow>>>`
    SELECT ${headColumns}, ${scheduleColumns} ${load} ${bookableCoachBySlugs(practiceSlug, coachSlug)}`;
  const row = rows[0];
  if (!row) return null;
  const { sessions, calendarBusy, ...coach } = row;
  return { coach, load: sessions && calendarBusy ? loadOf({ sessions, calendarBusy }) : null };
}

/** The coach's sessions and busy times around a window, in one statement. */
export async function findCoachLoad(coachProfileId: string, window: InstantWindow): Promise<CoachLoad> {
  const rows = await prisma.$queryRaw<LoadRow[]>`
    SELECT ${loadColumns(window)} FROM "CoachProfile" cp WHERE cp."id" = ${coachProfileId}`;
  return loadOf(rows[0] ?? { sessions: [], calendarBusy: [] });
}

/** A booking with its coach and its session type, archived or not: a booked session keeps its type. */
export function findBookingByUid(uid: string) {
  return prisma.booking.findUnique({
    where: { uid },
    include: {
      coach: { include: { practice: { select: practiceCard }, ...coachContact } },
      sessionType: { select: sessionTypeColumns },
    },
  });
}

/**
 * The data layer of the practice a visitor reached through one of its public addresses (a
 * coach's booking page, a booking's manage link): public paths have no membership to scope by,
 * so the practice of the row they found is the scope of everything they then read or write.
 */
export function practiceDataOf(row: { practiceId: string }): TenantDb {
  return tenantDb(row.practiceId);
}
