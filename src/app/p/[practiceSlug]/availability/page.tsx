import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { AvailabilityForm } from "~/modules/scheduling/ui/availability-form/availability-form";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Availability" };

export default async function AvailabilityPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  // Clients are FORBIDDEN here, which loadOrNotFound turns into the 404 page.
  const availability = await loadOrNotFound(() => api.scheduling.myAvailability({ practiceSlug }));
  return (
    <>
      <PageHeader
        title="Availability"
        description="When clients can book you, and how your booking page introduces you."
      />
      <AvailabilityForm practiceSlug={practiceSlug} availability={availability} zones={supportedTimeZones()} />
    </>
  );
}
