import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { CalendarsManager } from "~/modules/calendars/ui/calendars-manager";
import { GoogleReturnNotice } from "~/modules/calendars/ui/google-return-notice";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Calendars" };

export default async function CalendarsPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  /**
   * `coach`: another coach's profile whose calendars an owner or admin manages; `google`: how the trip through
   * Google's consent page ended.
   */
  searchParams: Promise<{ coach?: string | string[]; google?: string | string[] }>;
}) {
  const { practiceSlug } = await params;
  const { coach, google } = await searchParams;
  // Clients are FORBIDDEN here, and a coach the caller may not manage NOT_FOUND: loadOrNotFound shows the 404 page.
  const user = await requireUser(`/p/${practiceSlug}/calendars`);
  const [practice, overview, reader] = await Promise.all([
    loadOrNotFound(() => api.practices.get({ practiceSlug })),
    loadOrNotFound(() =>
      api.calendars.overview({ practiceSlug, coachProfileId: typeof coach === "string" ? coach : undefined }),
    ),
    viewerLocale(),
  ]);
  return (
    <>
      <PageHeader
        title="Calendars"
        description="Busy times in your calendars are removed from your booking page; sessions can be written to one calendar."
      />
      <div className="space-y-6">
        <GoogleReturnNotice outcome={typeof google === "string" ? google : undefined} />
        <CalendarsManager
          practiceSlug={practiceSlug}
          overview={overview}
          zone={viewerZone(user, practice)}
          reader={reader}
        />
      </div>
    </>
  );
}
