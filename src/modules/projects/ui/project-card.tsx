import Link from "next/link";
import { Badge, Card } from "~/components/ui/surface";
import { formatLocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { ProjectView } from "../server/projects.service";
import { TrackProgressList } from "./track-progress";

/** A project in a list: who, what for, and how far along each track is. */
export function ProjectCard({
  project,
  href,
  showClient,
  reader,
}: {
  project: ProjectView;
  href: string;
  showClient: boolean;
  reader: ViewerLocale;
}) {
  const { progress } = project;
  return (
    <Card className="flex h-full flex-col px-5 py-4">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          {showClient && (
            <p className="text-muted text-xs font-medium tracking-wide uppercase">{project.client.name}</p>
          )}
          <h2 className="text-ink text-base font-semibold">
            <Link href={href} className="hover:underline">
              {project.title}
            </Link>
          </h2>
        </div>
        {project.status === "CLOSED" ? (
          <Badge>Closed</Badge>
        ) : progress.complete ? (
          <Badge tone="success">Targets met</Badge>
        ) : null}
      </div>
      {project.northStar && <p className="text-muted mt-1 line-clamp-2 text-sm">{project.northStar}</p>}
      <p className="text-muted mt-2 text-xs">
        Coach {project.coach.displayName}
        {project.dueDate && <> · due {formatLocalDate(project.dueDate, reader, { short: true, year: true })}</>} ·{" "}
        {project.outreachGoal.label}
      </p>
      <div className="mt-4 flex-1">
        <TrackProgressList tracks={project.tracks} />
      </div>
      {project.imbalance && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800">{project.imbalance}</p>
      )}
      <p className="text-muted mt-3 text-xs">
        {progress.interviewed} of {progress.target} conversations overall
      </p>
    </Card>
  );
}
