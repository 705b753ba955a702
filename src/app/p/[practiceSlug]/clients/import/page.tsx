import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "~/components/ui/surface";
import { ClientImport } from "~/modules/clients/ui/client-import";
import { isAdminRole, isStaffRole } from "~/server/auth/roles";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Import clients" };

export default async function ImportClientsPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }), `/p/${practiceSlug}/clients/import`);
  // Clients cannot import (the procedures refuse them); the page does not exist for them either.
  if (!isStaffRole(practice.role)) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/p/${practiceSlug}/clients`} className="text-muted hover:text-ink">
          ← Clients
        </Link>
      </p>
      <PageHeader
        title="Import clients"
        description={
          isAdminRole(practice.role)
            ? "Bring the clients you already have from a spreadsheet or another tool. Each one becomes an active client and is emailed a link that signs them in."
            : "Bring the clients you already coach from a spreadsheet or another tool: they become your active clients and are emailed a link that signs them in."
        }
      />
      <ClientImport
        practiceSlug={practiceSlug}
        billingHref={isAdminRole(practice.role) ? `/p/${practiceSlug}/settings/billing` : null}
      />
    </>
  );
}
