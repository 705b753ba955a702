import type { BookingUpdateEmailProps, BookingUpdateKind } from "@emails/booking-update";
import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { resolveViewerLocale, type TimeFormatPreference } from "~/lib/viewer-locale";
import {
  bookingReminderKey,
  bookingReminderKeyPrefix,
  reminderTimes,
} from "~/modules/notifications/domain/booking-reminders";
import type { LocationKind, SessionTypeDefinition } from "~/modules/scheduling/domain/session-types";
import { cancelQueuedEmails, enqueueEmail } from "~/server/email/outbox";
import { fromCoach, fromPractice } from "~/server/email/sender";
import type { TenantDb } from "~/server/db/tenant";
import { changeWindowPolicy } from "../domain/booking-policy";
import { manageTokenFor } from "../domain/manage-token";
import { placeFor, type Audience, type SessionPlace } from "../domain/session-place";
import { intakeAnswers } from "../schemas";
import { calendarInvite } from "./calendar-invite";

interface NotifiableBooking {
  uid: string;
  startAt: Date;
  endAt: Date;
  bookerName: string;
  bookerEmail: string;
  bookerTimeZone: string;
  bookerLocale: string | null;
  bookerPhone: string | null;
  answers: unknown;
  rescheduleCount: number;
  locationKind: LocationKind;
  locationDetail: string | null;
}
interface NotifiableCoach {
  displayName: string;
  timeZone: string;
  practice: { slug: string; name: string; brandColor: string };
  /** `timeFormat`: the coach's own 12/24-hour choice, for the letters they receive. */
  membership: { user: { email: string; name: string | null; timeFormat?: TimeFormatPreference } };
}

/** A booking, its coach and its session type: what every booking email is written from. */
export interface NotifiableSession {
  booking: NotifiableBooking;
  coach: NotifiableCoach;
  type: Pick<SessionTypeDefinition, "name" | "reminderMinutesBefore" | "changeWindowHours">;
}

export function manageUrlOf(uid: string): string {
  const url = new URL(`/bookings/${uid}`, env.APP_URL);
  url.searchParams.set("token", manageTokenFor(uid, env.AUTH_SECRET));
  return url.toString();
}

const sessionsUrlOf = (coach: NotifiableCoach) => new URL(`/p/${coach.practice.slug}/sessions`, env.APP_URL).toString();

/** Where the session happens, worded for one side (see placeFor). */
export function placeOf(audience: Audience, { booking, coach }: Pick<NotifiableSession, "booking" | "coach">) {
  return placeFor(
    audience,
    { location: { kind: booking.locationKind, detail: booking.locationDetail }, bookerPhone: booking.bookerPhone },
    { coach: coach.displayName, booker: booking.bookerName },
  );
}

const minutesOf = (booking: NotifiableBooking) =>
  Math.round((booking.endAt.getTime() - booking.startAt.getTime()) / 60_000);

/** One side's email about the session, in that side's zone: the booker's carries their manage link. */
function letterFor(
  audience: Audience,
  kind: BookingUpdateKind,
  session: NotifiableSession,
  extra: { previousStartAt?: Date; message?: string | null } = {},
): BookingUpdateEmailProps {
  const { booking, coach, type } = session;
  const zone = audience === "booker" ? booking.bookerTimeZone : coach.timeZone;
  // A booker has no account to hold a preference: their letters follow the browser they booked from.
  const reader =
    audience === "booker"
      ? resolveViewerLocale(booking.bookerLocale)
      : resolveViewerLocale(null, coach.membership.user.timeFormat);
  const place = placeOf(audience, session);
  const bookAgainUrl = new URL(`/book/${coach.practice.slug}`, env.APP_URL).toString();
  return {
    kind,
    audience,
    practiceName: coach.practice.name,
    brandColor: coach.practice.brandColor,
    coachName: coach.displayName,
    bookerName: booking.bookerName,
    sessionName: type.name,
    durationMinutes: minutesOf(booking),
    when: formatInstant(booking.startAt, zone, reader),
    previousWhen: extra.previousStartAt && formatInstant(extra.previousStartAt, zone, reader),
    place: place && { sentence: place.sentence, href: place.href },
    changePolicy:
      audience === "booker" && type.changeWindowHours > 0 ? changeWindowPolicy(type.changeWindowHours) : undefined,
    actionUrl:
      audience === "coach" ? sessionsUrlOf(coach) : kind === "cancelled" ? bookAgainUrl : manageUrlOf(booking.uid),
    message: extra.message,
    // The booker's own answers are the coach's to read; the booker's letters need not repeat them.
    answers: audience === "coach" ? intakeAnswers(booking.answers) : undefined,
  };
}

/**
 * The calendar event of the session for one side. A video call's link is its LOCATION and URL, with a "Join:" line
 * for calendars that show neither; the booker's event also links their manage page, the coach's their sessions.
 * A cancelled session's event is one step later than its last invitation (so calendars take it as the newer word)
 * and says it was cancelled instead of offering to change it.
 */
