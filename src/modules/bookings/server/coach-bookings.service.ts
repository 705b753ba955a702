import type { z } from "zod";
import { instantRangeOfLocalDates } from "~/lib/time-zones";
import { computeAvailableSlots, storedAvailabilityRules } from "~/modules/scheduling/domain/availability";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { canRecordOutcome } from "../domain/booking-policy";
import type {
  coachCancelInput,
  coachRescheduleInput,
  outcomeInput,
  rescheduleSlotsInput,
  sessionListInput,
} from "../schemas";
import { cancelBookingBy, rescheduleBooking } from "./booking-changes";
import { queueBookingEmails } from "./booking-notifications";
import * as repo from "./bookings.repo";

// The coach's side of bookings. A coach sees and changes only sessions on their own
// calendar; owners and admins see every coach's (ctx.visible.bookings). Anything else is NOT_FOUND.

async function bookingForStaff(ctx: TenantContext, bookingId: string) {
  const booking = await repo.findBookingWithCoachDetails(ctx.db, ctx.visible.bookings, bookingId);
  if (!booking) throw notFound("That session");
  return booking;
}

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
  await queueBookingEmails(ctx.db, "cancelled", cancelled, booking.coach, {
    now: ctx.clock.now(),
    message: input.message,
  });
  return { id: cancelled.id, status: cancelled.status };
}

export async function rescheduleSession(ctx: TenantContext, input: z.infer<typeof coachRescheduleInput>) {
  const booking = await bookingForStaff(ctx, input.bookingId);
  const moved = await rescheduleBooking(ctx.db, booking, booking.coach, new Date(input.start), ctx.clock.now());
  if (moved.startAt.getTime() !== booking.startAt.getTime()) {
    await queueBookingEmails(ctx.db, "rescheduled", moved, booking.coach, {
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

/** Free slots of the session's coach, as if this session were not on the calendar. */
export async function slotsForReschedule(ctx: TenantContext, input: z.infer<typeof rescheduleSlotsInput>) {
  const booking = await bookingForStaff(ctx, input.bookingId);
  const { start, end } = instantRangeOfLocalDates(input.from, input.to, input.timeZone);
  const bookings = await repo.activeBookingsAround(ctx.db, booking.coachProfileId, start, end, booking.id);
  const now = ctx.clock.now();
  return computeAvailableSlots({ rules: storedAvailabilityRules(booking.coach), bookings, from: start, to: end, now });
}

export async function listClients(ctx: TenantContext) {
  const clients = await repo.listClients(ctx.db, ctx.visible.clients, ctx.clock.now());
  return clients.map(({ bookings, ...client }) => ({ ...client, nextSessionAt: bookings[0]?.startAt ?? null }));
}
