import { prisma } from "~/server/db/client";
import { tenantDb } from "~/server/db/tenant";

// The worker writes sessions to coaches' calendars for every practice: it loads the session here and writes the
// copies' bookkeeping through the practice's own data layer.

const connectionForWriting = { select: { id: true, kind: true, sealedCredentials: true } } as const;

/** A session with what its calendar event says, and where copies of it already are. */
export function findSessionToCopy(bookingId: string) {
  return prisma.booking.findUnique({
    where: { id: bookingId },
    include: {
      coach: {
        include: {
          practice: { select: { slug: true, name: true, brandColor: true } },
          membership: { select: { user: { select: { email: true, name: true } } } },
        },
      },
      sessionType: { select: { name: true, reminderMinutesBefore: true, changeWindowHours: true } },
      calendarCopies: { include: { source: { include: { connection: connectionForWriting } } } },
    },
  });
}

export type SessionToCopy = NonNullable<Awaited<ReturnType<typeof findSessionToCopy>>>;

export function findReceivingSource(coachProfileId: string) {
  return prisma.calendarSource.findFirst({
    where: { receivesSessions: true, connection: { coachProfileId } },
    include: { connection: connectionForWriting },
  });
}

export type WritableSource = NonNullable<Awaited<ReturnType<typeof findReceivingSource>>>;

export const copiesDb = (practiceId: string) => tenantDb(practiceId);

/** The coach whose feed this secret opens, with their sessions from `from` on. */
export function findFeedSessions(tokenHash: string, from: Date) {
  return prisma.coachProfile.findUnique({
    where: { sessionFeedTokenHash: tokenHash },
    include: {
      practice: { select: { slug: true, name: true, brandColor: true } },
      membership: { select: { user: { select: { email: true, name: true } }, removedAt: true } },
      bookings: {
        where: { status: { not: "CANCELLED" }, endAt: { gt: from } },
        orderBy: { startAt: "asc" },
        take: 1000,
        include: { sessionType: { select: { name: true, reminderMinutesBefore: true, changeWindowHours: true } } },
      },
    },
  });
}
