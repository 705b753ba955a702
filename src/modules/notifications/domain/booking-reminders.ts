// A booking's reminder is queued a day ahead of the session, so by the time it comes due the
// booking may have changed. Moving or cancelling it withdraws the reminder in the same
// transaction, but a worker that was down for hours must still not tell someone about a session
// that has already begun: the worker asks here, with the booking as it is now, before sending.

/** Names the booking and the version of it (each reschedule counts one) that a reminder is for. */
export const bookingReminderKeyPrefix = (uid: string) => `booking-reminder:${uid}:`;

export const bookingReminderKey = (booking: { uid: string; rescheduleCount: number }) =>
  `${bookingReminderKeyPrefix(booking.uid)}${booking.rescheduleCount}`;

interface ReminderTarget {
  uid: string;
  rescheduleCount: number;
}

export function reminderTargetOf(dedupeKey: string): ReminderTarget | null {
  const match = /^booking-reminder:([^:]+):(\d+)$/.exec(dedupeKey);
  return match ? { uid: match[1]!, rescheduleCount: Number(match[2]) } : null;
}

export interface RemindedBooking {
  status: "CONFIRMED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";
  startAt: Date;
  rescheduleCount: number;
}

/** Why a reminder coming due at `now` must not be sent (shown in the email log), or null to send it. */
export function reminderNoLongerHolds(
  target: ReminderTarget | null,
  booking: RemindedBooking | null,
  now: Date,
): string | null {
  if (!target || !booking) return "The session this reminder is about no longer exists, so it was not sent.";
  if (booking.status === "CANCELLED") return "The session was cancelled, so this reminder was not sent.";
  if (booking.rescheduleCount !== target.rescheduleCount) {
    return "The session was moved; the reminder for its new time replaces this one.";
  }
  if (booking.startAt.getTime() <= now.getTime()) {
    return "The session had already started when this reminder came due, so it was not sent.";
  }
  return null;
}
