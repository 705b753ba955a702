import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Alert, Avatar, Badge, Card } from "~/components/ui/surface";
import { formatInstant, instantToZonedParts } from "~/lib/time-zones";
import { changeWindowPolicy } from "~/modules/bookings/domain/booking-policy";
import { addToCalendarLinks } from "~/modules/bookings/server/calendar-files";
import { placeOf } from "~/modules/bookings/server/booking-notifications";
import {
  bookingHref,
  firstParam,
  formatFullDay,
  zoneLabel,
  type SearchParams,
} from "~/modules/bookings/ui/booking-view";
import {
  bookerChange,
  reschedulePausedMessage,
  type ManagedBooking,
} from "~/modules/bookings/server/public-bookings.service";
import { CancelForm } from "~/modules/bookings/ui/cancel-form";
import { loadManagedBooking } from "~/modules/bookings/server/public-page-loaders";
import { PublicShell } from "~/modules/bookings/ui/public-shell";
import { SessionPlaceText } from "~/modules/bookings/ui/session-place-text";
import { systemClock } from "~/server/clock";
import { cancelBookingAction } from "./actions";

// The page behind the link in every booking email. The token is the only credential, so
// the page stays out of other sites' referrers and out of search indexes, and a wrong token
// is a plain 404. "same-origin" rather than "no-referrer": with the latter, browsers send
// `Origin: null` with a script-less form post, and Next refuses the cancel as cross-site.
export const metadata: Metadata = { title: "Your booking", referrer: "same-origin", robots: { index: false } };

type Props = { params: Promise<{ uid: string }>; searchParams: Promise<SearchParams> };

