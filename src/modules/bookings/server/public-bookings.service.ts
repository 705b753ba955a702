import type { z } from "zod";
import { env } from "~/env";
import { standingOf } from "~/lib/plan-standing";
import { instantRangeOfLocalDates } from "~/lib/time-zones";
import { computeAvailableSlots, storedAvailabilityRules } from "~/modules/scheduling/domain/availability";
import { writeAuditEvent } from "~/server/audit/audit-log";
import type { Booking } from "~/server/db/client";
import { isUniqueViolation } from "~/server/db/errors";
import type { TenantDb } from "~/server/db/tenant";
import { AppError } from "~/server/errors";
import { blockedRange, canChange } from "../domain/booking-policy";
import { hashManageToken, manageTokenFor, manageTokenMatches, newBookingUid } from "../domain/manage-token";
import { INTAKE_QUESTIONS, type createBookingInput, type slotsQuery } from "../schemas";
import { assertBookable, cancelBookingBy, rescheduleBooking, slotTaken } from "./booking-changes";
import { manageUrlOf, queueBookingEmails, queueManageLinkAgain } from "./booking-notifications";
import {
  activeBookingsAround,
  countBookingsOfClientSince,
  findBookingByIdempotencyKey,
  findConfirmedDuplicate,
  findOrCreateLeadClient,
  insertBooking,
  isDoubleBooking,
} from "./bookings.repo";
import {
  findBookableCoach,
  findBookingByUid,
  findPracticeWithBookableCoaches,
  practiceDataOf,
} from "./public-booking.system.repo";
import { bookingNotFound } from "./manage-link";

// What anyone on the internet may do: list a coach's free slots, book one, and — with
// the secret from the manage link — see, cancel or move that booking.

const coachNotFound = () => new AppError("NOT_FOUND", "There is no booking page at that address.");

export const ALREADY_BOOKED = "You already have this session; we've emailed your link again.";
const KEY_REUSED =
  "This Idempotency-Key was already used for a different booking request. Send a new key with each new booking.";
export const MAX_BOOKINGS_PER_EMAIL_PER_DAY = 3;
const DAY_MS = 86_400_000;

/** What visitors read while a practice takes no new bookings; it says nothing of why. */
export const bookingsPausedMessage = (practiceName: string) =>
  `${practiceName} isn't taking new bookings online at the moment. Please check back soon.`;

/** Moving a session is a new booking of a slot; cancelling it stays open. */
export const reschedulePausedMessage = (practiceName: string) =>
  `${bookingsPausedMessage(practiceName)} You can still cancel your session.`;

/** Splits the plan's status off a practice card: pages get the card and whether it takes new bookings. */
function publicCard<Card extends { subscription: { status: string | null } | null }>({ subscription, ...card }: Card) {
  return { card, takingNewBookings: standingOf(subscription).access !== "read_only" };
}

export async function getPublicPractice(practiceSlug: string) {
  const practice = await findPracticeWithBookableCoaches(practiceSlug);
  if (!practice) throw new AppError("NOT_FOUND", "There is no practice at that address.");
  const { card, takingNewBookings } = publicCard(practice);
  return { ...card, takingNewBookings };
}

export async function getPublicCoach(practiceSlug: string, coachSlug: string) {
  const coach = await findBookableCoach(practiceSlug, coachSlug);
  if (!coach) throw coachNotFound();
  const { card, takingNewBookings } = publicCard(coach.practice);
  return { ...coach, practice: card, takingNewBookings };
}

type PublicCoach = Awaited<ReturnType<typeof getPublicCoach>>;

function assertTakingNewBookings(coach: PublicCoach) {
  if (!coach.takingNewBookings) throw new AppError("FORBIDDEN", bookingsPausedMessage(coach.practice.name));
}

export async function listPublicSlots(
  practiceSlug: string,
  coachSlug: string,
  query: z.infer<typeof slotsQuery>,
  now: Date,
) {
  const coach = await getPublicCoach(practiceSlug, coachSlug);
  assertTakingNewBookings(coach);
  const { start, end } = instantRangeOfLocalDates(query.from, query.to, query.timeZone);
  const bookings = await activeBookingsAround(practiceDataOf(coach), coach.id, start, end);
  const slots = computeAvailableSlots({ rules: storedAvailabilityRules(coach), bookings, from: start, to: end, now });
  return { timeZone: query.timeZone, durationMinutes: coach.sessionMinutes, slots };
}

type BookingRequest = z.infer<typeof createBookingInput>;
interface BookingOptions {
  idempotencyKey?: string;
  now: Date;
}

const present = (booking: Booking) => ({
  booking,
  manageToken: manageTokenFor(booking.uid, env.AUTH_SECRET),
  manageUrl: manageUrlOf(booking.uid),
});

/** Every choice a booker makes in a request, in one comparable form (keys are looked up per coach, so not the slugs). */
function requestFingerprint(request: { start: Date; name: string; email: string; timeZone: string; answers: unknown }) {
  const answers = (request.answers ?? {}) as Record<string, unknown>;
  const answered = Object.keys(INTAKE_QUESTIONS).map((key) => answers[key] ?? "");
  return JSON.stringify([request.start.toISOString(), request.name, request.email, request.timeZone, answered]);
}

/** The booking row holds what its request chose, so a replay is compared with the row itself. */
const isReplayOf = (booking: Booking, input: BookingRequest) =>
  requestFingerprint({ ...input, start: new Date(input.start) }) ===
  requestFingerprint({
    start: booking.startAt,
    name: booking.bookerName,
    email: booking.bookerEmail,
    timeZone: booking.bookerTimeZone,
    answers: booking.answers,
  });

