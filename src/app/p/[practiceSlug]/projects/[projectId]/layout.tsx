import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { ProjectHeader } from "~/modules/projects/ui/project-header";
import { loadProjectHeader } from "~/modules/projects/server/project-page-loader";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ practiceSlug: string; projectId: string }>;
}) {
  const { practiceSlug, projectId } = await params;
  const [project, reader] = await Promise.all([loadProjectHeader(practiceSlug, projectId), viewerLocale()]);
  return (
    <>
      <ProjectHeader project={project} practiceSlug={practiceSlug} reader={reader} />
      {children}
    </>
  );
}