const STATUS = {
  upcoming: { label: "Confirmed", tone: "success" },
  past: { label: "Past", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
  COMPLETED: { label: "Completed", tone: "neutral" },
  NO_SHOW: { label: "Missed", tone: "warning" },
} as const;

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const { uid } = await params;
  const query = await searchParams;
  const token = firstParam(query.token) ?? "";
  const booking = await loadManagedBooking(uid, token);
  const now = systemClock.now();
  const { coach, sessionType } = booking;
  const changeable = bookerChange(booking, now);
  const place = placeOf("booker", { booking, coach });
  const status =
    booking.status === "CONFIRMED" ? (booking.startAt > now ? STATUS.upcoming : STATUS.past) : STATUS[booking.status];
  const zone = booking.bookerTimeZone;
  const from = instantToZonedParts(booking.startAt, zone);
  const to = instantToZonedParts(booking.endAt, zone);
  const confirmed = booking.status === "CONFIRMED";
  const upcoming = confirmed && booking.startAt > now;
  const coachEmail = coach.membership.user.email;

  return (
    <PublicShell practice={coach.practice} width="max-w-2xl">
      <div className="space-y-6">
        {confirmed && firstParam(query.booked) === "1" && (
          <Alert tone="success" title="You're booked.">
            A confirmation is on its way to {booking.bookerEmail}.
          </Alert>
        )}
        {confirmed && firstParam(query.rescheduled) === "1" && (
          <Alert tone="success" title="Your session has moved.">
            The new time is on its way to {booking.bookerEmail}.
          </Alert>
        )}
        {booking.status === "CANCELLED" && firstParam(query.cancelled) === "1" && (
          <Alert tone="success" title="Your session is cancelled.">
            We&apos;ve let {coach.displayName} know and emailed {booking.bookerEmail}.
          </Alert>
        )}
        <Card>
          <div className="border-line flex items-start gap-4 border-b p-6">
            <Avatar name={coach.displayName} className="size-12 text-base" />
            <div className="min-w-0 flex-1">
              <p className="text-muted text-sm">{coach.practice.name}</p>
              <h1 className="text-ink text-xl font-semibold tracking-tight">
                {sessionType.name} with {coach.displayName}
              </h1>
            </div>
            <Badge tone={status.tone}>{status.label}</Badge>
          </div>
          <dl className="grid gap-5 p-6 text-sm sm:grid-cols-[9rem_1fr]">
            <dt className="text-muted">When</dt>
            <dd>
              <p
                className={
                  booking.status === "CANCELLED" ? "text-muted font-semibold line-through" : "text-ink font-semibold"
                }
              >
                {formatFullDay(from.date)}, {from.time}–{to.time}
              </p>
              <p className="text-muted mt-0.5">{zoneLabel(zone, booking.startAt)}</p>
              <p className="text-muted mt-2">
                For {coach.displayName}: {formatInstant(booking.startAt, coach.timeZone)} ({coach.timeZone})
              </p>
            </dd>
            <dt className="text-muted">Length</dt>
            <dd className="text-ink">
              {Math.round((booking.endAt.getTime() - booking.startAt.getTime()) / 60_000)} minutes
            </dd>
            {place && (
              <>
                <dt className="text-muted">Where</dt>
                <dd className="text-ink break-words">
                  <SessionPlaceText place={place} />
                </dd>
              </>
            )}
            <dt className="text-muted">Booked by</dt>
            <dd className="text-ink">
              {booking.bookerName} <span className="text-muted">({booking.bookerEmail})</span>
            </dd>
            {booking.status === "CANCELLED" && booking.cancelledAt && (
              <>
                <dt className="text-muted">Cancelled</dt>
                <dd className="text-ink">
                  {formatInstant(booking.cancelledAt, zone)}, by{" "}
                  {booking.cancelledBy === "booker" ? "you" : coach.displayName}
                  {booking.cancelReason && <p className="text-muted mt-1">&ldquo;{booking.cancelReason}&rdquo;</p>}
                </dd>
              </>
            )}
          </dl>
          {upcoming && <AddToCalendar booking={booking} token={token} />}
          <div className="border-line bg-canvas/60 rounded-b-card border-t p-6">
            {changeable.ok ? (
              <div className="flex flex-wrap items-start gap-3">
                {booking.takingNewBookings ? (
                  <Button asChild>
                    <Link
                      href={bookingHref(`/book/${coach.practice.slug}/${coach.slug}/${sessionType.slug}`, {
                        reschedule: booking.uid,
                        token,
                        tz: zone,
                      })}
                      prefetch={false}
                    >
                      Reschedule
                    </Link>
                  </Button>
                ) : (
                  <p role="status" className="text-muted basis-full text-sm">
                    {reschedulePausedMessage(coach.practice.name)}
                  </p>
                )}
                <CancelForm
                  action={cancelBookingAction}
                  uid={booking.uid}
                  token={token}
                  coachName={coach.displayName}
                />
                {sessionType.changeWindowHours > 0 && (
                  <p className="text-muted basis-full text-xs">{changeWindowPolicy(sessionType.changeWindowHours)}</p>
                )}
              </div>
            ) : changeable.changeWindow ? (
              <p role="status" className="text-ink text-sm">
                {changeable.reason} To move or cancel it, email {coach.displayName} at{" "}
                <a href={`mailto:${coachEmail}`} className="text-brand-700 font-medium hover:underline">
                  {coachEmail}
                </a>
                .
              </p>
            ) : (
              <p className="text-muted text-sm">
                {changeable.reason}{" "}
                <Link href={`/book/${coach.practice.slug}`} className="text-brand-700 font-medium hover:underline">
                  Book another session
                </Link>
              </p>
            )}
          </div>
        </Card>
      </div>
    </PublicShell>
  );
}

/** "Add to Google Calendar", "Outlook" and the .ics file, for a session still ahead. */
function AddToCalendar({ booking, token }: { booking: ManagedBooking; token: string }) {
  const links = addToCalendarLinks(booking);
  const ics = `/bookings/${encodeURIComponent(booking.uid)}/calendar.ics?token=${encodeURIComponent(token)}`;
  const link = "text-brand-700 font-medium hover:underline";
  return (
    <div className="border-line flex flex-wrap items-center gap-x-4 gap-y-2 border-t px-6 py-4 text-sm">
      <a className={link} href={links.google} target="_blank" rel="noopener noreferrer">
        Add to Google Calendar
      </a>
      <a className={link} href={links.outlook} target="_blank" rel="noopener noreferrer">
        Add to Outlook
      </a>
      <a className={link} href={ics} download="session.ics">
        Download .ics
      </a>
    </div>
  );
}
