import type { Metadata } from "next";
import { BookNextSession } from "~/modules/bookings/ui/client/book-next-session";
import { WorkspaceView } from "~/modules/outreach/ui/workspace-view";
import { loadProjectHeader } from "~/modules/projects/server/project-page-loader";
import { CheckInCall } from "~/modules/readiness/ui/check-in-call";
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
  const header = await loadProjectHeader(practiceSlug, projectId);
  const [workspace, readiness] = await loadOrNotFound(
    () =>
      Promise.all([
        api.outreach.workspace({ practiceSlug, projectId }),
        header.viewer.isClient ? api.readiness.openCheckIn({ practiceSlug, projectId }) : null,
      ]),
    base,
  );
  return (
    <div className="space-y-6">
      {readiness?.checkIn && (
        <CheckInCall
          href={`${base}/check-in`}
          requestedAt={readiness.checkIn.requestedAt}
          timeZone={workspace.project.timeZone}
        />
      )}
      {header.viewer.isClient && <BookNextSession practiceSlug={practiceSlug} />}
      <WorkspaceView practiceSlug={practiceSlug} workspace={workspace} />
    </div>
  );
}
