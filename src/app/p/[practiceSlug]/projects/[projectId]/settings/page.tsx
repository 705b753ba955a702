import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadProjectHeader } from "~/modules/projects/server/project-page-loader";
import { ProjectSettingsForm } from "~/modules/projects/ui/project-settings-form";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({
  params,
}: {
  params: Promise<{ practiceSlug: string; projectId: string }>;
}) {
  const { practiceSlug, projectId } = await params;
  const [practice, project] = await Promise.all([
    loadOrNotFound(() => api.practices.get({ practiceSlug })),
    loadProjectHeader(practiceSlug, projectId),
  ]);
  // Settings are the staff's; a client has no such page.
  if (!project.viewer.canManage) notFound();
  return (
    <ProjectSettingsForm
      practiceSlug={practiceSlug}
      project={project}
      billingHref={isAdminRole(practice.role) ? `/p/${practiceSlug}/settings/billing` : null}
    />
  );
}
