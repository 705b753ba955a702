import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { BillingPageView } from "~/modules/billing/ui/billing-page-view";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ checkout?: string; session_id?: string }>;
}) {
  const { practiceSlug } = await params;
  const { checkout, session_id: sessionId } = await searchParams;
  const user = await requireUser(`/p/${practiceSlug}/settings/billing`);
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  if (!isAdminRole(practice.role)) notFound();
  // Back from Checkout: read the result from Stripe now instead of waiting for the webhook.
  let returned: "synced" | "pending" | "failed" | "cancelled" | null = checkout === "cancelled" ? "cancelled" : null;
  if (checkout === "success" && sessionId) {
    returned = await api.billing
      .syncCheckout({ practiceSlug, sessionId })
      .then((result) => (result.completed ? "synced" : "pending"))
      .catch(() => "failed" as const);
  }
  const [overview, reader] = await Promise.all([api.billing.overview({ practiceSlug }), viewerLocale()]);
  return (
    <BillingPageView
      practiceSlug={practiceSlug}
      practiceName={practice.name}
      timeZone={viewerZone(user, practice)}
      reader={reader}
      overview={overview}
      returned={returned}
    />
  );
}
