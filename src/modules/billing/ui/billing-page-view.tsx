import { Badge, Card, CardHeader, PageHeader, Alert } from "~/components/ui/surface";
import type { billingOverview } from "../server/billing.service";
import { formatMoney } from "../domain/plans";
import { ChangePlanForm } from "./change-plan-form";
import { CheckoutForm } from "./checkout-form";
import { PortalButton } from "./portal-button";

type Overview = Awaited<ReturnType<typeof billingOverview>>;

const STATUS_LABELS: Record<string, { label: string; tone: "neutral" | "brand" | "warning" | "danger" | "success" }> = {
  trialing: { label: "Trialing", tone: "brand" },
  active: { label: "Active", tone: "success" },
  past_due: { label: "Past due", tone: "warning" },
  unpaid: { label: "Unpaid", tone: "danger" },
  canceled: { label: "Canceled", tone: "danger" },
  incomplete: { label: "Payment pending", tone: "warning" },
  incomplete_expired: { label: "Expired", tone: "danger" },
  paused: { label: "Paused", tone: "danger" },
};

const RETURN_MESSAGES = {
  synced: { tone: "success", text: "You're subscribed. The new plan applies now." },
  pending: { tone: "neutral", text: "Stripe is still confirming the payment; this page updates when it has." },
  failed: { tone: "warning", text: "We couldn't confirm the checkout with Stripe yet. It will appear here shortly." },
  cancelled: { tone: "neutral", text: "Checkout was cancelled. Nothing was charged." },
} as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-5 py-3 text-sm">
      <dt className="text-muted">{label}</dt>
      <dd className="text-ink text-right font-medium">{children}</dd>
    </div>
  );
}

