import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { CalendarFailureBanner } from "~/modules/calendars/ui/calendar-failure-banner";
import { AvailabilityForm } from "~/modules/scheduling/ui/availability-form/availability-form";
import { SessionTypesSection } from "~/modules/scheduling/ui/session-types/session-types-section";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Availability" };

export default async function AvailabilityPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  /** `coach`: another coach's profile whose session types an owner or admin manages. */
  searchParams: Promise<{ coach?: string | string[] }>;
}) {
  const { practiceSlug } = await params;
  const { coach } = await searchParams;
  // Clients are FORBIDDEN here, and a coach the caller may not manage NOT_FOUND: loadOrNotFound shows the 404 page.
  const coachProfileId = typeof coach === "string" ? coach : undefined;
  const user = await requireUser(`/p/${practiceSlug}/availability`);
  const [practice, availability, sessionTypes, calendars, reader] = await Promise.all([
    loadOrNotFound(() => api.practices.get({ practiceSlug })),
    loadOrNotFound(() => api.scheduling.myAvailability({ practiceSlug })),
    loadOrNotFound(() => api.sessionTypes.list({ practiceSlug, coachProfileId })),
    loadOrNotFound(() => api.calendars.overview({ practiceSlug, coachProfileId })),
    viewerLocale(),
  ]);
  return (
    <>
      <PageHeader
        title="Availability"
        description="When clients can book you, how your booking page introduces you, and the sessions you offer."
      />
      <CalendarFailureBanner
        practiceSlug={practiceSlug}
        overview={calendars}
        zone={viewerZone(user, practice)}
        reader={reader}
      />
      <div className="space-y-10">
        <AvailabilityForm
          practiceSlug={practiceSlug}
          availability={availability}
          zones={supportedTimeZones()}
          reader={reader}
        />
        <SessionTypesSection practiceSlug={practiceSlug} list={sessionTypes} />
      </div>
    </>
  );
}
