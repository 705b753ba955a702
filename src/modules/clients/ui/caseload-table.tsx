import Link from "next/link";
import { Badge, Card } from "~/components/ui/surface";
import { ProgressBar } from "~/components/ui/progress-bar";
import { formatInstant } from "~/lib/time-zones";
import { relativeTime, type CaseloadSort, type SortDirection } from "../domain/caseload";
import type { CaseloadRow } from "../server/caseload.service";
import { TrackBars } from "./track-bars";

interface Column {
  label: string;
  sort?: CaseloadSort;
}

/**
 * The caseload rows: a table on wide screens, stacked cards on a phone (the same markup, each
 * cell labelled on small screens). Column headers sort through links, so no script is needed.
 */
export function CaseloadTable({
  rows,
  now,
  zone,
  practiceSlug,
  showCoach,
  sort,
  direction,
  sortHref,
}: {
  rows: CaseloadRow[];
  now: Date;
  zone: string;
  practiceSlug: string;
  showCoach: boolean;
  sort: CaseloadSort;
  direction: SortDirection;
  sortHref: (column: CaseloadSort) => string;
}) {
  const columns: Column[] = [
    { label: "Client", sort: "name" },
    { label: "Project and progress", sort: "progress" },
    { label: "Last activity", sort: "activity" },
    { label: "Awaiting review", sort: "awaiting" },
    { label: `Next session` },
  ];
  const base = `/p/${practiceSlug}`;
  return (
    <Card className="overflow-hidden">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Caseload, sorted by {columns.find((c) => c.sort === sort)?.label.toLowerCase()},{" "}
          {direction === "asc" ? "ascending" : "descending"}. Times in {zone}.
        </caption>
        <thead className="border-line text-muted hidden border-b text-xs uppercase md:table-header-group">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className="px-4 py-3 font-medium"
                aria-sort={
                  column.sort && column.sort === sort ? (direction === "asc" ? "ascending" : "descending") : undefined
                }
              >
                {column.sort ? (
                  <Link href={sortHref(column.sort)} className="hover:text-ink inline-flex items-center gap-1">
                    {column.label}
                    <span aria-hidden="true">{column.sort === sort ? (direction === "asc" ? "↑" : "↓") : ""}</span>
                  </Link>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-line block divide-y md:table-row-group">
          {rows.map((row) => (
            <tr key={row.clientId} className="grid gap-3 px-4 py-4 md:table-row md:p-0">
              <td className="md:px-4 md:py-3 md:align-top">
                <Link href={`${base}/clients/${row.clientId}`} className="text-brand-700 font-medium hover:underline">
                  {row.clientName}
                </Link>
                {showCoach && <p className="text-muted text-xs">{row.coach?.displayName ?? "No coach"}</p>}
                {row.stalled && (
                  <p className="mt-1">
                    <Badge tone="warning">Stalled · {row.daysIdle} days idle</Badge>
                  </p>
                )}
              </td>
              <td className="md:w-[30%] md:px-4 md:py-3 md:align-top">
                {row.project ? (
                  <div className="space-y-2">
                    <p className="text-ink break-words">
                      <Link
                        href={`${base}/projects/${row.project.id}`}
                        className="hover:text-brand-700 font-medium hover:underline"
                      >
                        {row.project.title}
                      </Link>
                      {row.moreProjects > 0 && (
                        <>
                          {" · "}
                          <Link href={`${base}/clients/${row.clientId}`} className="text-muted hover:underline">
                            +{row.moreProjects} more
                          </Link>
                        </>
                      )}
                    </p>
                    <ProgressBar
                      value={row.project.progress.interviewed}
                      max={row.project.progress.target}
                      label={`${row.project.title}: ${row.project.progress.interviewed} of ${row.project.progress.target} interviews`}
                      tone={row.project.progress.complete ? "done" : "brand"}
                    />
                    <TrackBars progress={row.project.progress} compact />
                  </div>
                ) : (
                  <Link
                    href={`${base}/projects/new?clientId=${row.clientId}`}
                    className="text-brand-700 text-sm hover:underline"
                  >
                    No project yet — assign one
                  </Link>
                )}
              </td>
              <td className="md:px-4 md:py-3 md:align-top">
                <span className="text-muted text-xs md:hidden">Last activity: </span>
                {row.lastActivityAt ? (
                  <>
                    <span className="font-medium">{relativeTime(row.lastActivityAt, now)}</span>
                    <span className="text-muted block text-xs">{formatInstant(row.lastActivityAt, zone)}</span>
                  </>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
              <td className="md:px-4 md:py-3 md:align-top">
                <span className="text-muted text-xs md:hidden">Awaiting review: </span>
                {row.awaitingReview > 0 ? (
                  <Link href={`${base}/reviews`} className="text-brand-700 font-medium hover:underline">
                    {row.awaitingReview} {row.awaitingReview === 1 ? "reflection" : "reflections"}
                  </Link>
                ) : (
                  <span className="text-muted">None</span>
                )}
              </td>
              <td className="md:px-4 md:py-3 md:align-top">
                <span className="text-muted text-xs md:hidden">Next session: </span>
                {row.nextSessionAt ? (
                  <>
                    <span>{formatInstant(row.nextSessionAt, zone)}</span>
                    <span className="text-muted block text-xs">{relativeTime(row.nextSessionAt, now)}</span>
                  </>
                ) : (
                  <span className="text-muted">None booked</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
