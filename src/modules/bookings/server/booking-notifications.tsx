import BookingUpdateEmail, {
  bookingUpdateSubject,
  type BookingUpdateEmailProps,
  type BookingUpdateKind,
} from "@emails/booking-update";
import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { sendEmail } from "~/server/email/mailer";
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

/**
 * Tells the booker and the coach, each in their own zone, with a calendar invitation.
 * Sent after the change has committed; a failure is logged, never undoes the booking.
 * (The durable outbox of the notifications issue will replace this direct send.)
 */
export async function notifyBookingChange(
  kind: BookingUpdateKind,
  booking: NotifiableBooking,
  coach: NotifiableCoach,
  extra: { previousStartAt?: Date; message?: string | null } = {},
) {
  const answers = intakeAnswers(booking.answers);
  const invite = calendarInvite({
    uid: booking.uid,
    sequence: booking.rescheduleCount + (kind === "cancelled" ? 1 : 0),
    start: booking.startAt,
    end: booking.endAt,
    summary: `Discovery session: ${booking.bookerName} × ${coach.displayName}`,
    description: `A free ${coach.sessionMinutes}-minute discovery session with ${coach.practice.name}.`,
    organizer: { name: coach.displayName, email: coach.membership.user.email },
    attendee: { name: booking.bookerName, email: booking.bookerEmail },
    url: manageUrlOf(booking.uid),
    cancelled: kind === "cancelled",
  });
  const shared = {
    kind,
    practiceName: coach.practice.name,
    brandColor: coach.practice.brandColor,
    coachName: coach.displayName,
    bookerName: booking.bookerName,
    durationMinutes: coach.sessionMinutes,
    message: extra.message,
  };
  const letters: Array<{ to: string; props: BookingUpdateEmailProps }> = [
    {
      to: booking.bookerEmail,
      props: {
        ...shared,
        audience: "booker",
        when: formatInstant(booking.startAt, booking.bookerTimeZone),
        previousWhen: extra.previousStartAt && formatInstant(extra.previousStartAt, booking.bookerTimeZone),
        actionUrl:
          kind === "cancelled"
            ? new URL(`/book/${coach.practice.slug}`, env.APP_URL).toString()
            : manageUrlOf(booking.uid),
      },
    },
    {
      to: coach.membership.user.email,
      props: {
        ...shared,
        audience: "coach",
        when: formatInstant(booking.startAt, coach.timeZone),
        previousWhen: extra.previousStartAt && formatInstant(extra.previousStartAt, coach.timeZone),
        actionUrl: new URL(`/p/${coach.practice.slug}/sessions`, env.APP_URL).toString(),
        answers,
      },
    },
  ];
  await Promise.all(
    letters.map(({ to, props }) =>
      sendEmail({
        to,
        subject: bookingUpdateSubject(props),
        react: <BookingUpdateEmail {...props} />,
        calendarInvite: invite,
      }).catch((error: unknown) => console.error(`booking ${kind} email to ${to} failed`, error)),
    ),
  );
}