/**
 * The answer to a request that repeats an earlier one, or null for a new one. Taken slots show
 * as gaps in the public list, so anyone could guess whose email made one: the manage link is
 * handed back only to an exact replay (same Idempotency-Key, same body). A key reused with a
 * different body is refused, and a second request for a session the address already has gets
 * a 409 while the link goes to that address by email (at most one a window, see
 * queueManageLinkAgain), never into the response.
 */
async function answerRepeatedRequest(db: TenantDb, coach: PublicCoach, input: BookingRequest, options: BookingOptions) {
  if (options.idempotencyKey) {
    const byKey = await findBookingByIdempotencyKey(db, coach.id, options.idempotencyKey);
    if (byKey) {
      if (!isReplayOf(byKey, input)) throw new AppError("BAD_REQUEST", KEY_REUSED);
      return { ...present(byKey), created: false };
    }
  }
  const duplicate = await findConfirmedDuplicate(db, coach.id, input.email, new Date(input.start));
  if (!duplicate) return null;
  await queueManageLinkAgain(db, duplicate, coach, options.now);
  throw new AppError("CONFLICT", ALREADY_BOOKED);
}

/**
 * Books a discovery session (see answerRepeatedRequest for repeats). The checks run inside
 * the booking's transaction under locks, so concurrent requests queue and count each other:
 * the address's bookings in the last day, then the coach's daily cap (assertBookable). The
 * database's exclusion constraint is the last word on overlaps.
 */
export async function bookDiscoverySession(input: BookingRequest, options: BookingOptions) {
  const coach = await getPublicCoach(input.practiceSlug, input.coachSlug);
  const db = practiceDataOf(coach);
  const repeated = await answerRepeatedRequest(db, coach, input, options);
  if (repeated) return repeated;
  assertTakingNewBookings(coach);
  try {
    const booking = await db.$transaction((tx) => insertNewBooking(tx, coach, input, options));
    return { ...present(booking), created: true };
  } catch (error) {
    const lostRace =
      isDoubleBooking(error) || isUniqueViolation(error) || (error instanceof AppError && error.code === "CONFLICT");
    if (!lostRace) throw error;
    // A request that committed first may have been this very one (a retry, a double submit).
    const earlier = await answerRepeatedRequest(db, coach, input, options);
    if (earlier) return earlier;
    throw error instanceof AppError ? error : slotTaken();
  }
}

async function insertNewBooking(tx: TenantDb, coach: PublicCoach, input: BookingRequest, options: BookingOptions) {
  const { now } = options;
  await tx.$lock(`bookings-by-email:${input.email}`);
  const client = await findOrCreateLeadClient(tx, {
    email: input.email,
    name: input.name,
    timeZone: input.timeZone,
    coachProfileId: coach.id,
  });
  const recent = await countBookingsOfClientSince(tx, client.id, new Date(now.getTime() - DAY_MS));
  if (recent >= MAX_BOOKINGS_PER_EMAIL_PER_DAY) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `This email address has booked ${MAX_BOOKINGS_PER_EMAIL_PER_DAY} sessions with ${coach.practice.name} in the last 24 hours. Please try again tomorrow.`,
    );
  }
  const slot = await assertBookable(tx, coach, new Date(input.start), now);
  const uid = newBookingUid();
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
    createdAt: now,
  });
  await audit(tx, "bookings.create", created.id, { coachProfileId: coach.id, start: slot.start, via: "PUBLIC" });
  await queueBookingEmails(tx, "confirmed", created, coach, { now });
  return created;
}

/** The booking behind a manage link; a wrong token is indistinguishable from an unknown uid. */
export async function findManagedBooking(uid: string, token: string) {
  const booking = await findBookingByUid(uid);
  if (!booking || !manageTokenMatches(token, booking.manageTokenHash)) throw bookingNotFound();
  const { card, takingNewBookings } = publicCard(booking.coach.practice);
  return { ...booking, coach: { ...booking.coach, practice: card }, takingNewBookings };
}

export async function cancelByBooker(uid: string, token: string, reason: string | null, now: Date) {
  const booking = await findManagedBooking(uid, token);
  return practiceDataOf(booking).$transaction(async (tx) => {
    const cancelled = await cancelBookingBy(tx, booking, "booker", reason, now);
    await audit(tx, "bookings.cancel", booking.id, { by: "BOOKER" });
    await queueBookingEmails(tx, "cancelled", cancelled, booking.coach, { now, message: reason });
    return cancelled;
  });
}

export async function rescheduleByBooker(uid: string, token: string, start: Date, now: Date) {
  const booking = await findManagedBooking(uid, token);
  // Only a session that could otherwise move hears why it cannot (the rest hear canChange's reason).
  if (!booking.takingNewBookings && canChange(booking, now).ok) {
    throw new AppError("FORBIDDEN", reschedulePausedMessage(booking.coach.practice.name));
  }
  return practiceDataOf(booking).$transaction(async (tx) => {
    const moved = await rescheduleBooking(tx, booking, booking.coach, start, now);
    if (moved.startAt.getTime() !== booking.startAt.getTime()) {
      await audit(tx, "bookings.reschedule", booking.id, { by: "BOOKER", from: booking.startAt, to: moved.startAt });
      await queueBookingEmails(tx, "rescheduled", moved, booking.coach, { now, previousStartAt: booking.startAt });
    }
    return moved;
  });
}

/** A booker has no account, so these rows name no actor. */
function audit(db: TenantDb, action: string, bookingId: string, facts: Record<string, string | Date>) {
  return writeAuditEvent(db, {
    practiceId: db.practiceId,
    actorUserId: null,
    action,
    target: { type: "booking", id: bookingId },
    facts,
  });
}
