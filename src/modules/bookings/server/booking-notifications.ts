import type { BookingUpdateEmailProps, BookingUpdateKind } from "@emails/booking-update";
import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { bookingReminderKey, bookingReminderKeyPrefix } from "~/modules/notifications/domain/booking-reminders";
import { cancelQueuedEmails, enqueueEmail } from "~/server/email/outbox";
import type { TenantDb } from "~/server/db/tenant";
import { manageTokenFor } from "../domain/manage-token";
import { intakeAnswers } from "../schemas";
import { calendarInvite } from "./calendar-invite";

interface NotifiableBooking {
  uid: string;
  startAt: Date;
  endAt: Date;
  bookerName: string;
  bookerEmail: string;
  bookerTimeZone: string;
  answers: unknown;
  rescheduleCount: number;
}
interface NotifiableCoach {
  displayName: string;
  timeZone: string;
  sessionMinutes: number;
  practice: { slug: string; name: string; brandColor: string };
  membership: { user: { email: string; name: string | null } };
}

export function manageUrlOf(uid: string): string {
  const url = new URL(`/bookings/${uid}`, env.APP_URL);
  url.searchParams.set("token", manageTokenFor(uid, env.AUTH_SECRET));
  return url.toString();
}

function sharedProps(
  kind: BookingUpdateKind,
  booking: NotifiableBooking,
  coach: NotifiableCoach,
  message?: string | null,
) {
  return {
    kind,
    practiceName: coach.practice.name,
    brandColor: coach.practice.brandColor,
    coachName: coach.displayName,
    bookerName: booking.bookerName,
    durationMinutes: coach.sessionMinutes,
    message,
  };
}

function bookerLetter(
  kind: Exclude<BookingUpdateKind, "reminder">,
  booking: NotifiableBooking,
  coach: NotifiableCoach,
  extra: { previousStartAt?: Date; message?: string | null },
): BookingUpdateEmailProps {
  return {
    ...sharedProps(kind, booking, coach, extra.message),
    audience: "booker",
    when: formatInstant(booking.startAt, booking.bookerTimeZone),
    previousWhen: extra.previousStartAt && formatInstant(extra.previousStartAt, booking.bookerTimeZone),
    actionUrl:
      kind === "cancelled" ? new URL(`/book/${coach.practice.slug}`, env.APP_URL).toString() : manageUrlOf(booking.uid),
  };
}

/** A burst of requests for one address's link sends at most one email per window. */
export const MANAGE_LINK_RESEND_WINDOW_MINUTES = 10;

/**
 * Emails the booker their confirmation (with the manage link) again, to the address on the
 * booking: someone who re-sends a booking request never receives the link themselves. The
 * dedupe key names the address and the window, so the outbox keeps one per window whatever
 * the number of requests, on every server at once.
 */
export async function queueManageLinkAgain(
  db: TenantDb,
  booking: NotifiableBooking,
  coach: NotifiableCoach,
  now: Date,
) {
  const windowMs = MANAGE_LINK_RESEND_WINDOW_MINUTES * 60_000;
  const window = Math.floor(now.getTime() / windowMs);
  await enqueueEmail(db, {
    template: "booking-update",
    to: booking.bookerEmail,
    props: bookerLetter("confirmed", booking, coach, {}),
    dedupeKey: `booking-link-again:${booking.bookerEmail.toLowerCase()}:${window}`,
    practiceId: db.practiceId,
  });
}

const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * Queues the emails a booking change causes, in the caller's transaction: the booker and the
 * coach each hear of it in their own zone, with a calendar invitation, and the booker's
 * reminder 24 hours before is (re)scheduled or withdrawn. The outbox worker sends them.
 */
export async function queueBookingEmails(
  db: TenantDb,
  kind: Exclude<BookingUpdateKind, "reminder">,
  booking: NotifiableBooking,
  coach: NotifiableCoach,
  extra: { now: Date; previousStartAt?: Date; message?: string | null },
) {
  const answers = intakeAnswers(booking.answers);
  const sequence = booking.rescheduleCount + (kind === "cancelled" ? 1 : 0);
  const invite = calendarInvite({
    uid: booking.uid,
    sequence,
    start: booking.startAt,
    end: booking.endAt,
    summary: `Discovery session: ${booking.bookerName} × ${coach.displayName}`,
    description: `A free ${coach.sessionMinutes}-minute discovery session with ${coach.practice.name}.`,
    organizer: { name: coach.displayName, email: coach.membership.user.email },
    attendee: { name: booking.bookerName, email: booking.bookerEmail },
    url: manageUrlOf(booking.uid),
    cancelled: kind === "cancelled",
  });
  const forBooker = bookerLetter(kind, booking, coach, extra);
  const forCoach: BookingUpdateEmailProps = {
    ...sharedProps(kind, booking, coach, extra.message),
    audience: "coach",
    when: formatInstant(booking.startAt, coach.timeZone),
    previousWhen: extra.previousStartAt && formatInstant(extra.previousStartAt, coach.timeZone),
    actionUrl: new URL(`/p/${coach.practice.slug}/sessions`, env.APP_URL).toString(),
    answers,
  };
  const letters = [
    { to: booking.bookerEmail, props: forBooker },
    { to: coach.membership.user.email, props: forCoach },
  ];
  for (const { to, props } of letters) {
    await enqueueEmail(db, {
      template: "booking-update",
      to,
      props,
      dedupeKey: `booking:${booking.uid}:${kind}:${sequence}:${props.audience}`,
      practiceId: db.practiceId,
      calendarInvite: invite,
    });
  }

  await cancelQueuedEmails(db, bookingReminderKeyPrefix(booking.uid));
  const remindAt = new Date(booking.startAt.getTime() - REMINDER_LEAD_MS);
  if (kind !== "cancelled" && remindAt > extra.now) {
    await enqueueEmail(db, {
      template: "booking-reminder",
      to: booking.bookerEmail,
      props: forBooker,
      dedupeKey: bookingReminderKey(booking),
      practiceId: db.practiceId,
      runAt: remindAt,
    });
  }
}
