import { timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { env } from "~/env";
import { standingOf } from "~/lib/plan-standing";
import { instantRangeOfLocalDates } from "~/lib/time-zones";
import { bookerLocaleOf } from "~/lib/viewer-locale";
import {
  storedSessionType,
  type IntakeAnswer,
  type SessionTypeDefinition,
  type StoredSessionTypeRow,
} from "~/modules/scheduling/domain/session-types";
import { writeAuditEvent } from "~/server/audit/audit-log";
import type { Booking } from "~/server/db/client";
import { isUniqueViolation } from "~/server/db/errors";
import type { TenantDb } from "~/server/db/tenant";
import { AppError } from "~/server/errors";
import { bookerCanChange } from "../domain/booking-policy";
import { checkIntakeAnswers, LEGACY_DISCOVERY_KEYS } from "../domain/intake-answers";
import { manageTokenFor, manageTokenMatches } from "../domain/manage-token";
import { intakeAnswers, type createBookingInput, type slotsQuery } from "../schemas";
import { cancelBookingBy, freeSlotsAmong, rescheduleBooking, slotTaken, type CoachLoad } from "./booking-changes";
import { manageUrlOf, queueBookingEmails, queueManageLinkAgain } from "./booking-notifications";
import {
  countBookingsOfClientSince,
  findBookingByIdempotencyKey,
  findConfirmedDuplicate,
  findOrCreateLeadClient,
  isDoubleBooking,
} from "./bookings.repo";
import {
  findBookableCoach,
  findBookableCoachHead,
  findBookingByUid,
  findCoachLoad,
  findPracticeWithBookableCoaches,
  practiceDataOf,
  type BookableCoachHead,
  type CoachSchedule,
  type InstantWindow,
} from "./public-booking.system.repo";
import { SlotCache } from "./slot-cache";
import { bookingNotFound } from "./manage-link";
import { insertCheckedBooking } from "./session-placement";

// What anyone on the internet may do: list a coach's free slots for one of their session types,
// book one, and — with the secret from the manage link — see, cancel or move that booking.

const coachNotFound = () => new AppError("NOT_FOUND", "There is no booking page at that address.");
/** An unknown type, a clients-only one and a secret link with the wrong token all read the same. */
const sessionTypeNotFound = () =>
  new AppError("NOT_FOUND", "That session is not offered at this address. Check the link you followed.");

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

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * A session type as the public side sees it. The secret of a LINK type stays here: the type only answers whether a
 * visitor holding some token may book it, so no page or response can hand the secret out by accident.
 */
export interface OfferedSessionType extends SessionTypeDefinition {
  bookableWith(token: string | undefined): boolean;
}

function offered(row: StoredSessionTypeRow & { linkToken: string | null }): OfferedSessionType {
  const { linkToken } = row;
  return {
    ...storedSessionType(row),
    bookableWith: (token) =>
      row.visibility === "PUBLIC" ||
      (row.visibility === "LINK" && linkToken !== null && token !== undefined && sameSecret(token, linkToken)),
  };
}

/** The coach's schedule as the public side uses it, parsed once per schedule version. */
type OfferedSchedule = Omit<CoachSchedule, "sessionTypes"> & { sessionTypes: OfferedSessionType[] };

const scheduleCache = new SlotCache<OfferedSchedule>({ schedules: 2_000, slots: 200_000 });

function offeredSchedule(coach: CoachSchedule): OfferedSchedule {
  const { slug, displayName, headline, timeZone, weeklyHours, dateOverrides, sessionTypes } = coach;
  return { slug, displayName, headline, timeZone, weeklyHours, dateOverrides, sessionTypes: sessionTypes.map(offered) };
}

/** The coach as of their schedule version; the practice's card and plan are always as just read. */
function publicCoachOf({ practice, ...head }: BookableCoachHead, schedule: OfferedSchedule) {
  const { card, takingNewBookings } = publicCard(practice);
  return { ...head, ...schedule, practice: card, takingNewBookings };
}

export type PublicCoach = ReturnType<typeof publicCoachOf>;

/** The coach in one statement, with their sessions and busy times around `window` when one is given. */
async function readPublicCoach(practiceSlug: string, coachSlug: string, window?: InstantWindow) {
  const found = await findBookableCoach(practiceSlug, coachSlug, window);
  if (!found) throw coachNotFound();
  const schedule = offeredSchedule(found.coach);
  scheduleCache.rememberSchedule(found.coach.id, found.coach.scheduleVersion, schedule);
  return { coach: publicCoachOf(found.coach, schedule), load: found.load };
}

export async function getPublicCoach(practiceSlug: string, coachSlug: string) {
  return (await readPublicCoach(practiceSlug, coachSlug)).coach;
}

/** The types listed on the coach's booking page; clients-only and secret-link ones are not. */
export const listedSessionTypes = (coach: PublicCoach) =>
  coach.sessionTypes.filter((type) => type.visibility === "PUBLIC");

/** Which session type a request names: its slug, or none for the coach's discovery session. */
interface SessionTypeChoice {
  sessionType?: string;
  sessionTypeToken?: string;
}

export function chosenSessionType(coach: PublicCoach, choice: SessionTypeChoice): OfferedSessionType {
  const type = coach.sessionTypes.find((candidate) =>
    choice.sessionType === undefined ? candidate.kind === "DISCOVERY" : candidate.slug === choice.sessionType,
  );
  if (!type?.bookableWith(choice.sessionTypeToken)) throw sessionTypeNotFound();
  return type;
}

function assertTakingNewBookings(coach: PublicCoach) {
  if (!coach.takingNewBookings) throw new AppError("FORBIDDEN", bookingsPausedMessage(coach.practice.name));
}

type SlotsQuery = z.infer<typeof slotsQuery>;

const windowOf = (query: SlotsQuery): InstantWindow => {
  const { start, end } = instantRangeOfLocalDates(query.from, query.to, query.timeZone);
  return { from: start, to: end };
};

/**
 * The free slots of one of the coach's types for the dates asked, in the zone asked: from the cache when the coach's
 * schedule version has a list for them, else computed from `load` (or the coach's load read in one statement).
 */
export async function slotsOf(
  coach: PublicCoach,
  type: SessionTypeDefinition,
  query: SlotsQuery,
  now: Date,
  load?: CoachLoad | null,
) {
  assertTakingNewBookings(coach);
  const window = windowOf(query);
  const key = { coachId: coach.id, scheduleVersion: coach.scheduleVersion, sessionTypeId: type.id, ...window };
  let slots = scheduleCache.slots(key, now);
  if (!slots) {
    const target = { coach, rules: type.rules };
    slots = freeSlotsAmong(target, load ?? (await findCoachLoad(coach.id, window)), window, now);
    scheduleCache.rememberSlots(key, slots, now, type.rules);
  }
  return { timeZone: query.timeZone, durationMinutes: type.rules.durationMinutes, slots };
}

/**
 * The slots endpoint: one indexed statement for the coach and their schedule version when the cache holds their
 * schedule and the list, and one more for whatever it misses (the coach with the load around the window).
 */
export async function listPublicSlots(practiceSlug: string, coachSlug: string, query: SlotsQuery, now: Date) {
  const head = await findBookableCoachHead(practiceSlug, coachSlug);
  if (!head) throw coachNotFound();
  const schedule = scheduleCache.schedule(head.id, head.scheduleVersion);
  const { coach, load } = schedule
    ? { coach: publicCoachOf(head, schedule), load: null }
    : await readPublicCoach(practiceSlug, coachSlug, windowOf(query));
  const type = chosenSessionType(coach, query);
  return { ...(await slotsOf(coach, type, query, now, load)), sessionType: type };
}

type BookingRequest = z.infer<typeof createBookingInput>;
interface BookingOptions {
  idempotencyKey?: string;
  /** The language the booker's browser asks for (its Accept-Language), so their letters read as their clock does. */
  acceptLanguage?: string | null;
  now: Date;
}

/** What the booker told us, checked against the type: its questions' answers, and a number if the coach calls. */
interface BookerDetails {
  answers: IntakeAnswer[];
  phone: string | null;
}

function bookerDetailsFor(type: SessionTypeDefinition, input: BookingRequest): BookerDetails {
  const tolerated = type.kind === "DISCOVERY" ? LEGACY_DISCOVERY_KEYS : undefined;
  const checked = checkIntakeAnswers(type.intakeQuestions, input.answers, tolerated);
  const fields = checked.ok ? {} : { ...checked.fields };
  const needsPhone = type.location.kind === "PHONE_BOOKER";
  if (needsPhone && !input.phone) fields.phone = "Enter the number your coach should call.";
  if (!checked.ok || fields.phone) {
    throw new AppError("BAD_REQUEST", Object.values(fields)[0] ?? "Some answers are not valid.", fields);
  }
  return { answers: checked.answers, phone: needsPhone ? (input.phone ?? null) : null };
}

const present = (booking: Booking, { coach, type }: Pick<BookingAttempt, "coach" | "type">) => ({
  booking,
  coach,
  sessionType: type,
  manageToken: manageTokenFor(booking.uid, env.AUTH_SECRET),
  manageUrl: manageUrlOf(booking.uid),
});

/** Every choice a booker makes in a request, in one comparable form (keys are looked up per coach, so not the slugs). */
function requestFingerprint(request: {
  start: Date;
  name: string;
  email: string;
  timeZone: string;
  sessionTypeId: string;
  phone: string | null;
  answers: Array<{ id: string; answer: string }>;
}) {
  const answered = request.answers.map((item) => [item.id, item.answer]);
  return JSON.stringify([
    request.start.toISOString(),
    request.name,
    request.email,
    request.timeZone,
    request.sessionTypeId,
    request.phone,
    answered,
  ]);
}

/** The booking row holds what its request chose, so a replay is compared with the row itself. */
const isReplayOf = (booking: Booking, input: BookingRequest, type: SessionTypeDefinition, details: BookerDetails) =>
  requestFingerprint({ ...input, start: new Date(input.start), sessionTypeId: type.id, ...details }) ===
  requestFingerprint({
    start: booking.startAt,
    name: booking.bookerName,
    email: booking.bookerEmail,
    timeZone: booking.bookerTimeZone,
    sessionTypeId: booking.sessionTypeId,
    phone: booking.bookerPhone,
    answers: intakeAnswers(booking.answers).map((item) => ({ id: item.key, answer: item.answer })),
  });

interface BookingAttempt {
  coach: PublicCoach;
  type: OfferedSessionType;
  input: BookingRequest;
  details: BookerDetails;
  options: BookingOptions;
}

/**
 * The answer to a request that repeats an earlier one, or null for a new one. Taken slots show
 * as gaps in the public list, so anyone could guess whose email made one: the manage link is
 * handed back only to an exact replay (same Idempotency-Key, same body). A key reused with a
 * different body is refused, and a second request for a session the address already has gets
 * a 409 while the link goes to that address by email (at most one a window, see
 * queueManageLinkAgain), never into the response.
 */
async function answerRepeatedRequest(db: TenantDb, attempt: BookingAttempt) {
  const { coach, type, input, details, options } = attempt;
  if (options.idempotencyKey) {
    const byKey = await findBookingByIdempotencyKey(db, coach.id, options.idempotencyKey);
    if (byKey) {
      if (!isReplayOf(byKey, input, type, details)) throw new AppError("BAD_REQUEST", KEY_REUSED);
      return { ...present(byKey, attempt), created: false };
    }
  }
  const duplicate = await findConfirmedDuplicate(db, coach.id, input.email, new Date(input.start));
  if (!duplicate) return null;
  const { sessionType, ...booking } = duplicate;
  await queueManageLinkAgain(db, { booking, coach, type: storedSessionType(sessionType) }, options.now);
  throw new AppError("CONFLICT", ALREADY_BOOKED);
}

/**
 * Books a session of one of the coach's public or secret-link types (see answerRepeatedRequest
 * for repeats). The checks run inside the booking's transaction under locks, so concurrent
 * requests queue and count each other: the address's bookings in the last day, then the coach's
 * daily cap over every type (assertBookable). The database's exclusion constraint over all the
 * coach's sessions is the last word on overlaps.
 */
export async function bookPublicSession(input: BookingRequest, options: BookingOptions) {
  const coach = await getPublicCoach(input.practiceSlug, input.coachSlug);
  const type = chosenSessionType(coach, input);
  const attempt: BookingAttempt = { coach, type, input, details: bookerDetailsFor(type, input), options };
  const db = practiceDataOf(coach);
  const repeated = await answerRepeatedRequest(db, attempt);
  if (repeated) return repeated;
  assertTakingNewBookings(coach);
  try {
    const booking = await db.$transaction((tx) => insertNewBooking(tx, attempt));
    return { ...present(booking, attempt), created: true };
  } catch (error) {
    const lostRace =
      isDoubleBooking(error) || isUniqueViolation(error) || (error instanceof AppError && error.code === "CONFLICT");
    if (!lostRace) throw error;
    // A request that committed first may have been this very one (a retry, a double submit).
    const earlier = await answerRepeatedRequest(db, attempt);
    if (earlier) return earlier;
    throw error instanceof AppError ? error : slotTaken();
  }
}

async function insertNewBooking(tx: TenantDb, { coach, type, input, details, options }: BookingAttempt) {
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
  const created = await insertCheckedBooking(tx, {
    coach,
    type,
    rules: type.rules,
    clientId: client.id,
    booker: {
      name: input.name,
      email: input.email,
      timeZone: input.timeZone,
      phone: details.phone,
      locale: bookerLocaleOf(options.acceptLanguage),
    },
    start: new Date(input.start),
    answers: details.answers,
    idempotencyKey: options.idempotencyKey ?? null,
    now,
  });
  await audit(tx, "bookings.create", created.id, {
    coachProfileId: coach.id,
    sessionTypeId: type.id,
    start: created.startAt,
    via: "PUBLIC",
  });
  await queueBookingEmails(tx, "confirmed", { booking: created, coach, type }, { now });
  return created;
}

/** The booking behind a manage link, with its session type; a wrong token is indistinguishable from an unknown uid. */
export async function findManagedBooking(uid: string, token: string) {
  const found = await findBookingByUid(uid);
  if (!found || !manageTokenMatches(token, found.manageTokenHash)) throw bookingNotFound();
  const { sessionType, ...booking } = found;
  const { card, takingNewBookings } = publicCard(booking.coach.practice);
  return {
    ...booking,
    coach: { ...booking.coach, practice: card },
    sessionType: storedSessionType(sessionType),
    takingNewBookings,
  };
}

export type ManagedBooking = Awaited<ReturnType<typeof findManagedBooking>>;

/** Whether the booker may still cancel or move it themselves (see bookerCanChange). */
export const bookerChange = (booking: ManagedBooking, now: Date) =>
  bookerCanChange(booking, booking.sessionType.changeWindowHours, now);

/** Inside the change window the booker hears the type's policy and whom to ask; otherwise why nobody can. */
function assertBookerMayChange(booking: ManagedBooking, now: Date) {
  const policy = bookerChange(booking, now);
  if (policy.ok) return;
  if (!policy.changeWindow) throw new AppError("CONFLICT", policy.reason);
  const { coach } = booking;
  throw new AppError(
    "BAD_REQUEST",
    `${policy.reason} Email ${coach.displayName} at ${coach.membership.user.email} to change or cancel it.`,
  );
}

export async function cancelByBooker(uid: string, token: string, reason: string | null, now: Date) {
  const booking = await findManagedBooking(uid, token);
  assertBookerMayChange(booking, now);
  return practiceDataOf(booking).$transaction(async (tx) => {
    const cancelled = await cancelBookingBy(tx, booking, "booker", reason, now);
    await audit(tx, "bookings.cancel", booking.id, { by: "BOOKER" });
    const session = { booking: cancelled, coach: booking.coach, type: booking.sessionType };
    await queueBookingEmails(tx, "cancelled", session, { now, message: reason });
    return { booking: cancelled, coach: booking.coach, sessionType: booking.sessionType };
  });
}

export async function rescheduleByBooker(uid: string, token: string, start: Date, now: Date) {
  const booking = await findManagedBooking(uid, token);
  assertBookerMayChange(booking, now);
  // Only a session that could otherwise move hears that new bookings are paused.
  if (!booking.takingNewBookings) {
    throw new AppError("FORBIDDEN", reschedulePausedMessage(booking.coach.practice.name));
  }
  return practiceDataOf(booking).$transaction(async (tx) => {
    const target = { coach: booking.coach, rules: booking.sessionType.rules };
    const moved = await rescheduleBooking(tx, booking, target, start, now);
    if (moved.startAt.getTime() !== booking.startAt.getTime()) {
      await audit(tx, "bookings.reschedule", booking.id, { by: "BOOKER", from: booking.startAt, to: moved.startAt });
      const session = { booking: moved, coach: booking.coach, type: booking.sessionType };
      await queueBookingEmails(tx, "rescheduled", session, { now, previousStartAt: booking.startAt });
    }
    return { booking: moved, coach: booking.coach, sessionType: booking.sessionType };
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
