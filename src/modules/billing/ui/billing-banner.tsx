import Link from "next/link";
import { Alert } from "~/components/ui/surface";
import type { Role } from "~/server/db/client";
import { api } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";
import { OutsideBillingPage } from "./outside-billing-page";

/** Shown above every staff page while a payment has failed (grace) or the plan has lapsed (read-only). */
export async function BillingBanner({ practiceSlug, role }: { practiceSlug: string; role: Role }) {
  const banner = await api.billing.banner({ practiceSlug }).catch(() => null);
  if (!banner || banner.access === "full") return null;
  const admin = isAdminRole(role);
  const billingPath = `/p/${practiceSlug}/settings/billing`;
  const link = admin ? (
    <Link href={billingPath} className="font-medium underline">
      {banner.access === "grace" ? "Update the payment method" : "Restore the subscription"}
    </Link>
  ) : null;
  return (
    <OutsideBillingPage billingPath={billingPath}>
      <div className="mb-6">
        {banner.access === "grace" ? (
          <Alert tone="warning" title="A payment failed">
            Everyone keeps access while Stripe retries the payment.{" "}
            {admin ? <>{link} to avoid interruption.</> : "An owner or admin has been emailed."}
          </Alert>
        ) : (
          <Alert tone="danger" title="This practice is read-only">
            The team can see everything but can&apos;t make changes until the subscription is renewed; you can still
            remove people and choose which emails you get. Clients keep working on their projects, and nothing has been
            deleted. {admin ? <>{link}.</> : "Ask an owner or admin to restore it."}
          </Alert>
        )}
      </div>
    </OutsideBillingPage>
  );
}
