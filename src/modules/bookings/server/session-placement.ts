import { env } from "~/env";
import type { IntakeAnswer, SessionRules, SessionTypeDefinition } from "~/modules/scheduling/domain/session-types";
import type { TenantDb } from "~/server/db/tenant";
import { hashManageToken, manageTokenFor, newBookingUid } from "../domain/manage-token";
import { assertBookable, type SlotTarget } from "./booking-changes";
import { queueSessionCopy } from "~/modules/calendars/server/session-copy-queue";
import { queueBookingEmails, type NotifiableSession } from "./booking-notifications";
import { insertBooking } from "./bookings.repo";

// Writing a session for a client the practice already knows (the client from their workspace,
// staff for a client): the same slot check, the same row with its location snapshot, and the
// same emails, invites and reminders as a public booking.

export interface SessionPlacement {
  coach: SlotTarget["coach"] & NotifiableSession["coach"];
  type: SessionTypeDefinition;
  /** The type's rules as they bind this booker (staff are not held to the minimum notice). */
  rules: SessionRules;
  client: { id: string; name: string; email: string; timeZone: string };
  start: Date;
  answers: IntakeAnswer[];
  phone: string | null;
  idempotencyKey: string;
  message?: string | null;
  now: Date;
}

/** Books the slot inside the caller's transaction; the exclusion constraint stays the last word on overlaps. */
export async function placeSession(tx: TenantDb, placement: SessionPlacement) {
  const { coach, type, client, now } = placement;
  const booking = await insertCheckedBooking(tx, {
    coach,
    type,
    rules: placement.rules,
    clientId: client.id,
    booker: { name: client.name, email: client.email, timeZone: client.timeZone, phone: placement.phone },
    start: placement.start,
    answers: placement.answers,
    idempotencyKey: placement.idempotencyKey,
    now,
  });
  await queueBookingEmails(tx, "confirmed", { booking, coach, type }, { now, message: placement.message });
  return booking;
}

/** One booking row as both a public booking and a placed session write it. */
export interface CheckedBooking {
  coach: SlotTarget["coach"];
  type: SessionTypeDefinition;
  rules: SessionRules;
  clientId: string;
  /** `locale`: the booker's browser language, when they booked through the public page. */
  booker: { name: string; email: string; timeZone: string; phone: string | null; locale?: string | null };
  start: Date;
  answers: IntakeAnswer[];
  idempotencyKey: string | null;
  now: Date;
}

/**
 * Checks the slot (assertBookable) and inserts the row with its location snapshot and manage-token
 * hash, and queues the copy for the coach's calendar. The caller queues the emails (queueBookingEmails) once it has
 * written anything else.
 */
export async function insertCheckedBooking(tx: TenantDb, row: CheckedBooking) {
  const { coach, type, booker, now } = row;
  const slot = await assertBookable(tx, { coach, rules: row.rules }, row.start, now);
  const uid = newBookingUid();
  const booking = await insertBooking(tx, {
    uid,
    coachProfileId: coach.id,
    sessionTypeId: type.id,
    clientId: row.clientId,
    startAt: slot.start,
    endAt: slot.end,
    blockedFrom: slot.blockedFrom,
    blockedUntil: slot.blockedUntil,
    bookerName: booker.name,
    bookerEmail: booker.email,
    bookerTimeZone: booker.timeZone,
    bookerLocale: booker.locale ?? null,
    bookerPhone: booker.phone,
    answers: row.answers.map(({ id, question, answer }) => ({ id, question, answer })),
    locationKind: type.location.kind,
    locationDetail: type.location.detail,
    manageTokenHash: hashManageToken(manageTokenFor(uid, env.AUTH_SECRET)),
    idempotencyKey: row.idempotencyKey,
    createdAt: now,
  });
  await queueSessionCopy(tx, booking);
  return booking;
}
