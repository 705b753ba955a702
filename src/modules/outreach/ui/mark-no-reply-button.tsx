"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** The nudge once follow-ups are used up: stop chasing and mark the person "no reply". */
export function MarkNoReplyButton({ practiceSlug, contactId }: { practiceSlug: string; contactId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const move = useMutation(trpc.outreach.moveContact.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        pending={move.isPending}
        onClick={() => move.mutate({ practiceSlug, contactId, status: "NO_REPLY" })}
      >
        Mark “no reply”
      </Button>
      {move.error && (
        <span role="alert" className="text-xs text-red-600">
          {errorDetails(move.error).message}
        </span>
      )}
    </>
  );
}
