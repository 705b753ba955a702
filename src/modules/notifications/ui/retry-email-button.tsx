"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Puts a dead email back in the queue; the worker picks it up within seconds. */
export function RetryEmailButton({ practiceSlug, messageId }: { practiceSlug: string; messageId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const retry = useMutation(trpc.notifications.retry.mutationOptions({ onSuccess: () => router.refresh() }));
  const { message } = errorDetails(retry.error);
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        size="sm"
        variant="secondary"
        pending={retry.isPending}
        disabled={retry.isSuccess}
        onClick={() => retry.mutate({ practiceSlug, messageId })}
      >
        {retry.isSuccess ? "Sending again" : "Retry"}
      </Button>
      {message && (
        <p role="alert" className="text-xs text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
