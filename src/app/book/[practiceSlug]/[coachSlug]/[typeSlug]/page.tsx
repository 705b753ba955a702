import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadOfferedType, loadPublicCoach } from "~/modules/bookings/server/public-page-loaders";
import { firstParam, type SearchParams } from "~/modules/bookings/ui/booking-view";
import { reschedulingOf, SessionBooking } from "../session-booking";

type Props = {
  params: Promise<{ practiceSlug: string; coachSlug: string; typeSlug: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { practiceSlug, coachSlug } = await params;
  const coach = await loadPublicCoach(practiceSlug, coachSlug);
  const title = `Book a session with ${coach.displayName}`;
  const query = await searchParams;
  // A secret link's token and a reschedule link's manage token sit in the query: keep them out of other sites'
  // referrers and out of indexes. Not "no-referrer": that makes browsers send `Origin: null` with a script-less
  // form post, which Next refuses as cross-site, so the confirm button would fail without JavaScript.
  if (firstParam(query.reschedule) || firstParam(query.t)) {
    return { title, referrer: "same-origin", robots: { index: false } };
  }
  return { title };
}

/**
 * One session type's times. A public type is open to anyone; a secret-link type needs the link's token (`t`); a
 * clients-only type is not offered here. Someone moving their own booking (the manage link's uid and token) may
 * reach its type's page whatever the type's visibility.
 */
export default async function SessionTypePage({ params, searchParams }: Props) {
  const { practiceSlug, coachSlug, typeSlug } = await params;
  const query = await searchParams;
  const coach = await loadPublicCoach(practiceSlug, coachSlug);
  const reschedule = await reschedulingOf(query, coach.id);
  if (reschedule && reschedule.booking.sessionType.slug !== typeSlug) notFound();
  const type = reschedule?.booking.sessionType ?? (await loadOfferedType(coach, typeSlug, firstParam(query.t)));
  const path = `/book/${coach.practice.slug}/${coach.slug}/${type.slug}`;
  return <SessionBooking coach={coach} type={type} path={path} query={query} reschedule={reschedule} />;
}
