import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

// The home's reads. A block is one statement for its first rows and, where the rows stop short
// of all there are, one for the count; every filter starts from the caller's visibility
// (ctx.visible), so a coach's home holds their clients only and an admin's the whole practice.

interface Rows<Row> {
  rows: Row[];
  count: number;
}

async function rowsAndCount<Row>(rows: Promise<Row[]>, count: Promise<number>): Promise<Rows<Row>> {
  const [found, counted] = await Promise.all([rows, count]);
  return { rows: found, count: counted };
}

export function viewerAccount(db: TenantDb, membershipId: string) {
  return db.membership.findUnique({
    where: { id: membershipId },
    select: { user: { select: { name: true, timeZone: true } } },
  });
}

const sessionColumns = {
  id: true,
  uid: true,
  startAt: true,
  endAt: true,
  bookerName: true,
  bookerPhone: true,
  locationKind: true,
  locationDetail: true,
  sessionType: { select: { name: true } },
  coach: { select: { displayName: true } },
  client: { select: { id: true, name: true } },
} as const;

/** Confirmed sessions not over by `now` (and starting before `before`, when given), soonest first. */
export function upcomingSessions(
  db: TenantDb,
  visible: Prisma.BookingWhereInput,
  window: { now: Date; before?: Date },
  take: number,
) {
  const where: Prisma.BookingWhereInput = {
    AND: [
      visible,
      { status: "CONFIRMED", endAt: { gt: window.now } },
      window.before ? { startAt: { lt: window.before } } : {},
    ],
  };
  return rowsAndCount(
    db.booking.findMany({ where, orderBy: [{ startAt: "asc" }, { id: "asc" }], take, select: sessionColumns }),
    db.booking.count({ where }),
  );
}

export function activeProjects(db: TenantDb, visible: Prisma.ProjectWhereInput) {
  return db.project.findMany({
    where: { AND: [visible, { status: "ACTIVE" }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true },
  });
}

export function countClosedProjects(db: TenantDb, visible: Prisma.ProjectWhereInput) {
  return db.project.count({ where: { AND: [visible, { status: "CLOSED" }] } });
}

/** Check-ins a coach asked for that wait for answers, on the caller's active projects, oldest request first. */
export function openCheckIns(db: TenantDb, visible: Prisma.ProjectWhereInput) {
  return db.readinessCheckIn.findMany({
    where: { completedAt: null, project: { AND: [visible, { status: "ACTIVE" }] } },
    orderBy: { requestedAt: "asc" },
    select: { id: true, requestedAt: true, project: { select: { id: true, title: true } } },
  });
}

// Comments come with the replies after them (to tell which were answered); a busy fortnight is
// still a few dozen, and the block shows five.
const COMMENTS_READ = 100;

/** Every comment since `since` on reflections the caller may read, newest first. */
export function recentComments(db: TenantDb, visible: Prisma.ReflectionWhereInput, since: Date) {
  return db.reflectionComment.findMany({
    where: { createdAt: { gte: since }, reflection: visible },
    orderBy: { createdAt: "desc" },
    take: COMMENTS_READ,
    select: {
      id: true,
      reflectionId: true,
      authorUserId: true,
      body: true,
      createdAt: true,
      reflection: {
        select: {
          interviewId: true,
          project: { select: { title: true } },
          interview: { select: { contact: { select: { name: true } } } },
        },
      },
    },
  });
}

export function memberNames(db: TenantDb, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.membership.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
}

/** Active projects with no outreach or reflection since `cutoff`, longest quiet first. */
export function stalledProjects(db: TenantDb, visible: Prisma.ProjectWhereInput, cutoff: Date, take: number) {
  const where: Prisma.ProjectWhereInput = { AND: [visible, { status: "ACTIVE", lastActivityAt: { lte: cutoff } }] };
  return rowsAndCount(
    db.project.findMany({
      where,
      orderBy: [{ lastActivityAt: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        title: true,
        lastActivityAt: true,
        client: { select: { id: true, name: true } },
        coach: { select: { displayName: true } },
      },
    }),
    db.project.count({ where }),
  );
}

/** Leads (not yet activated), newest first, each with their next session. */
export function newLeads(db: TenantDb, visible: Prisma.ClientWhereInput, now: Date, take: number) {
  const where: Prisma.ClientWhereInput = { AND: [visible, { status: "LEAD" }] };
  return rowsAndCount(
    db.client.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        name: true,
        email: true,
        createdAt: true,
        coach: { select: { displayName: true } },
        bookings: {
          where: { status: "CONFIRMED", endAt: { gt: now } },
          orderBy: { startAt: "asc" },
          take: 1,
          select: { startAt: true, sessionType: { select: { name: true } } },
        },
      },
    }),
    db.client.count({ where }),
  );
}

/** Check-ins answered since `since` on projects the caller may read, newest first. */
export function answeredCheckIns(db: TenantDb, visible: Prisma.ProjectWhereInput, since: Date, take: number) {
  const where: Prisma.ReadinessCheckInWhereInput = { completedAt: { gte: since }, project: visible };
  return rowsAndCount(
    db.readinessCheckIn.findMany({
      where,
      orderBy: [{ completedAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        completedAt: true,
        hope: true,
        time: true,
        energy: true,
        selfEsteem: true,
        ambition: true,
        project: {
          select: {
            id: true,
            title: true,
            client: { select: { id: true, name: true } },
            coach: { select: { displayName: true } },
          },
        },
      },
    }),
    db.readinessCheckIn.count({ where }),
  );
}

/** What an owner's setup tasks and plan standing are decided from (domain/setup-tasks.ts, domain/plan-summary.ts). */
export async function practiceFacts(db: TenantDb, now: Date) {
  const [coaches, coachMembers, clients, activeClients, pendingInvitations, subscription] = await Promise.all([
    db.coachProfile.findMany({
      where: { membership: { removedAt: null } },
      select: {
        bookingEnabled: true,
        weeklyHours: true,
        _count: { select: { sessionTypes: { where: { visibility: "PUBLIC", archivedAt: null } } } },
      },
    }),
    db.membership.count({ where: { role: "COACH", removedAt: null } }),
    db.client.count(),
    db.client.count({ where: { status: "ACTIVE" } }),
    db.invitation.count({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } }),
    db.practiceSubscription.findFirst({ select: { trialEnd: true, currentPeriodEnd: true, cancelAtPeriodEnd: true } }),
  ]);
  return {
    coaches: coaches.map((coach) => ({
      bookingEnabled: coach.bookingEnabled,
      weeklyHours: coach.weeklyHours,
      publicSessionTypes: coach._count.sessionTypes,
    })),
    coachMembers,
    clients,
    activeClients,
    pendingInvitations,
    subscription,
  };
}
