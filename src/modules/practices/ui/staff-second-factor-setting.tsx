"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { Switch } from "~/components/ui/switch";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** The owner's switch: owners, admins and coaches must sign in with a second factor. Clients are never asked. */
export function StaffSecondFactorSetting({
  practiceSlug,
  required,
  canChange,
}: {
  practiceSlug: string;
  required: boolean;
  canChange: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const labelId = useId();
  const hintId = useId();
  const change = useMutation(
    trpc.practices.requireStaffSecondFactor.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const { message } = errorDetails(change.error);
  const shown = change.isPending ? Boolean(change.variables?.required) : required;
  return (
    <div className="space-y-3">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p id={labelId} className="text-ink text-sm font-medium">
            Require two-step sign-in for staff
          </p>
          <p id={hintId} className="text-muted mt-0.5 text-sm">
            Owners, admins and coaches must add an authenticator app or a passkey before they can open the practice.
            Clients are not affected.
            {!canChange && " Only an owner can change this."}
          </p>
        </div>
        <Switch
          checked={shown}
          aria-labelledby={labelId}
          aria-describedby={hintId}
          disabled={!canChange || change.isPending}
          onCheckedChange={(next) => change.mutate({ practiceSlug, required: next })}
        />
      </div>
      {message && <Alert tone="danger">{message}</Alert>}
    </div>
  );
}