export function sessionEvent(audience: Audience, session: NotifiableSession, { cancelled = false } = {}) {
  const { booking, coach, type } = session;
  const place: SessionPlace | null = placeOf(audience, session);
  const join = booking.locationKind === "VIDEO" ? place?.href : null;
  const manage = audience === "booker" ? manageUrlOf(booking.uid) : sessionsUrlOf(coach);
  const withWhom = `${type.name} with ${audience === "booker" ? coach.displayName : booking.bookerName}`;
  const description = cancelled
    ? [`Cancelled: ${withWhom}, ${coach.practice.name}.`]
    : [
        `${withWhom}, ${coach.practice.name}.`,
        join ? `Join: ${join}` : place?.sentence,
        audience === "booker" ? `Change or cancel: ${manage}` : `Your sessions: ${manage}`,
      ].filter(Boolean);
  return {
    uid: booking.uid,
    sequence: booking.rescheduleCount + (cancelled ? 1 : 0),
    start: booking.startAt,
    end: booking.endAt,
    summary: `${type.name}: ${booking.bookerName} × ${coach.displayName}`,
    description: description.join("\n"),
    location: place?.value ?? null,
    url: join ?? manage,
    organizer: { name: coach.displayName, email: coach.membership.user.email },
    attendee: { name: booking.bookerName, email: booking.bookerEmail },
  };
}

/**
 * The booker hears from their coach ("Maya Chen via Northstar") and a reply reaches the coach, not a no-reply
 * address; the coach hears from the practice, and a reply reaches the booker.
 */
const senderOf = (audience: Audience, { booking, coach }: NotifiableSession) =>
  audience === "booker"
    ? { fromName: fromCoach(coach.displayName, coach.practice.name), replyTo: coach.membership.user.email }
    : { fromName: fromPractice(coach.practice.name), replyTo: booking.bookerEmail };

/** A burst of requests for one address's link sends at most one email per window. */
export const MANAGE_LINK_RESEND_WINDOW_MINUTES = 10;

/**
 * Emails the booker their confirmation (with the manage link) again, to the address on the
 * booking: someone who re-sends a booking request never receives the link themselves. The
 * dedupe key names the address and the window, so the outbox keeps one per window whatever
 * the number of requests, on every server at once.
 */
export async function queueManageLinkAgain(db: TenantDb, session: NotifiableSession, now: Date) {
  const windowMs = MANAGE_LINK_RESEND_WINDOW_MINUTES * 60_000;
  const window = Math.floor(now.getTime() / windowMs);
  await enqueueEmail(db, {
    template: "booking-update",
    to: session.booking.bookerEmail,
    props: letterFor("booker", "confirmed", session),
    dedupeKey: `booking-link-again:${session.booking.bookerEmail.toLowerCase()}:${window}`,
    practiceId: db.practiceId,
    ...senderOf("booker", session),
  });
}

const AUDIENCES: readonly Audience[] = ["booker", "coach"];

/**
 * Queues the emails a booking change causes, in the caller's transaction: the booker and the
 * coach each hear of it in their own zone, with a calendar invitation, and each side's reminders
 * (the session type's lead times) are withdrawn and, unless it was cancelled, queued again for
 * the session's time as it now is. The outbox worker sends them.
 */
export async function queueBookingEmails(
  db: TenantDb,
  kind: Exclude<BookingUpdateKind, "reminder">,
  session: NotifiableSession,
  extra: { now: Date; previousStartAt?: Date; message?: string | null; audiences?: readonly Audience[] },
) {
  const { booking, coach, type } = session;
  const to = (audience: Audience) => (audience === "booker" ? booking.bookerEmail : coach.membership.user.email);
  const cancelled = kind === "cancelled";
  for (const audience of extra.audiences ?? AUDIENCES) {
    const event = sessionEvent(audience, session, { cancelled });
    await enqueueEmail(db, {
      template: "booking-update",
      to: to(audience),
      props: letterFor(audience, kind, session, extra),
      dedupeKey: `booking:${booking.uid}:${kind}:${event.sequence}:${audience}`,
      practiceId: db.practiceId,
      ...senderOf(audience, session),
      calendarInvite: calendarInvite(event, cancelled ? "CANCEL" : "REQUEST"),
    });
  }

  await cancelQueuedEmails(db, bookingReminderKeyPrefix(booking.uid));
  if (kind === "cancelled") return;
  for (const reminder of reminderTimes(booking.startAt, type.reminderMinutesBefore, extra.now)) {
    for (const audience of AUDIENCES) {
      await enqueueEmail(db, {
        template: "booking-reminder",
        to: to(audience),
        props: letterFor(audience, "reminder", session),
        dedupeKey: bookingReminderKey(booking, reminder.minutesBefore, audience),
        practiceId: db.practiceId,
        ...senderOf(audience, session),
        runAt: reminder.at,
      });
    }
  }
}
