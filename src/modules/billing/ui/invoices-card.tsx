import { Card, CardHeader } from "~/components/ui/surface";
import { formatMoney } from "../domain/plans";
import type { billingOverview } from "../server/billing.service";
import { PortalButton } from "./portal-button";

type Invoices = Awaited<ReturnType<typeof billingOverview>>["invoices"];

/** Stripe's invoice statuses as an owner would put them. */
const INVOICE_STATUS: Record<string, string> = {
  draft: "Being prepared",
  open: "Due",
  paid: "Paid",
  uncollectible: "Not collected",
  void: "Cancelled",
};

export function InvoicesCard({
  practiceSlug,
  invoices,
  date,
}: {
  practiceSlug: string;
  invoices: Invoices;
  date: (value: Date) => string;
}) {
  return (
    <Card>
      <CardHeader
        title="Payment card and invoices"
        description="Change the card, billing details or plan renewal, and download past invoices, in Stripe's billing portal."
        actions={<PortalButton practiceSlug={practiceSlug} label="Open the billing portal" />}
      />
      {invoices === null ? (
        <p className="text-muted px-5 py-4 text-sm">
          Stripe didn&apos;t answer just now, so invoices can&apos;t be listed. They are all in the billing portal.
        </p>
      ) : invoices.length === 0 ? (
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
              {invoices.map((invoice) => (
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
                  <td className="px-5 py-3">{(invoice.status && INVOICE_STATUS[invoice.status]) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
