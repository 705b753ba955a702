import type { ClientStatus, Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

/** What letting a client in needs: who they are, and their coach (whose name the welcome carries). */
const clientAccessSelect = {
  id: true,
  name: true,
  email: true,
  status: true,
  timeZone: true,
  coach: { select: { membershipId: true, displayName: true } },
} as const satisfies Prisma.ClientSelect;

export type ClientForAccess = Prisma.ClientGetPayload<{ select: typeof clientAccessSelect }>;

export function findClientWithCoach(db: TenantDb, clientId: string) {
  return db.client.findFirst({ where: { id: clientId }, select: clientAccessSelect });
}

export function findClientByEmail(db: TenantDb, email: string) {
  return db.client.findFirst({ where: { email }, select: { id: true, status: true } });
}

export interface NewClientRow {
  name: string;
  email: string;
  timeZone: string;
  coachProfileId: string | null;
}

export function insertActiveClient(db: TenantDb, client: NewClientRow) {
  return db.client.create({
    data: {
      practiceId: db.practiceId,
      name: client.name,
      email: client.email,
      timeZone: client.timeZone,
      coachProfileId: client.coachProfileId,
      status: "ACTIVE",
    },
    select: clientAccessSelect,
  });
}

/**
 * Many at once, for an import. A row whose address became a client since the plan was made
 * (another import, a booking) is left out rather than failing the whole file.
 */
export function insertActiveClients(db: TenantDb, clients: readonly NewClientRow[]) {
  return db.client.createManyAndReturn({
    data: clients.map((client) => ({
      practiceId: db.practiceId,
      name: client.name,
      email: client.email,
      timeZone: client.timeZone,
      coachProfileId: client.coachProfileId,
      status: "ACTIVE" as const,
    })),
    skipDuplicates: true,
    select: { id: true, email: true },
  });
}

// One nested write per hundred clients is about four times faster than one per client, and an
// import links hundreds in one transaction.
const LINK_BATCH = 100;

/**
 * Links each client to the account of their address, making the account when there is none yet
 * (they have never signed in): a membership needs a user, and signing in later with that address
 * finds this one. Written through the practice (its clients, then their user), because a
 * practice's transaction has no user delegate of its own; only the user's id and whether the
 * address was ever verified are read back.
 */
export async function linkClientsToUsers(
  db: TenantDb,
  clients: ReadonlyArray<{ id: string; email: string; name: string }>,
) {
  const linked: Array<{ clientId: string; userId: string; signedInBefore: boolean }> = [];
  for (let start = 0; start < clients.length; start += LINK_BATCH) {
    const batch = clients.slice(start, start + LINK_BATCH);
    const practice = await db.practice.update({
      where: { id: db.practiceId },
      data: {
        clients: {
          update: batch.map((client) => ({
            where: { id: client.id },
            data: {
              user: {
                connectOrCreate: { where: { email: client.email }, create: { email: client.email, name: client.name } },
              },
            },
          })),
        },
      },
      select: {
        clients: {
          where: { id: { in: batch.map((client) => client.id) } },
          select: { id: true, userId: true, user: { select: { emailVerified: true } } },
        },
      },
    });
    for (const row of practice.clients) {
      linked.push({ clientId: row.id, userId: row.userId!, signedInBefore: row.user?.emailVerified != null });
    }
  }
  return linked;
}

export function countActiveClients(db: TenantDb) {
  return db.client.count({ where: { status: "ACTIVE" } });
}

export function updateClientStatus(db: TenantDb, clientId: string, status: ClientStatus) {
  return db.client.update({ where: { id: clientId }, data: { status }, select: clientAccessSelect });
}

export function findVisibleClient(db: TenantDb, clientId: string, visible: Prisma.ClientWhereInput) {
  return db.client.findFirst({ where: { AND: [visible, { id: clientId }] }, select: { id: true, name: true } });
}

/** Who a client is and who coaches them, as the client page and the client list show it. */
const clientSummarySelect = {
  id: true,
  name: true,
  email: true,
  status: true,
  timeZone: true,
  userId: true,
  createdAt: true,
  coach: { select: { id: true, displayName: true } },
} as const;

/** The client page: who they are, their coach and their projects (with tracks) the caller may see. */
export function findClientDetail(
  db: TenantDb,
  clientId: string,
  visible: { client: Prisma.ClientWhereInput; project: Prisma.ProjectWhereInput },
) {
  return db.client.findFirst({
    where: { AND: [visible.client, { id: clientId }] },
    select: {
      ...clientSummarySelect,
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
    select: {
      id: true,
      startAt: true,
      endAt: true,
      status: true,
      answers: true,
      locationKind: true,
      locationDetail: true,
      bookerPhone: true,
      coach: { select: { displayName: true, timeZone: true } },
      sessionType: { select: { name: true } },
    },
  });
}

/** A session the caller may see (`visible.booking`) of a client they may see (`visible.client`). */
export function findVisibleSession(
  db: TenantDb,
  bookingId: string,
  visible: { booking: Prisma.BookingWhereInput; client: Prisma.ClientWhereInput },
) {
  return db.booking.findFirst({
    where: { AND: [visible.booking, { id: bookingId, client: visible.client }] },
    select: { id: true, clientId: true, startAt: true },
  });
}

/** The practice's coaches (active members with a coach profile), with the slug and email an import names them by. */
export async function listCoachIdentities(db: TenantDb) {
  const coaches = await db.coachProfile.findMany({
    where: { membership: { removedAt: null } },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      displayName: true,
      timeZone: true,
      membershipId: true,
      membership: { select: { user: { select: { email: true } } } },
    },
  });
  return coaches.map(({ membership, ...coach }) => ({ ...coach, email: membership.user.email }));
}

/** Among `emails`, the addresses of the practice's staff. */
export async function staffEmailsAmong(db: TenantDb, emails: readonly string[]) {
  const staff = await db.membership.findMany({
    where: { removedAt: null, role: { not: "CLIENT" }, user: { email: { in: [...emails] } } },
    select: { user: { select: { email: true } } },
  });
  return new Set(staff.map((member) => member.user.email));
}

/** Among `emails`, those that are clients already, with their status. */
export async function clientStatusesOf(db: TenantDb, emails: readonly string[]) {
  const clients = await db.client.findMany({
    where: { email: { in: [...emails] } },
    select: { email: true, status: true },
  });
  return new Map(clients.map((client) => [client.email, client.status]));
}

export function countClients(db: TenantDb, where: Prisma.ClientWhereInput) {
  return db.client.count({ where });
}

/** A page of the clients list, with the sessions the caller may see (the latest first, a bounded history). */
export function findClientPage(
  db: TenantDb,
  where: Prisma.ClientWhereInput,
  visibleBookings: Prisma.BookingWhereInput,
  page: { skip: number; take: number },
) {
  return db.client.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
    select: {
      ...clientSummarySelect,
      bookings: {
        where: visibleBookings,
        orderBy: { startAt: "desc" },
        take: 10,
        select: {
          id: true,
          startAt: true,
          status: true,
          answers: true,
          createdAt: true,
          sessionType: { select: { name: true } },
        },
      },
    },
  });
}
