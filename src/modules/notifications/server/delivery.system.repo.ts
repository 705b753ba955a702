import { prisma } from "~/server/db/client";

// What delivery checks at send time, outside any practice's request (the worker's): the
// recipient's opt-out, the booking a reminder is about, and the practice's logo. Each read names the email's practice.

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

/** The practice's logo as it is now, so a logo changed after an email was queued is the one it shows. */
export async function findPracticeLogoUrl(practiceId: string): Promise<string | null> {
  const practice = await prisma.practice.findUnique({ where: { id: practiceId }, select: { logoUrl: true } });
  return practice?.logoUrl ?? null;
}
