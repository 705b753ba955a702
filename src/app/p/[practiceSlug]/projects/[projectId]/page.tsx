import type { Metadata } from "next";
import { WorkspaceView } from "~/modules/outreach/ui/workspace-view";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Project workspace" };

export default async function ProjectWorkspacePage({
  params,
}: {
  params: Promise<{ practiceSlug: string; projectId: string }>;
}) {
  const { practiceSlug, projectId } = await params;
  const workspace = await loadOrNotFound(
    () => api.outreach.workspace({ practiceSlug, projectId }),
    `/p/${practiceSlug}/projects/${projectId}`,
  );
  return <WorkspaceView practiceSlug={practiceSlug} workspace={workspace} />;
}
