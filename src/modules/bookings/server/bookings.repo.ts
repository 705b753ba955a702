import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

const DAY_MS = 86_400_000;

/**
 * The coach's active bookings near a window, of every session type: three days either side so
 * the slot engine sees every buffer and every booking that counts towards a daily cap on the
 * window's dates.
 */
export function activeBookingsAround(db: TenantDb, coachProfileId: string, from: Date, to: Date, exceptId?: string) {
  return db.booking.findMany({
    where: {
      coachProfileId,
      status: { not: "CANCELLED" },
      startAt: { lt: new Date(to.getTime() + 3 * DAY_MS) },
      endAt: { gt: new Date(from.getTime() - 3 * DAY_MS) },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { startAt: true, endAt: true, blockedFrom: true, blockedUntil: true },
  });
}

export function findBookingByIdempotencyKey(db: TenantDb, coachProfileId: string, idempotencyKey: string) {
  return db.booking.findFirst({ where: { coachProfileId, idempotencyKey } });
}

export function findConfirmedDuplicate(db: TenantDb, coachProfileId: string, bookerEmail: string, startAt: Date) {
  return db.booking.findFirst({
    where: { coachProfileId, bookerEmail, startAt, status: "CONFIRMED" },
    include: { sessionType: true },
  });
}

/**
 * The booker's client record: a new lead, or whoever the practice already has with that email,
 * left exactly as it is. Anyone can type anyone's address into a public form, so a booking
 * never changes an existing client (name, time zone, status, coach). ON CONFLICT DO NOTHING
 * makes two first bookings with one address at once agree on a single record.
 */
export async function findOrCreateLeadClient(
  db: TenantDb,
  data: { email: string; name: string; timeZone: string; coachProfileId: string },
) {
  await db.client.createMany({ data: [{ ...data, practiceId: db.practiceId, status: "LEAD" }], skipDuplicates: true });
  return db.client.findFirstOrThrow({ where: { email: data.email }, select: { id: true } });
}

/** Bookings a client made since `since`, cancelled ones included (each was emailed too). */
export function countBookingsOfClientSince(db: TenantDb, clientId: string, since: Date) {
  return db.booking.count({ where: { clientId, createdAt: { gte: since } } });
}

export function insertBooking(db: TenantDb, data: Omit<Prisma.BookingUncheckedCreateInput, "practiceId">) {
  return db.booking.create({ data: { ...data, practiceId: db.practiceId } });
}

export function moveBooking(
  db: TenantDb,
  id: string,
  times: { startAt: Date; endAt: Date; blockedFrom: Date; blockedUntil: Date },
) {
  return db.booking.update({ where: { id }, data: { ...times, rescheduleCount: { increment: 1 } } });
}

export function cancelBooking(
  db: TenantDb,
  id: string,
  data: { cancelledBy: "booker" | "coach"; cancelReason: string | null; at: Date },
) {
  return db.booking.update({
    where: { id },
    data: { status: "CANCELLED", cancelledAt: data.at, cancelledBy: data.cancelledBy, cancelReason: data.cancelReason },
  });
}

export function setBookingStatus(db: TenantDb, id: string, status: "COMPLETED" | "NO_SHOW") {
  return db.booking.update({ where: { id }, data: { status } });
}

/** Postgres refused the row because it overlaps an active booking (exclusion constraint, SQLSTATE 23P01). */
export function isDoubleBooking(error: unknown): boolean {
  const text = `${(error as { message?: string })?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`;
  return text.includes("23P01") || text.includes("Booking_no_overlap") || text.includes("exclusion constraint");
}

const sessionSelect = {
  id: true,
  uid: true,
  startAt: true,
  endAt: true,
  status: true,
  bookerName: true,
  bookerEmail: true,
  bookerTimeZone: true,
  bookerLocale: true,
  bookerPhone: true,
  answers: true,
  locationKind: true,
  locationDetail: true,
  cancelReason: true,
  cancelledBy: true,
  coach: { select: { id: true, displayName: true, membershipId: true } },
  sessionType: { select: { name: true } },
  client: { select: { id: true, status: true } },
} as const;

export function listSessions(
  db: TenantDb,
  visible: Prisma.BookingWhereInput,
  filter: { scope: "upcoming" | "past"; coachProfileId?: string; now: Date; cursor?: string | null; limit: number },
) {
  const upcoming = filter.scope === "upcoming";
  return db.booking.findMany({
    where: {
      AND: [
        visible,
        filter.coachProfileId ? { coachProfileId: filter.coachProfileId } : {},
        upcoming
          ? { endAt: { gt: filter.now }, status: "CONFIRMED" }
          : { OR: [{ endAt: { lte: filter.now } }, { status: { not: "CONFIRMED" } }] },
      ],
    },
    orderBy: [{ startAt: upcoming ? "asc" : "desc" }, { id: "asc" }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    select: sessionSelect,
  });
}

export function findBookingWithCoachDetails(db: TenantDb, visible: Prisma.BookingWhereInput, bookingId: string) {
  return db.booking.findFirst({
    where: { AND: [visible, { id: bookingId }] },
    include: {
      coach: {
        include: {
          practice: true,
          membership: { select: { user: { select: { email: true, name: true, timeFormat: true } } } },
        },
      },
      sessionType: true,
    },
  });
}
