import { localDateOf } from "~/lib/time-zones";
import { checkSlot, storedAvailabilityRules, type SlotRefusal } from "~/modules/scheduling/domain/availability";
import type { Booking, CoachProfile } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import { AppError } from "~/server/errors";
import { blockedRange, canChange } from "../domain/booking-policy";
import { activeBookingsAround, cancelBooking, isDoubleBooking, moveBooking } from "./bookings.repo";

// The rules shared by every path that places or moves a session (public booking, the
// booker's manage link, the coach's sessions page), so the slot list and the booking
// can never disagree: both go through checkSlot over the same active bookings.

const REFUSALS: Record<SlotRefusal, string> = {
  in_past: "That time has already passed. Pick another slot.",
  not_on_grid: "That start time is not offered. Pick one of the listed slots.",
  outside_hours: "That time is outside the coach's hours. Pick one of the listed slots.",
  too_soon: "That time is too soon to book. Pick a later slot.",
  beyond_horizon: "That time is too far ahead to book yet. Pick an earlier slot.",
  daily_limit: "The coach's day is fully booked. Pick another day.",
  conflict: "That time was just booked by someone else. Pick another slot.",
};

export const slotTaken = () => new AppError("CONFLICT", REFUSALS.conflict, { start: REFUSALS.conflict });

/**
 * Throws a CONFLICT when the slot was taken or the day is full (409), a BAD_REQUEST when it
 * was never offered (422). Call it inside the transaction that then writes the booking: it
 * first takes the lock of the coach's local day, so concurrent bookings and moves onto that
 * day queue here, and each one counts the others towards the daily cap once they commit.
 */
export async function assertBookable(
  db: TenantDb,
  coach: CoachProfile,
  start: Date,
  now: Date,
  exceptBookingId?: string,
) {
  await db.$lock(`daily-cap:${coach.id}:${localDateOf(start, coach.timeZone)}`);
  const bookings = await activeBookingsAround(db, coach.id, start, start, exceptBookingId);
  const check = checkSlot({ rules: storedAvailabilityRules(coach), bookings, start, now });
  if (check.ok) return check.slot;
  const message = REFUSALS[check.reason];
  if (check.reason === "conflict" || check.reason === "daily_limit")
    throw new AppError("CONFLICT", message, { start: message });
  throw new AppError("BAD_REQUEST", message, { start: message });
}

function enforceChangeable(booking: Booking, now: Date) {
  const policy = canChange(booking, now);
  if (!policy.ok) throw new AppError("CONFLICT", policy.reason);
}

export async function rescheduleBooking(db: TenantDb, booking: Booking, coach: CoachProfile, start: Date, now: Date) {
  enforceChangeable(booking, now);
  if (start.getTime() === booking.startAt.getTime()) return booking;
  const slot = await assertBookable(db, coach, start, now, booking.id);
  try {
    return await moveBooking(db, booking.id, {
      startAt: slot.start,
      endAt: slot.end,
      ...blockedRange(slot.start, slot.end, coach.bufferBeforeMinutes, coach.bufferAfterMinutes),
    });
  } catch (error) {
    if (isDoubleBooking(error)) throw slotTaken();
    throw error;
  }
}

export function cancelBookingBy(
  db: TenantDb,
  booking: Booking,
  by: "booker" | "coach",
  reason: string | null,
  now: Date,
) {
  enforceChangeable(booking, now);
  return cancelBooking(db, booking.id, { cancelledBy: by, cancelReason: reason, at: now });
}
