import Link from "next/link";
import { Badge } from "~/components/ui/surface";
import { formatCalendarDate } from "../domain/project-plan";
import type { ProjectView } from "../server/projects.service";
import { ProjectTabs } from "./project-tabs";

/** Title, who and when, and the project's tabs: the frame every project page renders inside. */
export function ProjectHeader({ project, practiceSlug }: { project: ProjectView; practiceSlug: string }) {
  const base = `/p/${practiceSlug}/projects/${project.id}`;
  const tabs = [
    { href: base, label: "Workspace" },
    { href: `${base}/synthesis`, label: "Synthesis" },
    { href: `${base}/check-in`, label: "Check-in" },
    ...(project.viewer.canManage ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  return (
    <header className="mb-6 space-y-4">
      <div>
        <p className="text-muted text-sm">
          <Link href={`/p/${practiceSlug}/projects`} className="hover:text-ink hover:underline">
            Projects
          </Link>
          {project.viewer.canManage && <> / {project.client.name}</>}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h1 className="text-ink text-2xl font-semibold tracking-tight">{project.title}</h1>
          {project.status === "CLOSED" && <Badge>Closed</Badge>}
        </div>
        {project.northStar && <p className="text-ink mt-1 max-w-3xl text-sm">North star: {project.northStar}</p>}
        <p className="text-muted mt-1 text-sm">
          {project.viewer.canManage ? <>Client {project.client.name} · </> : null}
          Coach {project.coach.displayName}
          {project.dueDate && <> · due {formatCalendarDate(project.dueDate)}</>} · {project.progress.interviewed} of{" "}
          {project.progress.target} conversations
        </p>
      </div>
      <ProjectTabs base={base} items={tabs} />
    </header>
  );
}
