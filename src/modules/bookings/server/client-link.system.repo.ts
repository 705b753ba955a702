import { prisma } from "~/server/db/client";

/**
 * When someone signs in, the lead records their bookings created (in any practice) are
 * linked to their account. Keyed by the verified address only, never by browser input.
 */
export function linkClientRecordsToUser(email: string, userId: string) {
  return prisma.client.updateMany({ where: { email, userId: null }, data: { userId } });
}
