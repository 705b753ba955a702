import Link from "next/link";
import { Badge } from "~/components/ui/surface";
import { TabNav } from "~/components/ui/tab-nav";
import { formatLocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { ProjectView } from "../server/projects.service";

/** Title, who and when, and the project's tabs: the frame every project page renders inside. */
export function ProjectHeader({
  project,
  practiceSlug,
  reader,
}: {
  project: ProjectView;
  practiceSlug: string;
  reader: ViewerLocale;
}) {
  const base = `/p/${practiceSlug}/projects/${project.id}`;
  const tabs = [
    { href: base, label: "Workspace" },
    { href: `${base}/synthesis`, label: "Synthesis" },
    // Only the client answers check-ins; staff read them and ask for one on the client's page.
    ...(project.viewer.isClient ? [{ href: `${base}/check-in`, label: "Check-in" }] : []),
    ...(project.viewer.canManage ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  return (
    <header className="mb-6 space-y-4">
      <div>
        <p className="text-muted text-sm">
          <Link href={`/p/${practiceSlug}/projects`} className="hover:text-ink hover:underline">
            Projects
          </Link>
          {project.viewer.canManage && (
            <>
              {" / "}
              <Link href={`/p/${practiceSlug}/clients/${project.client.id}`} className="hover:text-ink hover:underline">
                {project.client.name}
              </Link>
            </>
          )}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h1 className="text-ink min-w-0 text-2xl font-semibold tracking-tight break-words">{project.title}</h1>
          {project.status === "CLOSED" && <Badge>Closed</Badge>}
        </div>
        {project.northStar && (
          <p className="text-ink mt-1 max-w-3xl text-sm break-words">North star: {project.northStar}</p>
        )}
        <p className="text-muted mt-1 text-sm">
          {project.viewer.canManage ? <>Client {project.client.name} · </> : null}
          Coach {project.coach.displayName}
          {project.dueDate && (
            <> · due {formatLocalDate(project.dueDate, reader, { short: true, year: true })}</>
          )} · {project.progress.interviewed} of {project.progress.target} conversations
        </p>
      </div>
      <TabNav label="Project" items={tabs} className="border-line border-b" />
    </header>
  );
}
