"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";

/** "Activate" on a lead: the client starts working with the practice (counts against the plan). */
export function ActivateClientButton({
  practiceSlug,
  clientId,
  clientName,
  billingHref,
}: {
  practiceSlug: string;
  clientId: string;
  clientName: string;
  billingHref: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const activate = useMutation(trpc.clients.setStatus.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-2">
      <Button
        size="sm"
        variant="secondary"
        pending={activate.isPending}
        aria-label={`Activate ${clientName}`}
        onClick={() => activate.mutate({ practiceSlug, clientId, status: "ACTIVE" })}
      >
        Activate
      </Button>
      {activate.error && (
        <div className="max-w-sm">
          <LimitAwareAlert error={activate.error} billingHref={billingHref} />
        </div>
      )}
    </div>
  );
}
