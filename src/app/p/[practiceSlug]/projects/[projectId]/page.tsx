import type { Metadata } from "next";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { BookNextSession } from "~/modules/bookings/ui/client/book-next-session";
import { WorkspaceView } from "~/modules/outreach/ui/workspace-view";
import { loadProjectHeader } from "~/modules/projects/server/project-page-loader";
import { CheckInCall } from "~/modules/readiness/ui/check-in-call";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Project workspace" };

export default async function ProjectWorkspacePage({
  params,
}: {
  params: Promise<{ practiceSlug: string; projectId: string }>;
}) {
  const { practiceSlug, projectId } = await params;
  const base = `/p/${practiceSlug}/projects/${projectId}`;
  // The header is already loaded (and cached) by the layout; only the client answers check-ins.
  const [user, header] = await Promise.all([requireUser(base), loadProjectHeader(practiceSlug, projectId)]);
  const [[practice, workspace, readiness], reader] = await Promise.all([
    loadOrNotFound(
      () =>
        Promise.all([
          api.practices.get({ practiceSlug }),
          api.outreach.workspace({ practiceSlug, projectId }),
          header.viewer.isClient ? api.readiness.openCheckIn({ practiceSlug, projectId }) : null,
        ]),
      base,
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  return (
    <div className="space-y-6">
      {readiness?.checkIn && (
        <CheckInCall
          href={`${base}/check-in`}
          requestedAt={readiness.checkIn.requestedAt}
          timeZone={zone}
          reader={reader}
        />
      )}
      {header.viewer.isClient && <BookNextSession practiceSlug={practiceSlug} zone={zone} reader={reader} />}
      <WorkspaceView practiceSlug={practiceSlug} workspace={workspace} reader={reader} />
    </div>
  );
}
