"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { NumberField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { formatMoney, type BillingInterval, type PaidPlan } from "../domain/plans";

/** Pick monthly or yearly and a seat count, then go to Stripe Checkout. */
export function CheckoutForm({
  practiceSlug,
  plans,
  suggestedSeats,
  minimumSeats,
  trialDays,
}: {
  practiceSlug: string;
  plans: PaidPlan[];
  suggestedSeats: number;
  minimumSeats: number;
  trialDays: number | null;
}) {
  const trpc = useTRPC();
  const [interval, setInterval] = useState<BillingInterval>("month");
  const [seats, setSeats] = useState(String(suggestedSeats));
  const checkout = useMutation(
    trpc.billing.startCheckout.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }),
  );
  const { message, fields } = errorDetails(checkout.error);
  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        checkout.mutate({ practiceSlug, interval, seats: Number(seats) });
      }}
    >
      {message && !fields.seats && <Alert tone="danger">{message}</Alert>}
      <fieldset>
        <legend className="text-ink mb-2 text-sm font-medium">Billing period</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {plans.map((plan) => (
            <label
              key={plan.id}
              className={cn(
                "rounded-card flex cursor-pointer items-start gap-3 border p-4 text-sm",
                interval === plan.interval ? "border-brand-600 bg-brand-50 ring-brand-600/20 ring-2" : "border-line",
              )}
            >
              <input
                type="radio"
                name="interval"
                value={plan.interval}
                checked={interval === plan.interval}
                onChange={() => setInterval(plan.interval)}
                className="accent-brand-700 mt-1"
              />
              <span>
                <span className="text-ink block font-medium">{plan.interval === "month" ? "Monthly" : "Yearly"}</span>
                <span className="text-muted block">
                  {formatMoney(plan.listPriceCents, plan.currency)} per coach seat per {plan.interval}
                  {plan.interval === "year" && " (two months free)"}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <NumberField
        label="Coach seats"
        error={fields.seats}
        hint={`One per coach; owners, admins and clients are free. At least ${minimumSeats}.`}
        min={minimumSeats}
        max={500}
        value={seats}
        onValueChange={setSeats}
        className="w-28"
      />
      <Button type="submit" pending={checkout.isPending} className="w-full sm:w-auto">
        {trialDays ? `Start ${trialDays}-day free trial` : "Continue to payment"}
      </Button>
      <p className="text-muted text-xs">
        You'll enter payment details on Stripe's secure page.
        {trialDays ? " Nothing is charged until the trial ends; cancel any time before." : ""}
      </p>
    </form>
  );
}
