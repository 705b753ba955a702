import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Avatar, Card, EmptyState } from "~/components/ui/surface";
import { bookingsPausedMessage } from "~/modules/bookings/server/public-bookings.service";
import { loadPublicPractice } from "~/modules/bookings/server/public-page-loaders";
import { PublicShell } from "~/modules/bookings/ui/public-shell";

type Props = { params: Promise<{ practiceSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const practice = await loadPublicPractice((await params).practiceSlug);
  return { title: `Book a session with ${practice.name}` };
}

export default async function PracticeBookingPage({ params }: Props) {
  const practice = await loadPublicPractice((await params).practiceSlug);
  const coaches = practice.coachProfiles;
  return (
    <PublicShell practice={practice} width="max-w-3xl">
      <h1 className="text-ink text-2xl font-semibold tracking-tight sm:text-3xl">Book a session</h1>
      <p className="text-muted mt-2 max-w-xl text-sm sm:text-base">
        Start with a short, no-obligation call with a coach at {practice.name} to talk about where you are in your
        career and where you&apos;d like to go. Pick a coach to see their free times, shown in your own time zone.
      </p>
      {!practice.takingNewBookings ? (
        <div className="mt-8">
          <EmptyState title="No times to book right now" description={bookingsPausedMessage(practice.name)} />
        </div>
      ) : coaches.length === 0 ? (
        <div className="mt-8">
          <EmptyState
            title="No coaches are taking bookings right now"
            description={`Please check back soon, or contact ${practice.name} directly.`}
          />
        </div>
      ) : (
        <ul className="mt-8 grid gap-4">
          {coaches.map((coach) => (
            <li key={coach.slug}>
              <Card className="flex flex-wrap items-center gap-4 p-5 sm:flex-nowrap">
                <Avatar name={coach.displayName} className="size-12 text-base" />
                <div className="min-w-0 flex-1 basis-40">
                  <h2 className="text-ink text-base font-semibold">{coach.displayName}</h2>
                  {coach.headline && <p className="text-muted mt-0.5 text-sm">{coach.headline}</p>}
                  <ul className="text-muted mt-1 text-xs">
                    {coach.sessionTypes.map((type) => (
                      <li key={type.slug}>
                        {type.name} · {type.durationMinutes} minutes
                      </li>
                    ))}
                  </ul>
                </div>
                <Button asChild className="w-full shrink-0 sm:w-auto">
                  <Link
                    href={`/book/${practice.slug}/${coach.slug}`}
                    aria-label={`See times with ${coach.displayName}`}
                  >
                    See times
                  </Link>
                </Button>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </PublicShell>
  );
}
