import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Avatar, Card } from "~/components/ui/surface";
import { formatInstant, localDateOf, type LocalDate } from "~/lib/time-zones";
import { changeWindowPolicy } from "~/modules/bookings/domain/booking-policy";
import {
  bookerChange,
  bookingsPausedMessage,
  reschedulePausedMessage,
  slotsOf,
  type PublicCoach,
} from "~/modules/bookings/server/public-bookings.service";
import { loadManagedBooking } from "~/modules/bookings/server/public-page-loaders";
import {
  bookingHref,
  firstDayOf,
  firstParam,
  formatMonth,
  lastDayOf,
  monthCalendarWords,
  shiftMonth,
  type SearchParams,
} from "~/modules/bookings/ui/booking-view";
import { BookingNavigation } from "~/modules/bookings/ui/booking-navigation";
import { chooseCalendar } from "~/modules/bookings/ui/choose-calendar";
import { bookingStateOf, bookingStateWords } from "~/modules/bookings/ui/booking-state";
import { IntakeForm } from "~/modules/bookings/ui/intake-form";
import { MonthCalendar } from "~/modules/bookings/ui/month-calendar";
import { PickedTime } from "~/modules/bookings/ui/picked-time";
import { PublicShell } from "~/modules/bookings/ui/public-shell";
import { RescheduleForm } from "~/modules/bookings/ui/reschedule-form";
import { SlotList } from "~/modules/bookings/ui/slot-list";
import { TimesLoading } from "~/modules/bookings/ui/times-loading";
import { TimeZonePicker } from "~/modules/bookings/ui/time-zone-picker";
import { VISITOR_ZONE_COOKIE } from "~/modules/bookings/ui/visitor-zone-cookie";
import { chooseZone } from "~/modules/bookings/ui/zone-choice";
import { locationSummary, type SessionTypeDefinition } from "~/modules/scheduling/domain/session-types";
import { cn } from "~/lib/cn";
import { systemClock } from "~/server/clock";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { bookSessionAction, rescheduleAction } from "./actions";

// One session type's times and intake form, shown at /book/<practice>/<coach>/<type> and, when
// the coach offers a single public type, at /book/<practice>/<coach> itself. In reschedule mode
// (the manage link's uid and token in the query) the same calendar moves an existing booking.

const UNAVAILABLE = "That time is no longer available. Pick another time.";

export type Rescheduling = Awaited<ReturnType<typeof reschedulingOf>>;

/** Reschedule mode: the manage link's uid and token, checked; anything wrong is a 404. */
export async function reschedulingOf(query: SearchParams, coachId: string) {
  const uid = firstParam(query.reschedule);
  if (!uid) return null;
  const token = firstParam(query.token) ?? "";
  const booking = await loadManagedBooking(uid, token);
  if (booking.coachProfileId !== coachId) notFound();
  const now = systemClock.now();
  const words = bookingStateWords(bookingStateOf(booking, now), booking.coach.displayName);
  return { booking, token, words, changeable: bookerChange(booking, now) };
}

export const manageHref = (uid: string, token: string) =>
  `/bookings/${encodeURIComponent(uid)}?token=${encodeURIComponent(token)}`;

interface SessionBookingProps {
  coach: PublicCoach;
  type: SessionTypeDefinition;
  /** The page's own address, which every day, month and slot link keeps. */
  path: string;
  query: SearchParams;
  reschedule: Rescheduling;
}

