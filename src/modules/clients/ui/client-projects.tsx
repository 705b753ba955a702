import Link from "next/link";
import { ProgressBar } from "~/components/ui/progress-bar";
import { Badge, Card, CardHeader, EmptyState } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { ProjectProgress } from "~/modules/projects/domain/progress";
import type { ProjectReadiness } from "~/modules/readiness/server/readiness.service";
import { ReadinessTrend } from "~/modules/readiness/ui/readiness-trend";
import { RequestCheckInButton } from "~/modules/readiness/ui/request-check-in-button";
import { TrackBars } from "./track-bars";

interface ProjectView {
  id: string;
  title: string;
  northStar: string | null;
  status: "ACTIVE" | "CLOSED";
  dueDate: Date | null;
  progress: ProjectProgress;
  awaitingReview: number;
  readiness: ProjectReadiness;
}

// A due date is a calendar date, stored as its UTC midnight: read in UTC so no zone moves it to another day.
const dueDate = (date: Date, reader: ViewerLocale) =>
  new Intl.DateTimeFormat(reader.locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);

function Readiness({
  project,
  practiceSlug,
  zone,
  reader,
}: {
  project: ProjectView;
  practiceSlug: string;
  zone: string;
  reader: ViewerLocale;
}) {
  const { readiness } = project;
  const latest = readiness.answered.at(-1);
  return (
    <section aria-label={`Readiness for ${project.title}`} className="border-line space-y-3 border-t pt-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-sm font-semibold">Readiness</h3>
          <p className="text-muted text-xs">
            {readiness.answered.length === 0
              ? "No check-in answered yet."
              : `${readiness.answered.length} check-in${readiness.answered.length === 1 ? "" : "s"}, the latest ${formatInstant(latest!.completedAt, zone, reader)}.`}{" "}
            {readiness.waitingSince &&
              `One is waiting for an answer since ${formatInstant(readiness.waitingSince, zone, reader)}.`}
          </p>
        </div>
        {project.status === "ACTIVE" && !readiness.waitingSince && (
          <RequestCheckInButton practiceSlug={practiceSlug} projectId={project.id} />
        )}
      </div>
      {readiness.answered.length > 0 && <ReadinessTrend trend={readiness.trend} zone={zone} reader={reader} />}
      {latest?.note && (
        <blockquote className="border-brand-200 text-ink border-l-2 pl-3 text-sm whitespace-pre-wrap">
          {latest.note}
        </blockquote>
      )}
      {readiness.latestFears.length > 0 && (
        <div>
          <h4 className="text-muted text-xs font-medium uppercase">Fears holding them back</h4>
          <ul className="mt-1 flex flex-wrap gap-2">
            {readiness.latestFears.map((fear) => (
              <li
                key={fear}
                className="rounded-full bg-amber-50 px-3 py-1 text-xs text-amber-900 ring-1 ring-amber-200"
              >
                {fear}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function ClientProjects({
  projects,
  practiceSlug,
  clientId,
  zone,
  reader,
}: {
  projects: ProjectView[];
  practiceSlug: string;
  clientId: string;
  zone: string;
  reader: ViewerLocale;
}) {
  const assign = (
    <Link
      href={`/p/${practiceSlug}/projects/new?clientId=${clientId}`}
      className="bg-brand-700 hover:bg-brand-800 inline-flex h-8 items-center rounded-lg px-3 text-sm font-medium text-white"
    >
      Assign a project
    </Link>
  );
  return (
    <Card>
      <CardHeader title="Projects" actions={assign} />
      {projects.length === 0 ? (
        <div className="p-5">
          <EmptyState title="No project yet" description="Assign one from a template or from scratch." />
        </div>
      ) : (
        <ul className="divide-line divide-y">
          {projects.map((project) => (
            <li key={project.id} className="space-y-4 p-5">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <Link
                    href={`/p/${practiceSlug}/projects/${project.id}`}
                    className="text-brand-700 font-semibold hover:underline"
                  >
                    {project.title}
                  </Link>
                  {project.northStar && <p className="text-muted text-sm">{project.northStar}</p>}
                </div>
                <div className="flex flex-wrap gap-2">
                  <Badge tone={project.status === "ACTIVE" ? "brand" : "neutral"}>
                    {project.status === "ACTIVE" ? "Active" : "Closed"}
                  </Badge>
                  {project.awaitingReview > 0 && (
                    <Link href={`/p/${practiceSlug}/reviews`}>
                      <Badge tone="warning">{project.awaitingReview} awaiting review</Badge>
                    </Link>
                  )}
                </div>
              </div>
              <div className="space-y-1">
                <div className="flex justify-between text-sm">
                  <span className="font-medium">Interviews</span>
                  <span className="text-muted tabular-nums">
                    {project.progress.interviewed} of {project.progress.target}
                    {project.dueDate && ` · due ${dueDate(project.dueDate, reader)}`}
                  </span>
                </div>
                <ProgressBar
                  value={project.progress.interviewed}
                  max={project.progress.target}
                  label={`${project.title}: ${project.progress.interviewed} of ${project.progress.target} interviews`}
                  tone={project.progress.complete ? "done" : "brand"}
                />
              </div>
              <TrackBars progress={project.progress} />
              <Readiness project={project} practiceSlug={practiceSlug} zone={zone} reader={reader} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
