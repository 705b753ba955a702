"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** The coach asks the client to answer the readiness questions again. */
export function RequestCheckInButton({ practiceSlug, projectId }: { practiceSlug: string; projectId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const request = useMutation(trpc.readiness.request.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-1">
      <Button
        size="sm"
        variant="secondary"
        pending={request.isPending}
        onClick={() => request.mutate({ practiceSlug, projectId })}
      >
        Ask for a new check-in
      </Button>
      <p role="status" className="text-xs">
        {request.error ? (
          <span className="text-red-600">{errorDetails(request.error).message}</span>
        ) : request.isSuccess ? (
          <span className="text-emerald-700">Requested. The client sees it on their project.</span>
        ) : null}
      </p>
    </div>
  );
}