export async function SessionBooking({ coach, type, path, query, reschedule }: SessionBookingProps) {
  const now = systemClock.now();
  const locale = await viewerLocale();
  const paused = !coach.takingNewBookings;
  // A booking being moved may be one that is over or inside its change window: then there is no time to pick.
  const closed = reschedule !== null && !reschedule.changeable.ok;
  const choice = chooseZone(firstParam(query.tz), coach.timeZone, (await cookies()).get(VISITOR_ZONE_COOKIE)?.value);
  const zone = choice.zone;
  const view = chooseCalendar(query, zone, now, type.rules.horizonDays);
  const durationMinutes = type.rules.durationMinutes;
  const range = { from: firstDayOf(view.month), to: lastDayOf(view.month), timeZone: zone };
  const slots = paused || closed ? [] : (await slotsOf(coach, type, range, now)).slots;
  const byDate = new Map<LocalDate, Date[]>();
  for (const slot of slots) {
    const date = localDateOf(slot.start, zone);
    byDate.set(date, [...(byDate.get(date) ?? []), slot.start]);
  }
  const date = view.date ?? byDate.keys().next().value;
  const picked = view.start;
  const pickedAvailable = Boolean(picked && slots.some((slot) => slot.start.getTime() === picked.getTime()));

  const linkToken = firstParam(query.t);
  const carry = {
    tz: choice.source === "detecting" ? undefined : zone,
    reschedule: reschedule?.booking.uid,
    token: reschedule?.token,
    t: linkToken,
  };
  const keepPicked = picked?.toISOString();
  const nextMonth = shiftMonth(view.month, 1);
  const backToBooking = reschedule && (
    <Link className="font-medium underline" href={manageHref(reschedule.booking.uid, reschedule.token)}>
      Back to your booking
    </Link>
  );
  // The chosen time above either form (new booking or reschedule), with a link back to the calendar.
  const pickedTime = picked && (
    <PickedTime
      start={picked}
      minutes={durationMinutes}
      zone={zone}
      locale={locale}
      coachName={coach.displayName}
      changeHref={bookingHref(path, { ...carry, month: view.month, date })}
    />
  );

  return (
    <PublicShell practice={coach.practice}>
      <Card className="overflow-hidden lg:grid lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside className="border-line border-b p-6 lg:border-r lg:border-b-0">
          <div className="flex items-center gap-4 lg:block">
            <Avatar name={coach.displayName} className="size-14 text-lg" />
            <div className="min-w-0 lg:mt-4">
              <p className="text-muted text-sm">{coach.practice.name}</p>
              <h1 className="text-ink mt-0.5 text-xl font-semibold tracking-tight">{coach.displayName}</h1>
            </div>
          </div>
          {coach.headline && <p className="text-muted mt-3 text-sm lg:mt-1">{coach.headline}</p>}
          <h2 className="text-ink mt-5 text-base font-semibold">{type.name}</h2>
          <ul className="text-ink mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm lg:block lg:space-y-2">
            <li className="flex items-center gap-2">
              <ClockIcon />
              {durationMinutes} minutes
            </li>
            <li className="flex items-center gap-2">
              <PlaceIcon />
              {locationSummary(type.location)}
            </li>
          </ul>
          {type.description && (
            <p className="text-muted mt-3 text-sm break-words whitespace-pre-line">{type.description}</p>
          )}
          {type.changeWindowHours > 0 && (
            <p className="text-muted mt-3 text-xs">{changeWindowPolicy(type.changeWindowHours)}</p>
          )}
          {reschedule && (
            <p
              className={cn(
                "mt-5 rounded-lg px-3 py-2 text-sm",
                closed ? "text-ink bg-slate-100" : "bg-brand-50 text-brand-800",
              )}
            >
              {reschedule.words.timeLead}{" "}
              <span className="font-medium">{formatInstant(reschedule.booking.startAt, zone, locale)}</span>
            </p>
          )}
        </aside>
        <div className="min-w-0 p-6">
          <h2 className="text-ink text-lg font-semibold tracking-tight">
            {paused
              ? "No times to book right now"
              : !reschedule
                ? "Choose a time"
                : closed
                  ? "This session can't be moved here"
                  : "Choose a new time"}
          </h2>
          {!paused && !closed && (
            <div className="mt-2">
              <TimeZonePicker
                choice={choice}
                coachName={coach.displayName}
                at={picked ?? now}
                keep={{ month: view.month, reschedule: carry.reschedule, token: carry.token, t: carry.t }}
              />
            </div>
          )}
          {reschedule && !reschedule.changeable.ok ? (
            <p role="alert" className="mt-6 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-800">
              {reschedule.words.closed ?? reschedule.changeable.reason} {backToBooking}
            </p>
          ) : paused ? (
            <p role="status" className="mt-4 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-800">
              {reschedule ? reschedulePausedMessage(coach.practice.name) : bookingsPausedMessage(coach.practice.name)}
              {backToBooking && <> {backToBooking}</>}
            </p>
          ) : (
            <div className="mt-6 grid gap-8 md:grid-cols-[minmax(0,1fr)_13rem]">
              <BookingNavigation>
                <MonthCalendar
                  month={view.month}
                  today={view.today}
                  minMonth={view.minMonth}
                  maxMonth={view.maxMonth}
                  selected={date}
                  counts={Object.fromEntries([...byDate].map(([day, starts]) => [day, starts.length]))}
                  words={monthCalendarWords(view.month, locale)}
                  path={path}
                  query={{ ...carry, start: keepPicked }}
                />
                <TimesLoading>
                  <SlotList
                    date={date}
                    starts={date ? (byDate.get(date) ?? []) : []}
                    zone={zone}
                    locale={locale}
                    selected={picked}
                    slotHref={(start) =>
                      bookingHref(path, { ...carry, month: view.month, date, start: start.toISOString() }, "details")
                    }
                    emptyMessage={
                      <>
                        No free times in {formatMonth(view.month)}.
                        {nextMonth <= view.maxMonth && (
                          <>
                            {" "}
                            <Link
                              className="text-brand-700 font-medium hover:underline"
                              href={bookingHref(path, { ...carry, month: nextMonth })}
                              prefetch={false}
                              scroll={false}
                            >
                              See {formatMonth(nextMonth)}
                            </Link>
                          </>
                        )}
                      </>
                    }
                  />
                </TimesLoading>
              </BookingNavigation>
            </div>
          )}
        </div>
      </Card>

      {picked && !paused && !closed && (
        <Card id="details" className="mt-6 scroll-mt-6 p-6">
          <h2 className="text-ink mb-4 text-lg font-semibold tracking-tight">
            {reschedule ? "Confirm your new time" : "Your details"}
          </h2>
          {reschedule ? (
            <RescheduleForm
              action={rescheduleAction}
              hidden={{ uid: reschedule.booking.uid, token: reschedule.token, start: picked.toISOString() }}
              available={pickedAvailable}
              unavailableMessage={UNAVAILABLE}
            >
              {pickedTime}
            </RescheduleForm>
          ) : (
            <IntakeForm
              action={bookSessionAction}
              hidden={{
                practiceSlug: coach.practice.slug,
                coachSlug: coach.slug,
                sessionType: type.slug,
                ...(linkToken ? { sessionTypeToken: linkToken } : {}),
                timeZone: zone,
                start: picked.toISOString(),
              }}
              questions={type.intakeQuestions}
              asksPhone={type.location.kind === "PHONE_BOOKER"}
              available={pickedAvailable}
              unavailableMessage={UNAVAILABLE}
            >
              {pickedTime}
            </IntakeForm>
          )}
        </Card>
      )}
    </PublicShell>
  );
}

function ClockIcon() {
  return (
    <svg viewBox="0 0 20 20" fill="none" aria-hidden="true" className="text-muted size-4 shrink-0">
      <circle cx="10" cy="10" r="7.25" stroke="currentColor" strokeWidth="1.5" />
      <path d="M10 6v4l2.5 2.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

function PlaceIcon() {
  return (
    <svg viewBox="0 0 20 20" fill="none" aria-hidden="true" className="text-muted size-4 shrink-0">
      <path
        d="M10 17.5s5.5-4.9 5.5-9.25a5.5 5.5 0 1 0-11 0C4.5 12.6 10 17.5 10 17.5Z"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      <circle cx="10" cy="8.25" r="1.75" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
