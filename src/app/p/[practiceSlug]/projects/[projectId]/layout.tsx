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
  const project = await loadProjectHeader(practiceSlug, projectId);
  return (
    <>
      <ProjectHeader project={project} practiceSlug={practiceSlug} />
      {children}
    </>
  );
}
