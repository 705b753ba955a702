import { sessionTypeColumns } from "~/modules/scheduling/domain/session-types";
import { STAFF_ROLES } from "~/server/auth/roles";
import { prisma, type Prisma } from "~/server/db/client";
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

/** A coach taking bookings, with the session types they offer (archived ones are offered to nobody). */
export function findBookableCoach(practiceSlug: string, coachSlug: string) {
  return prisma.coachProfile.findFirst({
    where: { slug: coachSlug, practice: { slug: practiceSlug }, ...bookableCoachWhere },
    include: {
      practice: { select: practiceCard },
      ...coachContact,
      sessionTypes: { ...offeredTypes, select: sessionTypeColumns },
    },
  });
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
