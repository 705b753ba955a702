import { prisma, type Prisma } from "~/server/db/client";

// What delivery checks at send time, outside any practice's request (the worker's), for a whole batch of emails at
// once: the recipients' opt-outs, the bookings reminders are about, and the practices' logos. Each read names the
// emails' practices.

export interface OptOutCheck {
  practiceId: string;
  email: string;
  category: string;
}

export const optOutKey = (check: OptOutCheck) => JSON.stringify([check.practiceId, check.email, check.category]);

/** Which of `checks` the recipient opted out of, by optOutKey. */
export async function findOptOuts(checks: readonly OptOutCheck[]): Promise<Set<string>> {
  if (checks.length === 0) return new Set();
  const rows = await prisma.emailOptOut.findMany({
    where: { OR: checks.map(({ practiceId, email, category }) => ({ practiceId, email, category })) },
    select: { practiceId: true, email: true, category: true },
  });
  return new Set(rows.map(optOutKey));
}

export const remindedBookingKey = (practiceId: string, uid: string) => `${practiceId}/${uid}`;

const REMINDED_BOOKING = {
  practiceId: true,
  uid: true,
  status: true,
  startAt: true,
  rescheduleCount: true,
  locationKind: true,
  locationDetail: true,
  bookerPhone: true,
} satisfies Prisma.BookingSelect;
type RemindedBookingRow = Prisma.BookingGetPayload<{ select: typeof REMINDED_BOOKING }>;

/** The bookings reminders are about, as they are now, by remindedBookingKey; only each email's own practice's. */
export async function findRemindedBookings(
  targets: ReadonlyArray<{ practiceId: string; uid: string }>,
): Promise<Map<string, RemindedBookingRow>> {
  if (targets.length === 0) return new Map();
  const rows = await prisma.booking.findMany({
    where: { OR: targets.map(({ practiceId, uid }) => ({ practiceId, uid })) },
    select: REMINDED_BOOKING,
  });
  return new Map(rows.map((row) => [remindedBookingKey(row.practiceId, row.uid), row]));
}

/** The practices' logos as they are now, so a logo changed after an email was queued is the one it shows. */
export async function findPracticeLogoUrls(practiceIds: readonly string[]): Promise<Map<string, string | null>> {
  if (practiceIds.length === 0) return new Map();
  const practices = await prisma.practice.findMany({
    where: { id: { in: [...practiceIds] } },
    select: { id: true, logoUrl: true },
  });
  return new Map(practices.map((practice) => [practice.id, practice.logoUrl]));
}
