import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { ActivateClientButton } from "~/modules/clients/ui/client-status-action";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Clients" };

const STATUS = { LEAD: "Lead", ACTIVE: "Active", COMPLETED: "Completed", ARCHIVED: "Archived" } as const;

export default async function ClientsPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const user = await requireUser(`/p/${practiceSlug}/clients`);
  const [practice, clients] = await loadOrNotFound(() =>
    Promise.all([api.practices.get({ practiceSlug }), api.bookings.clients({ practiceSlug })]),
  );
  const zone = user.timeZone ?? practice.timeZone;
  const billingHref = isAdminRole(practice.role) ? `/p/${practiceSlug}/settings/billing` : null;
  return (
    <>
      <PageHeader
        title="Clients"
        description="Everyone who booked a discovery session becomes a lead here. Activate a lead when you start working together."
      />
      {clients.length === 0 ? (
        <EmptyState
          title="No clients yet"
          description={`When someone books at /book/${practiceSlug}, they appear here as a lead.`}
        />
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-line text-muted border-b text-xs uppercase">
              <tr>
                <th className="px-5 py-3 font-medium">Client</th>
                <th className="px-5 py-3 font-medium">Status</th>
                <th className="px-5 py-3 font-medium">Coach</th>
                <th className="px-5 py-3 font-medium">Next session ({zone})</th>
                <th className="px-5 py-3 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-line divide-y">
              {clients.map((client) => (
                <tr key={client.id}>
                  <td className="px-5 py-3">
                    <Link
                      href={`/p/${practiceSlug}/clients/${client.id}`}
                      className="text-brand-700 font-medium hover:underline"
                    >
                      {client.name}
                    </Link>
                    <p className="text-muted">
                      {client.email} {client.userId && <Badge tone="success">has an account</Badge>}
                    </p>
                  </td>
                  <td className="px-5 py-3">
                    <Badge tone={client.status === "LEAD" ? "warning" : "brand"}>{STATUS[client.status]}</Badge>
                  </td>
                  <td className="text-muted px-5 py-3">{client.coach?.displayName ?? "—"}</td>
                  <td className="px-5 py-3">
                    {client.nextSessionAt ? (
                      formatInstant(client.nextSessionAt, zone)
                    ) : (
                      <span className="text-muted">None booked</span>
                    )}
                  </td>
                  <td className="px-5 py-3 text-right">
                    {client.status === "LEAD" && (
                      <ActivateClientButton
                        practiceSlug={practiceSlug}
                        clientId={client.id}
                        clientName={client.name}
                        billingHref={billingHref}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
