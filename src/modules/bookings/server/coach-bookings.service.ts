import type { z } from "zod";
import { instantRangeOfLocalDates } from "~/lib/time-zones";
import { storedSessionType } from "~/modules/scheduling/domain/session-types";
import type { TenantContext } from "~/server/api/tenant-context";
import type { Booking } from "~/server/db/client";
import { AppError, notFound } from "~/server/errors";
import { canRecordOutcome } from "../domain/booking-policy";
import type {
  coachCancelInput,
  coachRescheduleInput,
  outcomeInput,
  rescheduleSlotsInput,
  sessionListInput,
} from "../schemas";
import { cancelBookingBy, openSlots, rescheduleBooking } from "./booking-changes";
import { queueBookingEmails } from "./booking-notifications";
import * as repo from "./bookings.repo";

// The coach's side of bookings. A coach sees and changes only sessions on their own
// calendar; owners and admins see every coach's (ctx.visible.bookings). Anything else is NOT_FOUND.
// A session type's change window binds the booker only: the coach may always move or cancel.

async function bookingForStaff(ctx: TenantContext, bookingId: string) {
  const found = await repo.findBookingWithCoachDetails(ctx.db, ctx.visible.bookings, bookingId);
  if (!found) throw notFound("That session");
  const { sessionType, ...booking } = found;
  return { ...booking, sessionType: storedSessionType(sessionType) };
}

/** What the emails about a change say: the booking as it now is, with the coach and type it was loaded with. */
const sessionOf = (loaded: Awaited<ReturnType<typeof bookingForStaff>>, changed: Booking) => ({
  booking: changed,
  coach: loaded.coach,
  type: loaded.sessionType,
});

export async function listSessions(ctx: TenantContext, input: z.infer<typeof sessionListInput>) {
  const rows = await repo.listSessions(ctx.db, ctx.visible.bookings, {
    scope: input.scope,
    coachProfileId: input.coachProfileId,
    cursor: input.cursor,
    limit: input.limit,
    now: ctx.clock.now(),
  });
  const hasMore = rows.length > input.limit;
  const items = hasMore ? rows.slice(0, input.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export async function cancelSession(ctx: TenantContext, input: z.infer<typeof coachCancelInput>) {
  const booking = await bookingForStaff(ctx, input.bookingId);
  const cancelled = await cancelBookingBy(ctx.db, booking, "coach", input.message ?? null, ctx.clock.now());
  await queueBookingEmails(ctx.db, "cancelled", sessionOf(booking, cancelled), {
    now: ctx.clock.now(),
    message: input.message,
  });
  return { id: cancelled.id, status: cancelled.status };
}

export async function rescheduleSession(ctx: TenantContext, input: z.infer<typeof coachRescheduleInput>) {
  const booking = await bookingForStaff(ctx, input.bookingId);
  const target = { coach: booking.coach, rules: booking.sessionType.rules };
  const moved = await rescheduleBooking(ctx.db, booking, target, new Date(input.start), ctx.clock.now());
  if (moved.startAt.getTime() !== booking.startAt.getTime()) {
    await queueBookingEmails(ctx.db, "rescheduled", sessionOf(booking, moved), {
      now: ctx.clock.now(),
      previousStartAt: booking.startAt,
      message: input.message,
    });
  }
  return { id: moved.id, startAt: moved.startAt };
}

export async function recordOutcome(ctx: TenantContext, input: z.infer<typeof outcomeInput>) {
  const booking = await bookingForStaff(ctx, input.bookingId);
  const policy = canRecordOutcome(booking, ctx.clock.now());
  if (!policy.ok) throw new AppError("CONFLICT", policy.reason);
  const updated = await repo.setBookingStatus(ctx.db, booking.id, input.outcome);
  return { id: updated.id, status: updated.status };
}

/** Free slots of the session's type with its coach, as if this session were not on the calendar. */
export async function slotsForReschedule(ctx: TenantContext, input: z.infer<typeof rescheduleSlotsInput>) {
  const booking = await bookingForStaff(ctx, input.bookingId);
  const { start, end } = instantRangeOfLocalDates(input.from, input.to, input.timeZone);
  const target = { coach: booking.coach, rules: booking.sessionType.rules };
  return openSlots(ctx.db, target, { from: start, to: end }, ctx.clock.now(), booking.id);
}
