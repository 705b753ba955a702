import { linkClientRecordsToUser } from "./client-link.system.repo";

/**
 * Someone who booked before having an account finds their bookings once they have one: on
 * signing in, and on accepting an invitation. Keyed by the verified address only.
 */
export async function linkGuestBookings(user: { id: string; email: string }): Promise<void> {
  await linkClientRecordsToUser(user.email, user.id);
}
