import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Alert, Avatar, Badge, Card } from "~/components/ui/surface";
import { formatClockTime, formatInstant, formatLocalDate, localDateOf } from "~/lib/time-zones";
import { zoneCity, zoneLabel } from "~/lib/zone-labels";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { addToCalendarLinks } from "~/modules/bookings/server/calendar-files";
import { AddToCalendar } from "~/modules/bookings/ui/add-to-calendar";
import { bookingStateOf, bookingStateWords, isCancelled } from "~/modules/bookings/ui/booking-state";
import { placeOf } from "~/modules/bookings/server/booking-notifications";
import { bookingHref, firstParam, type SearchParams } from "~/modules/bookings/ui/booking-view";
import { bookerChange, reschedulePausedMessage } from "~/modules/bookings/server/public-bookings.service";
import { CancelForm } from "~/modules/bookings/ui/cancel-form";
import { loadManagedBooking } from "~/modules/bookings/server/public-page-loaders";
import { PublicShell } from "~/modules/bookings/ui/public-shell";
import { SessionPlaceText } from "~/modules/bookings/ui/session-place-text";
import { WhatHappensNext } from "~/modules/bookings/ui/what-happens-next";
import { isErasedAddress } from "~/modules/erasure/domain/placeholders";
import { EraseBookingDetails } from "~/modules/erasure/ui/erase-booking-details";
import { reminderTimes } from "~/modules/notifications/domain/booking-reminders";
import { systemClock } from "~/server/clock";
import { cancelBookingAction, eraseMyDetailsAction } from "./actions";

// The page behind the link in every booking email. The token is the only credential, so
// the page stays out of other sites' referrers and out of search indexes, and a wrong token
// is a plain 404. "same-origin" rather than "no-referrer": with the latter, browsers send
// `Origin: null` with a script-less form post, and Next refuses the cancel as cross-site.
export const metadata: Metadata = { title: "Your booking", referrer: "same-origin", robots: { index: false } };

type Props = { params: Promise<{ uid: string }>; searchParams: Promise<SearchParams> };

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const { uid } = await params;
  const query = await searchParams;
  const token = firstParam(query.token) ?? "";
  const booking = await loadManagedBooking(uid, token);
  const now = systemClock.now();
  const { coach, sessionType } = booking;
  const changeable = bookerChange(booking, now);
  const place = placeOf("booker", { booking, coach });
  const state = bookingStateOf(booking, now);
  const words = bookingStateWords(state, coach.displayName);
  const zone = booking.bookerTimeZone;
  const locale = await viewerLocale();
  const upcoming = state === "upcoming" || state === "rescheduled";
  const cancelled = isCancelled(state);
  const justBooked = upcoming && firstParam(query.booked) === "1";
  const justMoved = upcoming && firstParam(query.rescheduled) === "1";
  const coachEmail = coach.membership.user.email;
  const erased = isErasedAddress(booking.bookerEmail);

  return (
    <PublicShell practice={coach.practice} width="max-w-2xl">
      <div className="space-y-6">
        {justBooked && (
          <Alert tone="success" title="You're booked.">
            We&apos;ve let {coach.displayName} know. Add the session to your calendar below.
          </Alert>
        )}
        {justMoved && (
          <Alert tone="success" title="Your session has moved.">
            We&apos;ve let {coach.displayName} know. The new time is on its way to {booking.bookerEmail}.
          </Alert>
        )}
        {erased && (
          <Alert tone="success" title="Your details are erased.">
            Your name, email address and answers are no longer in this booking
            {firstParam(query.erased) === "1" && cancelled ? `, and ${coach.displayName} knows the session is off` : ""}
            .
          </Alert>
        )}
        {cancelled && !erased && firstParam(query.cancelled) === "1" && (
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
            <Badge tone={words.badge.tone}>{words.badge.label}</Badge>
          </div>
          <dl className="grid gap-5 p-6 text-sm sm:grid-cols-[9rem_1fr]">
            <dt className="text-muted">When</dt>
            <dd>
              <p className={cancelled ? "text-muted font-semibold line-through" : "text-ink font-semibold"}>
                {cancelled && <span className="sr-only">Cancelled: </span>}
                {formatLocalDate(localDateOf(booking.startAt, zone), locale, { year: true })},{" "}
                {formatClockTime(booking.startAt, zone, locale)}–{formatClockTime(booking.endAt, zone, locale)}
              </p>
              <p className="text-muted mt-0.5">{zoneLabel(zone, booking.startAt)}</p>
              <p className="text-muted mt-2">
                For {coach.displayName}: {formatInstant(booking.startAt, coach.timeZone, locale)} (
                {zoneCity(coach.timeZone)})
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
              {erased ? (
                "Erased at your request"
              ) : (
                <>
                  {booking.bookerName} <span className="text-muted">({booking.bookerEmail})</span>
                </>
              )}
            </dd>
            {cancelled && booking.cancelledAt && (
              <>
                <dt className="text-muted">Cancelled</dt>
                <dd className="text-ink">
                  {formatInstant(booking.cancelledAt, zone, locale)}, by{" "}
                  {state === "cancelled-by-booker" ? "you" : coach.displayName}
                  {booking.cancelReason && <p className="text-muted mt-1">&ldquo;{booking.cancelReason}&rdquo;</p>}
                </dd>
              </>
            )}
          </dl>
          {upcoming && (
            <>
              <AddToCalendar
                {...addToCalendarLinks(booking)}
                ics={`/bookings/${encodeURIComponent(booking.uid)}/calendar.ics?token=${encodeURIComponent(token)}`}
              />
              <WhatHappensNext
                bookerEmail={booking.bookerEmail}
                justChanged={justBooked || justMoved}
                remindersBefore={reminderTimes(booking.startAt, sessionType.reminderMinutesBefore, now).map(
                  (reminder) => reminder.minutesBefore,
                )}
                coachName={coach.displayName}
                coachEmail={coachEmail}
                changeWindowHours={sessionType.changeWindowHours}
                changeableOnline={changeable.ok}
              />
            </>
          )}
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
                {words.closed ?? changeable.reason}{" "}
                <Link href={`/book/${coach.practice.slug}`} className="text-brand-700 font-medium hover:underline">
                  Book another session
                </Link>
              </p>
            )}
          </div>
        </Card>
        {!erased && (
          <Card className="space-y-3 p-6 text-sm">
            <h2 className="text-ink text-base font-semibold">Your details</h2>
            <p className="text-muted">
              You can have your name, email address and answers erased from this booking at any time.
            </p>
            <EraseBookingDetails
              action={eraseMyDetailsAction}
              uid={booking.uid}
              token={token}
              upcoming={upcoming}
              coachName={coach.displayName}
            />
          </Card>
        )}
      </div>
    </PublicShell>
  );
}
