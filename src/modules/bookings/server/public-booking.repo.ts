import { STAFF_ROLES } from "~/server/auth/roles";
import { prisma, type Prisma } from "~/server/db/client";

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

export function findPracticeWithBookableCoaches(practiceSlug: string) {
  return prisma.practice.findUnique({
    where: { slug: practiceSlug },
    select: {
      ...practiceCard,
      coachProfiles: {
        where: bookableCoachWhere,
        select: { slug: true, displayName: true, headline: true, timeZone: true, sessionMinutes: true },
        orderBy: { displayName: "asc" },
      },
    },
  });
}

export function findBookableCoach(practiceSlug: string, coachSlug: string) {
  return prisma.coachProfile.findFirst({
    where: { slug: coachSlug, practice: { slug: practiceSlug }, ...bookableCoachWhere },
    include: {
      practice: { select: practiceCard },
      membership: { select: { user: { select: { email: true, name: true } } } },
    },
  });
}

export function findBookingByUid(uid: string) {
  return prisma.booking.findUnique({
    where: { uid },
    include: {
      coach: {
        include: {
          practice: { select: practiceCard },
          membership: { select: { user: { select: { email: true, name: true } } } },
        },
      },
    },
  });
}
