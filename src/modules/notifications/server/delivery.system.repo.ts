import { prisma } from "~/server/db/client";

// What delivery checks at send time, outside any practice's request (the worker's): the
// recipient's opt-out, and the booking a reminder is about. Each read names the email's practice.

export async function isOptedOut(practiceId: string, email: string, category: string) {
  return (await prisma.emailOptOut.count({ where: { practiceId, email, category } })) > 0;
}

/** The booking a reminder is about, as it is now; only the email's own practice's. */
export function findRemindedBooking(practiceId: string, uid: string) {
  return prisma.booking.findFirst({
    where: { practiceId, uid },
    select: {
      status: true,
      startAt: true,
      rescheduleCount: true,
      locationKind: true,
      locationDetail: true,
      bookerPhone: true,
    },
  });
}
