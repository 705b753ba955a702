"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Payment methods, invoices and cancellation live in Stripe's customer portal. */
export function PortalButton({ practiceSlug, label }: { practiceSlug: string; label: string }) {
  const trpc = useTRPC();
  const portal = useMutation(
    trpc.billing.openPortal.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }),
  );
  const { message } = errorDetails(portal.error);
  return (
    <div className="space-y-3">
      <Button variant="secondary" pending={portal.isPending} onClick={() => portal.mutate({ practiceSlug })}>
        {label}
      </Button>
      {message && <Alert tone="danger">{message}</Alert>}
    </div>
  );
}
