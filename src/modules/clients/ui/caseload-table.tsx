import Form from "next/form";
import Link from "next/link";
import { Badge, Card } from "~/components/ui/surface";
import { ProgressBar } from "~/components/ui/progress-bar";
import { cn } from "~/lib/cn";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { relativeTime, type CaseloadSort, type SortDirection } from "../domain/caseload";
import type { CaseloadRow } from "../server/caseload.service";
import { formTargetOf } from "./caseload-params";
import { TrackBars } from "./track-bars";

interface Column {
  label: string;
  sort?: CaseloadSort;
}

const ARROWS: Record<SortDirection, string> = { asc: "↑", desc: "↓" };

/**
 * A sortable column's header: a button in a GET form to the URL that sorts by it (or flips the
 * direction), so it works by keyboard and without script; next/form keeps it a client-side move.
 */
function SortButton({ label, href, direction }: { label: string; href: string; direction: SortDirection | null }) {
  const { action, fields } = formTargetOf(href);
  return (
    <Form action={action} scroll={false}>
      {fields.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={cn(
          "hover:text-ink focus-visible:ring-brand-600 -mx-1 inline-flex items-center gap-1 rounded px-1 font-medium uppercase focus-visible:ring-2 focus-visible:outline-none",
          direction && "text-ink",
        )}
      >
        {label}
        <span aria-hidden="true" className={cn(!direction && "text-slate-400")}>
          {direction ? ARROWS[direction] : "↕"}
        </span>
      </button>
    </Form>
  );
}

/**
 * The caseload rows: a table on wide screens, stacked cards on a phone (the same markup, each
 * cell labelled on small screens). Column headers are sort buttons; on a phone the filters'
 * "Sort by" does the same.
 */
export function CaseloadTable({
  rows,
  now,
  zone,
  reader,
  practiceSlug,
  showCoach,
  sort,
  direction,
  sortHref,
}: {
  rows: CaseloadRow[];
  now: Date;
  zone: string;
  reader: ViewerLocale;
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
          {direction === "asc" ? "ascending" : "descending"}. Times in {zoneLabel(zone, now)}.
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
                  <SortButton
                    label={column.label}
                    href={sortHref(column.sort)}
                    direction={column.sort === sort ? direction : null}
                  />
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
                    <span className="text-muted block text-xs">{formatInstant(row.lastActivityAt, zone, reader)}</span>
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
                    <span>{formatInstant(row.nextSessionAt, zone, reader)}</span>
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
