"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Google's consent page, then back to Calendars; without OAuth client settings on the server, a sentence instead. */
export function GoogleConnect({
  practiceSlug,
  coachProfileId,
  available,
}: {
  practiceSlug: string;
  coachProfileId: string;
  available: boolean;
}) {
  const trpc = useTRPC();
  const start = useMutation(
    trpc.calendars.startGoogle.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }),
  );
  if (!available) {
    return <p className="text-muted text-sm">Google Calendar isn&apos;t set up on this Fieldnotes server yet.</p>;
  }
  // Still pending once it succeeded: the browser is on its way to Google.
  const leaving = start.isPending || start.isSuccess;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        Google asks you to let Fieldnotes see when your calendars are busy (not what is in them) and add your sessions.
        You choose the calendars here afterwards.
      </p>
      {start.error && <Alert tone="danger">{errorDetails(start.error).message}</Alert>}
      <Button
        type="button"
        pending={leaving}
        className="w-full sm:w-auto"
        onClick={() => start.mutate({ practiceSlug, coachProfileId })}
      >
        {leaving ? "Opening Google…" : "Connect Google Calendar"}
      </Button>
    </div>
  );
}
