import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "~/components/ui/button";
import { Avatar, Card, EmptyState } from "~/components/ui/surface";
import { listedSessionTypes } from "~/modules/bookings/server/public-bookings.service";
import { loadPublicCoach } from "~/modules/bookings/server/public-page-loaders";
import { bookingHref, firstParam, type SearchParams } from "~/modules/bookings/ui/booking-view";
import { PublicShell } from "~/modules/bookings/ui/public-shell";
import { locationSummary } from "~/modules/scheduling/domain/session-types";
import { reschedulingOf, SessionBooking } from "./session-booking";

type Props = {
  params: Promise<{ practiceSlug: string; coachSlug: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { practiceSlug, coachSlug } = await params;
  const coach = await loadPublicCoach(practiceSlug, coachSlug);
  return { title: `Book a session with ${coach.displayName}` };
}

/** The coach's public session types; with only one, its times straight away, as this page has always shown. */
export default async function CoachBookingPage({ params, searchParams }: Props) {
  const { practiceSlug, coachSlug } = await params;
  const query = await searchParams;
  const coach = await loadPublicCoach(practiceSlug, coachSlug);
  const path = `/book/${coach.practice.slug}/${coach.slug}`;
  // Reschedule links emailed before sessions had types point here; each session now moves on its type's page.
  const reschedule = await reschedulingOf(query, coach.id);
  if (reschedule) {
    const keep = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, firstParam(value)]));
    redirect(bookingHref(`${path}/${reschedule.booking.sessionType.slug}`, keep));
  }
  const listed = listedSessionTypes(coach);
  if (listed.length === 1) {
    return <SessionBooking coach={coach} type={listed[0]!} path={path} query={query} reschedule={null} />;
  }
  return (
    <PublicShell practice={coach.practice} width="max-w-3xl">
      <div className="flex items-center gap-4">
        <Avatar name={coach.displayName} className="size-14 text-lg" />
        <div className="min-w-0">
          <p className="text-muted text-sm">{coach.practice.name}</p>
          <h1 className="text-ink text-2xl font-semibold tracking-tight">{coach.displayName}</h1>
        </div>
      </div>
      {coach.headline && <p className="text-muted mt-3 max-w-xl text-sm sm:text-base">{coach.headline}</p>}
      {listed.length === 0 ? (
        <div className="mt-8">
          <EmptyState
            title="No sessions offered here right now"
            description={`${coach.displayName} isn't offering sessions to book online at the moment. Please check back soon, or contact ${coach.practice.name} directly.`}
          />
        </div>
      ) : (
        <>
          <h2 className="text-ink mt-8 text-lg font-semibold tracking-tight">Choose a session</h2>
          <ul className="mt-4 grid gap-4">
            {listed.map((type) => (
              <li key={type.slug}>
                <Card className="flex flex-wrap items-center gap-4 p-5 sm:flex-nowrap">
                  <div className="min-w-0 flex-1 basis-48">
                    <h3 className="text-ink text-base font-semibold">{type.name}</h3>
                    <p className="text-muted mt-1 text-sm">
                      {type.rules.durationMinutes} minutes · {locationSummary(type.location)}
                    </p>
                    {type.description && (
                      <p className="text-muted mt-2 text-sm break-words whitespace-pre-line">{type.description}</p>
                    )}
                  </div>
                  <Button asChild className="w-full shrink-0 sm:w-auto">
                    <Link href={`${path}/${type.slug}`} aria-label={`See times for ${type.name}`}>
                      See times
                    </Link>
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </PublicShell>
  );
}
