import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { zoneLabel } from "~/lib/zone-labels";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { CLIENT_STATUSES } from "~/modules/clients/schemas";
import { AddClientForm } from "~/modules/clients/ui/add-client-form";
import type { SearchParams } from "~/modules/clients/ui/caseload-params";
import { ClientCards } from "~/modules/clients/ui/client-cards";
import { clientListHref, clientListQueryFrom } from "~/modules/clients/ui/client-list-params";
import { CLIENT_STATUS } from "~/modules/clients/ui/client-status";
import { PageLinks } from "~/modules/clients/ui/page-links";
import { requireUser } from "~/server/auth/require-user";
import { isAdminRole } from "~/server/auth/roles";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Clients" };

const control =
  "border-line text-ink focus:border-brand-600 focus:ring-brand-600/20 block h-10 w-full min-w-0 rounded-lg border bg-white px-3 text-sm shadow-sm focus:ring-2 focus:outline-none";

export default async function ClientsPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { practiceSlug } = await params;
  const base = `/p/${practiceSlug}/clients`;
  const query = clientListQueryFrom(await searchParams);
  const user = await requireUser(clientListHref(base, query));
  const [[practice, list], reader] = await Promise.all([
    loadOrNotFound(() =>
      Promise.all([api.practices.get({ practiceSlug }), api.clients.list({ practiceSlug, ...query })]),
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  const billingHref = isAdminRole(practice.role) ? `/p/${practiceSlug}/settings/billing` : null;
  const filtered = Boolean(query.search) || query.status !== "ALL";
  return (
    <>
      <PageHeader
        title="Clients"
        description={`Leads from discovery bookings and the clients you work with: ${list.total} ${filtered ? "shown" : "in all"}. Times in ${zoneLabel(zone, new Date())}.`}
        actions={
          <Button asChild variant="secondary">
            <Link href={`${base}/import`}>Import from a CSV file</Link>
          </Button>
        }
      />
      <AddClientForm
        practiceSlug={practiceSlug}
        zones={supportedTimeZones()}
        coaches={list.canChooseCoach ? list.coaches : []}
        billingHref={billingHref}
      />
      <form
        method="get"
        action={base}
        role="search"
        aria-label="Find clients"
        className="mb-4 grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-end"
      >
        <div className="space-y-1.5">
          <label htmlFor="clients-q" className="text-ink block text-sm font-medium">
            Search by name or email
          </label>
          <input
            id="clients-q"
            name="q"
            type="search"
            defaultValue={query.search}
            maxLength={100}
            className={control}
          />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="clients-status" className="text-ink block text-sm font-medium">
            Status
          </label>
          <select id="clients-status" name="status" defaultValue={query.status.toLowerCase()} className={control}>
            <option value="all">Every status</option>
            {CLIENT_STATUSES.map((status) => (
              <option key={status} value={status.toLowerCase()}>
                {CLIENT_STATUS[status].label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </form>
      {list.items.length === 0 ? (
        <EmptyState
          title={filtered ? "No client matches" : "No clients yet"}
          description={
            filtered
              ? "Try another name or email, or another status."
              : `When someone books a discovery session at /book/${practiceSlug}, they appear here as a lead. You can also add or import the clients you already have.`
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
        <ClientCards
          clients={list.items}
          practiceSlug={practiceSlug}
          zone={zone}
          reader={reader}
          billingHref={billingHref}
        />
      )}
      <PageLinks
        label="Client pages"
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => clientListHref(base, query, { page })}
      />
    </>
  );
}
