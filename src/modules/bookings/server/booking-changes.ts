import { localDateOf } from "~/lib/time-zones";
import {
  checkSlot,
  computeAvailableSlots,
  type AvailabilityRules,
  type ExistingBooking,
  type SlotRefusal,
} from "~/modules/scheduling/domain/availability";
import { calendarBusyAround } from "~/modules/calendars/server/calendar-busy";
import { queueSessionCopy } from "~/modules/calendars/server/session-copy-queue";
import {
  availabilityFor,
  storedSchedule,
  type SessionRules,
  type StoredSchedule,
} from "~/modules/scheduling/domain/session-types";
import type { Booking } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import { AppError } from "~/server/errors";
import { blockedRange, canChange } from "../domain/booking-policy";
import { busyTimesFor, type BlockedSession } from "../domain/busy-times";
import { activeBookingsAround, cancelBooking, isDoubleBooking, moveBooking } from "./bookings.repo";

// The rules shared by every path that lists, places or moves a session (public booking, the
// booker's manage link, the coach's sessions page), so the slot list and the booking can never
// disagree: both see the coach's one schedule with one session type's rules, over the coach's
// active bookings of every type and the busy times of the coach's own calendars.

/** A coach's schedule and the session type being booked or moved. */
export interface SlotTarget {
  coach: StoredSchedule & { id: string };
  rules: SessionRules;
}

const rulesOf = (target: SlotTarget): AvailabilityRules => availabilityFor(storedSchedule(target.coach), target.rules);

/** The free slots of the type between two instants; `exceptBookingId` is the session being moved. */
export async function openSlots(
  db: TenantDb,
  target: SlotTarget,
  range: { from: Date; to: Date },
  now: Date,
  exceptBookingId?: string,
) {
  const [sessions, calendarBusy] = await Promise.all([
    activeBookingsAround(db, target.coach.id, range.from, range.to, exceptBookingId),
    calendarBusyAround(db, target.coach.id, range.from, range.to),
  ]);
  return freeSlotsAmong(target, { sessions, calendarBusy }, range, now);
}

/** What the coach holds around a range: the data openSlots reads, for callers that read it their own way. */
export interface CoachLoad {
  sessions: readonly BlockedSession[];
  calendarBusy: ExistingBooking[];
}

/** openSlots over a load already read (the public slot cache reads it in one statement with the coach). */
export function freeSlotsAmong(target: SlotTarget, load: CoachLoad, range: { from: Date; to: Date }, now: Date) {
  return computeAvailableSlots({
    rules: rulesOf(target),
    bookings: busyTimesFor(load.sessions, target.rules),
    calendarBusy: load.calendarBusy,
    from: range.from,
    to: range.to,
    now,
  });
}

const REFUSALS: Record<SlotRefusal, string> = {
  in_past: "That time has already passed. Pick another slot.",
  not_on_grid: "That start time is not offered. Pick one of the listed slots.",
  outside_hours: "That time is outside the coach's hours. Pick one of the listed slots.",
  too_soon: "That time is too soon to book. Pick a later slot.",
  beyond_horizon: "That time is too far ahead to book yet. Pick an earlier slot.",
  daily_limit: "The coach's day is fully booked. Pick another day.",
  conflict: "That time was just booked by someone else. Pick another slot.",
  calendar_busy: "The coach is no longer free at that time. Pick another slot.",
};

export const slotTaken = () => new AppError("CONFLICT", REFUSALS.conflict, { start: REFUSALS.conflict });

/**
 * The slot at `start`, with the range its type's buffers block. Throws a CONFLICT when the slot
 * was taken or the day is full (409), a BAD_REQUEST when it was never offered (422). Call it inside the transaction that then writes the booking: it
 * first takes the lock of the coach's local day, so concurrent bookings and moves onto that
 * day queue here, and each one counts the others towards the daily cap once they commit.
 */
export async function assertBookable(
  db: TenantDb,
  target: SlotTarget,
  start: Date,
  now: Date,
  exceptBookingId?: string,
) {
  // One lock per coach-local day whatever the type, since the daily cap counts every type.
  await db.$lock(`daily-cap:${target.coach.id}:${localDateOf(start, target.coach.timeZone)}`);
  // One after the other: inside the booking's transaction both share one connection.
  const sessions = await activeBookingsAround(db, target.coach.id, start, start, exceptBookingId);
  const calendarBusy = await calendarBusyAround(db, target.coach.id, start, start);
  const bookings = busyTimesFor(sessions, target.rules);
  const check = checkSlot({ rules: rulesOf(target), bookings, calendarBusy, start, now });
  if (check.ok) {
    const { bufferBeforeMinutes, bufferAfterMinutes } = target.rules;
    return {
      ...check.slot,
      ...blockedRange(check.slot.start, check.slot.end, bufferBeforeMinutes, bufferAfterMinutes),
    };
  }
  const message = REFUSALS[check.reason];
  if (check.reason === "conflict" || check.reason === "daily_limit" || check.reason === "calendar_busy")
    throw new AppError("CONFLICT", message, { start: message });
  throw new AppError("BAD_REQUEST", message, { start: message });
}

function enforceChangeable(booking: Booking, now: Date) {
  const policy = canChange(booking, now);
  if (!policy.ok) throw new AppError("CONFLICT", policy.reason);
}

/** Moves a session of `target.rules`'s type; the type's rules as they are now decide the new slot and its length. */
export async function rescheduleBooking(db: TenantDb, booking: Booking, target: SlotTarget, start: Date, now: Date) {
  enforceChangeable(booking, now);
  if (start.getTime() === booking.startAt.getTime()) return booking;
  const slot = await assertBookable(db, target, start, now, booking.id);
  let moved: Booking;
  try {
    moved = await moveBooking(db, booking.id, {
      startAt: slot.start,
      endAt: slot.end,
      blockedFrom: slot.blockedFrom,
      blockedUntil: slot.blockedUntil,
    });
  } catch (error) {
    if (isDoubleBooking(error)) throw slotTaken();
    throw error;
  }
  await queueSessionCopy(db, moved);
  return moved;
}

export async function cancelBookingBy(
  db: TenantDb,
  booking: Booking,
  by: "booker" | "coach",
  reason: string | null,
  now: Date,
) {
  enforceChangeable(booking, now);
  const cancelled = await cancelBooking(db, booking.id, { cancelledBy: by, cancelReason: reason, at: now });
  await queueSessionCopy(db, booking);
  return cancelled;
}
