import type { z } from "zod";
import { env } from "~/env";
import { instantRangeOfLocalDates } from "~/lib/time-zones";
import { computeAvailableSlots, storedAvailabilityRules } from "~/modules/scheduling/domain/availability";
import { tenantDb, type TenantDb } from "~/server/db/tenant";
import { AppError } from "~/server/errors";
import { blockedRange } from "../domain/booking-policy";
import { manageTokenFor, manageTokenMatches, newBookingUid } from "../domain/manage-token";
import { hashManageToken } from "../domain/manage-token";
import type { createBookingInput, slotsQuery } from "../schemas";
import { assertBookable, cancelBookingBy, rescheduleBooking, slotTaken } from "./booking-changes";
import { manageUrlOf, queueBookingEmails } from "./booking-notifications";
import {
  activeBookingsAround,
  findBookingByIdempotencyKey,
  findConfirmedDuplicate,
  insertBooking,
  isDoubleBooking,
  isUniqueViolation,
  upsertLeadClient,
} from "./bookings.repo";
import { findBookableCoach, findBookingByUid, findPracticeWithBookableCoaches } from "./public-booking.repo";

// What anyone on the internet may do: list a coach's free slots, book one, and — with
// the secret from the manage link — see, cancel or move that booking.

const coachNotFound = () => new AppError("NOT_FOUND", "There is no booking page at that address.");
const bookingNotFound = () => new AppError("NOT_FOUND", "That booking was not found. Check the link in your email.");

export async function getPublicPractice(practiceSlug: string) {
  const practice = await findPracticeWithBookableCoaches(practiceSlug);
  if (!practice) throw new AppError("NOT_FOUND", "There is no practice at that address.");
  return practice;
}

export async function getPublicCoach(practiceSlug: string, coachSlug: string) {
  const coach = await findBookableCoach(practiceSlug, coachSlug);
  if (!coach) throw coachNotFound();
  return coach;
}

export async function listPublicSlots(
  practiceSlug: string,
  coachSlug: string,
  query: z.infer<typeof slotsQuery>,
  now: Date,
) {
  const coach = await getPublicCoach(practiceSlug, coachSlug);
  const { start, end } = instantRangeOfLocalDates(query.from, query.to, query.timeZone);
  const bookings = await activeBookingsAround(tenantDb(coach.practiceId), coach.id, start, end);
  const slots = computeAvailableSlots({ rules: storedAvailabilityRules(coach), bookings, from: start, to: end, now });
  return { timeZone: query.timeZone, durationMinutes: coach.sessionMinutes, slots };
}

type BookingRow = Awaited<ReturnType<typeof insertBooking>>;

const present = (booking: BookingRow) => ({
  booking,
  manageToken: manageTokenFor(booking.uid, env.AUTH_SECRET),
  manageUrl: manageUrlOf(booking.uid),
});

async function earlierIdenticalRequest(
  db: TenantDb,
  coachId: string,
  input: { email: string; start: Date },
  key?: string,
) {
  return (
    (key ? await findBookingByIdempotencyKey(db, coachId, key) : null) ??
    (await findConfirmedDuplicate(db, coachId, input.email, input.start))
  );
}

/**
 * Books a discovery session. A retried request (same Idempotency-Key, or the same email,
 * coach and start) returns the booking it already made, with `created: false`. The
 * database's exclusion constraint settles races: of two requests for one slot, one wins.
 */
export async function bookDiscoverySession(
  input: z.infer<typeof createBookingInput>,
  options: { idempotencyKey?: string; now: Date },
) {
  const coach = await getPublicCoach(input.practiceSlug, input.coachSlug);
  const db = tenantDb(coach.practiceId);
  const start = new Date(input.start);
  const earlier = await earlierIdenticalRequest(db, coach.id, { email: input.email, start }, options.idempotencyKey);
  if (earlier) return { ...present(earlier), created: false };

  const slot = await assertBookable(db, coach, start, options.now);
  const uid = newBookingUid();
  let booking: BookingRow;
  try {
    booking = await db.$transaction(async (tx) => {
      const client = await upsertLeadClient(tx, {
        email: input.email,
        name: input.name,
        timeZone: input.timeZone,
        coachProfileId: coach.id,
      });
      const created = await insertBooking(tx, {
        uid,
        coachProfileId: coach.id,
        clientId: client.id,
        startAt: slot.start,
        endAt: slot.end,
        ...blockedRange(slot.start, slot.end, coach.bufferBeforeMinutes, coach.bufferAfterMinutes),
        bookerName: input.name,
        bookerEmail: input.email,
        bookerTimeZone: input.timeZone,
        answers: input.answers,
        manageTokenHash: hashManageToken(manageTokenFor(uid, env.AUTH_SECRET)),
        idempotencyKey: options.idempotencyKey ?? null,
      });
      await tx.auditEvent.create({
        data: {
          practiceId: coach.practiceId,
          action: "bookings.create",
          targetType: "booking",
          targetId: created.id,
          data: { coachProfileId: coach.id, start: slot.start.toISOString(), via: "public" },
        },
      });
      await queueBookingEmails(tx, "confirmed", created, coach, { now: options.now });
      return created;
    });
  } catch (error) {
    if (isDoubleBooking(error) || isUniqueViolation(error)) {
      const winner = await earlierIdenticalRequest(db, coach.id, { email: input.email, start }, options.idempotencyKey);
      if (winner) return { ...present(winner), created: false };
      throw slotTaken();
    }
    throw error;
  }
  return { ...present(booking), created: true };
}

/** The booking behind a manage link; a wrong token is indistinguishable from an unknown uid. */
export async function findManagedBooking(uid: string, token: string) {
  const booking = await findBookingByUid(uid);
  if (!booking || !manageTokenMatches(token, booking.manageTokenHash)) throw bookingNotFound();
  return booking;
}

export async function cancelByBooker(uid: string, token: string, reason: string | null, now: Date) {
  const booking = await findManagedBooking(uid, token);
  return tenantDb(booking.practiceId).$transaction(async (tx) => {
    const cancelled = await cancelBookingBy(tx, booking, "booker", reason, now);
    await audit(tx, "bookings.cancel", booking.id, { by: "booker" });
    await queueBookingEmails(tx, "cancelled", cancelled, booking.coach, { now, message: reason });
    return cancelled;
  });
}

export async function rescheduleByBooker(uid: string, token: string, start: Date, now: Date) {
  const booking = await findManagedBooking(uid, token);
  return tenantDb(booking.practiceId).$transaction(async (tx) => {
    const moved = await rescheduleBooking(tx, booking, booking.coach, start, now);
    if (moved.startAt.getTime() !== booking.startAt.getTime()) {
      await audit(tx, "bookings.reschedule", booking.id, {
        by: "booker",
        from: booking.startAt.toISOString(),
        to: moved.startAt.toISOString(),
      });
      await queueBookingEmails(tx, "rescheduled", moved, booking.coach, { now, previousStartAt: booking.startAt });
    }
    return moved;
  });
}

function audit(db: TenantDb, action: string, bookingId: string, data: Record<string, string>) {
  return db.auditEvent.create({
    data: { practiceId: db.practiceId, action, targetType: "booking", targetId: bookingId, data },
  });
}
