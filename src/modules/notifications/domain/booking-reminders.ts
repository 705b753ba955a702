import type { BookingUpdateEmailProps } from "@emails/booking-update";
import { placeFor } from "~/modules/bookings/domain/session-place";
import type { LocationKind } from "~/modules/scheduling/domain/session-types";

// A booking's reminders (by default a day and an hour ahead, to the booker and to the coach) are
// queued when it is booked, so by the time one comes due the booking may have changed. Moving or
// cancelling it withdraws them in the same transaction, but a worker that was down for hours must
// still not tell anyone about a session that has already begun: the worker asks here, with the
// booking as it is now, before sending.

/** Names the booking and the version of it (each reschedule counts one) that a reminder is for. */
export const bookingReminderKeyPrefix = (uid: string) => `booking-reminder:${uid}:`;

export type ReminderAudience = "booker" | "coach";

/** One reminder of one version of a booking: `minutesBefore` the start, to one side. */
export const bookingReminderKey = (
  booking: { uid: string; rescheduleCount: number },
  minutesBefore: number,
  audience: ReminderAudience,
) => `${bookingReminderKeyPrefix(booking.uid)}${booking.rescheduleCount}:${minutesBefore}:${audience}`;

interface ReminderTarget {
  uid: string;
  rescheduleCount: number;
}

/** Reads a reminder's key back; keys queued before reminders named their time and side end at the version. */
export function reminderTargetOf(dedupeKey: string): ReminderTarget | null {
  const match = /^booking-reminder:([^:]+):(\d+)(?::\d+:(?:booker|coach))?$/.exec(dedupeKey);
  return match ? { uid: match[1]!, rescheduleCount: Number(match[2]) } : null;
}

/**
 * When the reminders of a session starting at `startAt` go out: once for each distinct lead time, latest lead first,
 * leaving out those already past at `now` (a session booked an hour ahead gets no day-ahead reminder).
 */
export function reminderTimes(startAt: Date, minutesBefore: readonly number[], now: Date) {
  return [...new Set(minutesBefore)]
    .sort((a, b) => b - a)
    .map((minutes) => ({ minutesBefore: minutes, at: new Date(startAt.getTime() - minutes * 60_000) }))
    .filter((reminder) => reminder.at.getTime() > now.getTime());
}

export interface RemindedBooking {
  status: "CONFIRMED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";
  startAt: Date;
  rescheduleCount: number;
}

type SendDecision<Booking> = { send: true; booking: Booking } | { send: false; reason: string };

/** Whether a reminder coming due at `now` is sent, with the booking as it is; if not, why (shown in the email log). */
export function reminderAtSendTime<Booking extends RemindedBooking>(
  target: ReminderTarget | null,
  booking: Booking | null,
  now: Date,
): SendDecision<Booking> {
  const refuse = (reason: string) => ({ send: false as const, reason });
  if (!target || !booking) return refuse("The session this reminder is about no longer exists, so it was not sent.");
  if (booking.status === "CANCELLED") return refuse("The session was cancelled, so this reminder was not sent.");
  if (booking.rescheduleCount !== target.rescheduleCount) {
    return refuse("The session was moved; the reminder for its new time replaces this one.");
  }
  if (booking.startAt.getTime() <= now.getTime()) {
    return refuse("The session had already started when this reminder came due, so it was not sent.");
  }
  return { send: true, booking };
}

/** Where a booking happens now: its coach may have moved the type's sessions to a new link or address. */
export interface RemindedPlace {
  locationKind: LocationKind;
  locationDetail: string | null;
  bookerPhone: string | null;
}

/** The reminder as queued, naming the place the session has at send time rather than when it was queued. */
export function reminderWithCurrentPlace(
  props: BookingUpdateEmailProps,
  booking: RemindedPlace,
): BookingUpdateEmailProps {
  const place = placeFor(
    props.audience,
    { location: { kind: booking.locationKind, detail: booking.locationDetail }, bookerPhone: booking.bookerPhone },
    { coach: props.coachName, booker: props.bookerName },
  );
  return { ...props, place: place && { sentence: place.sentence, href: place.href } };
}