export function BillingPageView({
  practiceSlug,
  practiceName,
  timeZone,
  overview,
  returned,
}: {
  practiceSlug: string;
  practiceName: string;
  timeZone: string;
  overview: Overview;
  returned: keyof typeof RETURN_MESSAGES | null;
}) {
  const date = (value: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(value);
  const status = overview.status ? STATUS_LABELS[overview.status] : null;
  const { seats, clients, standing } = overview;
  return (
    <>
      <PageHeader title="Billing" description={`Plan, seats and invoices for ${practiceName}.`} />
      <div className="space-y-6">
        {returned && <Alert tone={RETURN_MESSAGES[returned].tone}>{RETURN_MESSAGES[returned].text}</Alert>}
        {!overview.configured && (
          <Alert tone="neutral" title="Stripe isn't connected on this server">
            <p>
              {status
                ? "Plans can't be started or changed here until it is; the subscription below is the one stored for this practice (the demo practice's is a seeded trial). "
                : ""}
              Practices without a subscription run on the free plan: {overview.freePlan.coachSeats} coach and up to{" "}
              {overview.freePlan.activeClients} active clients. To take payments, set <code>STRIPE_SECRET_KEY</code>,{" "}
              <code>STRIPE_WEBHOOK_SECRET</code>, <code>STRIPE_PRICE_SEAT_MONTHLY</code> and{" "}
              <code>STRIPE_PRICE_SEAT_YEARLY</code> (see the configuration table in the README), restart the app, and
              send Stripe's webhooks to <code>/api/stripe/webhook</code>.
            </p>
          </Alert>
        )}
        {standing.access === "grace" && (
          <Alert tone="warning" title="A payment failed">
            Everyone keeps access while Stripe retries. Update the payment method in the customer portal below.
          </Alert>
        )}
        {standing.access === "read_only" && (
          <Alert tone="danger" title="This practice is read-only">
            The subscription is {status?.label.toLowerCase() ?? overview.status}. Nothing has been deleted; subscribe
            again or pay the open invoice to make changes.
          </Alert>
        )}

        <div className="grid items-start gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader
              title="Current plan"
              actions={
                <div className="flex items-center gap-2">
                  <span className="text-ink font-semibold">{overview.plan.name}</span>
                  {status && <Badge tone={status.tone}>{status.label}</Badge>}
                </div>
              }
            />
            <dl className="divide-line divide-y">
              <Row label="Coach seats">
                {seats.used} used of {seats.paid} {overview.standing.tier === "free" ? "included" : "paid"}
                {seats.pendingInvitations > 0 && (
                  <span className="text-muted block text-xs font-normal">
                    {seats.pendingInvitations} invitation{seats.pendingInvitations === 1 ? "" : "s"} pending
                  </span>
                )}
              </Row>
              <Row label="Active clients">
                {clients.limit === null ? `${clients.active} (no limit)` : `${clients.active} of ${clients.limit}`}
              </Row>
              {overview.trialEnd && <Row label="Trial ends">{date(overview.trialEnd)}</Row>}
              <Row label="Next invoice">
                {overview.nextInvoiceAt ? date(overview.nextInvoiceAt) : <span className="text-muted">None</span>}
              </Row>
              {overview.cancelAtPeriodEnd && overview.currentPeriodEnd && (
                <Row label="Cancels on">{date(overview.currentPeriodEnd)}</Row>
              )}
            </dl>
          </Card>

          {overview.configured && !overview.live && (
            <Card>
              <CardHeader
                title={overview.standing.tier === "lapsed" ? "Subscribe again" : "Upgrade"}
                description="Paid plans have no client limit and as many coaches as you have seats."
              />
              <div className="p-5">
                <CheckoutForm
                  practiceSlug={practiceSlug}
                  plans={overview.plans}
                  suggestedSeats={overview.suggestedSeats}
                  minimumSeats={Math.max(1, seats.used)}
                  trialDays={overview.trialAvailable ? overview.trialDays : null}
                />
              </div>
            </Card>
          )}

          {overview.configured && overview.live && (
            <Card>
              <CardHeader
                title="Change plan or seats"
                description="A coach joining or leaving changes the seat count on its own; add spare seats here."
              />
              <div className="p-5">
                <ChangePlanForm
                  practiceSlug={practiceSlug}
                  current={{ interval: overview.plan.interval, seats: seats.paid }}
                  minimumSeats={Math.max(1, seats.used)}
                  timeZone={timeZone}
                />
              </div>
            </Card>
          )}
        </div>

        {overview.configured && overview.hasCustomer && (
          <Card>
            <CardHeader
              title="Payment methods and invoices"
              description="Cards, billing details, past invoices and cancellation are managed in Stripe's customer portal."
              actions={<PortalButton practiceSlug={practiceSlug} label="Open customer portal" />}
            />
            {overview.invoices === null ? (
              <p className="text-muted px-5 py-4 text-sm">
                Stripe didn't answer just now, so invoices can't be listed.
              </p>
            ) : overview.invoices.length === 0 ? (
              <p className="text-muted px-5 py-4 text-sm">No invoices yet.</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full min-w-[32rem] text-left text-sm">
                  <thead className="border-line text-muted border-b text-xs uppercase">
                    <tr>
                      <th className="px-5 py-3 font-medium">Date</th>
                      <th className="px-5 py-3 font-medium">Invoice</th>
                      <th className="px-5 py-3 font-medium">Amount</th>
                      <th className="px-5 py-3 font-medium">Status</th>
                    </tr>
                  </thead>
                  <tbody className="divide-line divide-y">
                    {overview.invoices.map((invoice) => (
                      <tr key={invoice.id}>
                        <td className="px-5 py-3">{date(invoice.createdAt)}</td>
                        <td className="px-5 py-3">
                          {invoice.url ? (
                            <a
                              href={invoice.url}
                              className="text-brand-700 font-medium hover:underline"
                              target="_blank"
                              rel="noreferrer"
                            >
                              {invoice.number ?? "View"}
                            </a>
                          ) : (
                            (invoice.number ?? "—")
                          )}
                        </td>
                        <td className="px-5 py-3">{formatMoney(invoice.totalCents, invoice.currency)}</td>
                        <td className="px-5 py-3 capitalize">{invoice.status ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
