import { Badge, Card, CardHeader, PageHeader, Alert } from "~/components/ui/surface";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { billingOverview } from "../server/billing.service";
import { billingNotice } from "./billing-notice";
import { ChangePlanForm } from "./change-plan-form";
import { CheckoutForm } from "./checkout-form";
import { InvoicesCard } from "./invoices-card";
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
  pending: {
    tone: "neutral",
    text: "Stripe is still confirming the payment. Refresh this page in a minute to see it.",
  },
  failed: {
    tone: "warning",
    text: "Stripe hasn't confirmed the checkout yet. Refresh this page in a minute to see it.",
  },
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
  reader,
  overview,
  returned,
}: {
  practiceSlug: string;
  practiceName: string;
  timeZone: string;
  reader: ViewerLocale;
  overview: Overview;
  returned: keyof typeof RETURN_MESSAGES | null;
}) {
  const date = (value: Date) => new Intl.DateTimeFormat(reader.locale, { dateStyle: "medium", timeZone }).format(value);
  const status = overview.status ? STATUS_LABELS[overview.status] : null;
  const { seats, clients } = overview;
  const notice = billingNotice({ ...overview, practiceName }, date);
  return (
    <>
      <PageHeader title="Billing" description={`Plan, seats and invoices for ${practiceName}.`} />
      <div className="space-y-6">
        {returned && <Alert tone={RETURN_MESSAGES[returned].tone}>{RETURN_MESSAGES[returned].text}</Alert>}
        {notice && (
          <Alert tone={notice.tone} title={notice.title}>
            <p>{notice.body}</p>
            {notice.next === "portal" && overview.hasCustomer && (
              <div className="mt-3">
                <PortalButton practiceSlug={practiceSlug} label="Open the billing portal" />
              </div>
            )}
            {notice.next === "subscribe" && (
              <a href="#subscribe" className="mt-2 inline-block font-medium underline">
                Choose a plan
              </a>
            )}
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
            <Card id="subscribe">
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
                  reader={reader}
                />
              </div>
            </Card>
          )}
        </div>

        {overview.configured && overview.hasCustomer && (
          <InvoicesCard practiceSlug={practiceSlug} invoices={overview.invoices} date={date} />
        )}
      </div>
    </>
  );
}
