import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { CalendarFailureBanner } from "~/modules/calendars/ui/calendar-failure-banner";
import { AvailabilityForm } from "~/modules/scheduling/ui/availability-form/availability-form";
import { SessionTypesSection } from "~/modules/scheduling/ui/session-types/session-types-section";
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
  const [availability, sessionTypes, calendars] = await Promise.all([
    loadOrNotFound(() => api.scheduling.myAvailability({ practiceSlug })),
    loadOrNotFound(() => api.sessionTypes.list({ practiceSlug, coachProfileId })),
    loadOrNotFound(() => api.calendars.overview({ practiceSlug, coachProfileId })),
  ]);
  return (
    <>
      <PageHeader
        title="Availability"
        description="When clients can book you, how your booking page introduces you, and the sessions you offer."
      />
      <CalendarFailureBanner practiceSlug={practiceSlug} overview={calendars} />
      <div className="space-y-10">
        <AvailabilityForm practiceSlug={practiceSlug} availability={availability} zones={supportedTimeZones()} />
        <SessionTypesSection practiceSlug={practiceSlug} list={sessionTypes} />
      </div>
    </>
  );
}
