"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { NumberField, SelectField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { useTRPC } from "~/trpc/react";
import { formatMoney, type BillingInterval } from "../domain/plans";

/** Change billing period or seats: preview Stripe's proration first, then confirm exactly that. */
export function ChangePlanForm({
  practiceSlug,
  current,
  minimumSeats,
  timeZone,
  reader,
}: {
  practiceSlug: string;
  current: { interval: BillingInterval | null; seats: number };
  minimumSeats: number;
  timeZone: string;
  reader: ViewerLocale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [interval, setInterval] = useState<BillingInterval>(current.interval ?? "month");
  const [seats, setSeats] = useState(String(current.seats));
  const [asked, setAsked] = useState<{ interval: BillingInterval; seats: number } | null>(null);
  const preview = useQuery({
    ...trpc.billing.previewChange.queryOptions({
      practiceSlug,
      interval: asked?.interval ?? "month",
      seats: asked?.seats ?? 1,
    }),
    enabled: asked !== null,
    retry: false,
  });
  const change = useMutation(
    trpc.billing.changePlan.mutationOptions({
      onSuccess: () => {
        setAsked(null);
        router.refresh();
      },
    }),
  );
  const problem = errorDetails(preview.error ?? change.error);
  const shown = asked && preview.data;
  return (
    <div className="space-y-5">
      {change.isSuccess && (
        <Alert tone="success">
          Plan updated. The difference for the rest of this period is settled on the next invoice.
        </Alert>
      )}
      <form
        className="flex flex-wrap items-end gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          change.reset();
          setAsked({ interval, seats: Number(seats) });
        }}
      >
        <SelectField
          label="Billing period"
          value={interval}
          onChange={(event) => {
            setInterval(event.target.value as BillingInterval);
            setAsked(null);
          }}
          className="w-36"
        >
          <option value="month">Monthly</option>
          <option value="year">Yearly</option>
        </SelectField>
        <NumberField
          label="Coach seats"
          error={problem.fields.seats}
          min={minimumSeats}
          max={500}
          value={seats}
          onValueChange={(value) => {
            setSeats(value);
            setAsked(null);
          }}
          className="w-28"
        />
        <Button type="submit" variant="secondary" pending={preview.isFetching}>
          Preview change
        </Button>
      </form>
      {problem.message && !problem.fields.seats && <Alert tone="danger">{problem.message}</Alert>}
      {shown && (
        <div className="rounded-card border-line space-y-3 border bg-slate-50 p-4 text-sm">
          <p>
            {preview.data.prorationCents >= 0
              ? "Extra charge for the rest of this period: "
              : "Credit for the rest of this period: "}
            <strong>{formatMoney(Math.abs(preview.data.prorationCents), preview.data.currency)}</strong>
          </p>
          <p>
            Next invoice{" "}
            {preview.data.nextInvoiceAt &&
              `on ${new Intl.DateTimeFormat(reader.locale, { dateStyle: "medium", timeZone }).format(preview.data.nextInvoiceAt)}`}
            : <strong>{formatMoney(preview.data.nextInvoiceCents, preview.data.currency)}</strong>
          </p>
          <Button
            pending={change.isPending}
            onClick={() =>
              change.mutate({
                practiceSlug,
                interval: preview.data.interval,
                seats: preview.data.seats,
                prorationDate: preview.data.prorationDate,
              })
            }
          >
            Confirm change
          </Button>
        </div>
      )}
    </div>
  );
}
