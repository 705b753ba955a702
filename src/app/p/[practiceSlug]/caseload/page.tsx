import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { viewerZone } from "~/lib/viewer-zone";
import { zoneLabel } from "~/lib/zone-labels";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { CaseloadFilters } from "~/modules/clients/ui/caseload-filters";
import { caseloadHref, caseloadQueryFrom, sortHref, type SearchParams } from "~/modules/clients/ui/caseload-params";
import { CaseloadTable } from "~/modules/clients/ui/caseload-table";
import { StalledDaysForm } from "~/modules/clients/ui/stalled-days-form";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Caseload" };

export default async function CaseloadPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { practiceSlug } = await params;
  const base = `/p/${practiceSlug}/caseload`;
  const query = caseloadQueryFrom(await searchParams);
  const user = await requireUser(caseloadHref(base, query));
  const [[practice, caseload], reader] = await Promise.all([
    loadOrNotFound(() =>
      Promise.all([api.practices.get({ practiceSlug }), api.clients.caseload({ practiceSlug, ...query })]),
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  const now = new Date();
  const filtered = Boolean(query.search || query.stalledOnly || query.coachProfileId);
  const current = { sort: caseload.sort, direction: caseload.direction };
  return (
    <>
      <PageHeader
        title="Caseload"
        description={
          <>
            {caseload.canConfigure ? "Every coach's active clients" : "Your active clients"}: {caseload.total}{" "}
            {filtered ? "shown" : "in all"}, {caseload.stalledCount} stalled (no outreach or reflection for{" "}
            {caseload.stalledAfterDays} days). Times in {zoneLabel(zone, now)}.
          </>
        }
      />
      <CaseloadFilters action={base} query={query} sort={caseload.sort} coaches={caseload.coaches} />
      {caseload.items.length === 0 ? (
        <EmptyState
          title={filtered ? "No client matches" : "No active clients yet"}
          description={
            filtered
              ? "Try another name, coach or turn off “Stalled only”."
              : "Activate a client on the Clients page and assign them a project; they appear here."
          }
          action={
            filtered ? (
              <Link href={base} className="text-brand-700 text-sm font-medium hover:underline">
                Show everyone
              </Link>
            ) : undefined
          }
        />
      ) : (
        <CaseloadTable
          rows={caseload.items}
          now={now}
          zone={zone}
          reader={reader}
          practiceSlug={practiceSlug}
          showCoach={caseload.canConfigure}
          sort={caseload.sort}
          direction={caseload.direction}
          sortHref={(column) => sortHref(base, query, current, column)}
        />
      )}
      {caseload.pageCount > 1 && (
        <nav aria-label="Caseload pages" className="mt-4 flex items-center justify-between gap-3 text-sm">
          {caseload.page > 1 ? (
            <Link href={caseloadHref(base, query, { page: caseload.page - 1 })} className="text-brand-700 font-medium">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {caseload.page} of {caseload.pageCount}
          </span>
          {caseload.page < caseload.pageCount ? (
            <Link href={caseloadHref(base, query, { page: caseload.page + 1 })} className="text-brand-700 font-medium">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
      {caseload.canConfigure && (
        <Card className="mt-8 p-5">
          <StalledDaysForm practiceSlug={practiceSlug} current={caseload.stalledAfterDays} />
        </Card>
      )}
    </>
  );
}
