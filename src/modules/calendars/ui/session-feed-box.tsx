"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/field";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { CopyIcon } from "~/modules/scheduling/ui/icons";
import { usePageRefresh } from "~/components/hooks/use-page-refresh";

type Confirming = "replace" | "turn-off" | null;

const CONFIRMATIONS = {
  replace: {
    question: "Every calendar app subscribed to the old link stops getting your sessions.",
    action: "Make a new link",
  },
  "turn-off": { question: "Every calendar app subscribed to it stops getting your sessions.", action: "Turn off" },
} as const;

/**
 * The coach's private subscription feed of upcoming sessions, for calendar apps Fieldnotes does not write to. The
 * address is the secret, so replacing or turning it off asks first: it cuts off every app already subscribed.
 */
export function SessionFeedBox({
  practiceSlug,
  coachProfileId,
  url,
}: {
  practiceSlug: string;
  coachProfileId: string;
  url: string | null;
}) {
  const trpc = useTRPC();
  const inputId = useId();
  const { refreshing, refresh } = usePageRefresh();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const done = () => {
    setConfirming(null);
    setCopied("idle");
    refresh();
  };
  const regenerate = useMutation(trpc.calendars.regenerateSessionFeed.mutationOptions({ onSuccess: done }));
  const revoke = useMutation(trpc.calendars.revokeSessionFeed.mutationOptions({ onSuccess: done }));
  const failed = [regenerate, revoke].find((mutation) => mutation.isError);
  const input = { practiceSlug, coachProfileId };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <Card>
      <CardHeader
        title="Private session feed"
        description="Your upcoming sessions as a calendar any app can subscribe to, such as one Fieldnotes does not add sessions to."
      />
      <div className="space-y-3 px-4 py-4 sm:px-5">
        {failed && <Alert tone="danger">{errorDetails(failed.error).message}</Alert>}
        {url ? (
          <>
            <div className="space-y-1.5">
              <label htmlFor={inputId} className="text-ink block text-sm font-medium">
                Feed address
              </label>
              <div className="flex flex-col gap-2 sm:flex-row">
                <Input
                  id={inputId}
                  readOnly
                  value={url}
                  aria-describedby={`${inputId}-hint`}
                  className="min-w-0 flex-1 font-mono"
                  onFocus={(event) => event.target.select()}
                />
                <Button type="button" variant="secondary" onClick={() => copy(url)}>
                  <CopyIcon />
                  Copy
                </Button>
              </div>
              <p id={`${inputId}-hint`} className="text-muted text-xs">
                Anyone with this address can see your upcoming sessions. Keep it to yourself.
              </p>
              <p className="text-muted text-xs" aria-live="polite">
                {copied === "copied" ? "Address copied." : copied === "failed" ? "Select the address and copy it." : ""}
              </p>
            </div>
            {confirming ? (
              <div
                role="group"
                aria-label={`${CONFIRMATIONS[confirming].action}?`}
                className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
              >
                <span className="min-w-0 basis-full sm:basis-auto">{CONFIRMATIONS[confirming].question}</span>
                <Button
                  type="button"
                  variant="danger"
                  size="sm"
                  pending={regenerate.isPending || revoke.isPending || refreshing}
                  onClick={() => (confirming === "replace" ? regenerate : revoke).mutate(input)}
                >
                  {CONFIRMATIONS[confirming].action}
                </Button>
                <Button type="button" variant="secondary" size="sm" onClick={() => setConfirming(null)}>
                  Keep this link
                </Button>
              </div>
            ) : (
              <div className="flex flex-wrap gap-2">
                <Button type="button" variant="secondary" size="sm" onClick={() => setConfirming("replace")}>
                  Make a new link…
                </Button>
                <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming("turn-off")}>
                  Turn off…
                </Button>
              </div>
            )}
          </>
        ) : (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-muted text-sm">No feed yet: nothing outside Fieldnotes can read your sessions.</p>
            <Button
              type="button"
              variant="secondary"
              pending={regenerate.isPending || refreshing}
              onClick={() => regenerate.mutate(input)}
            >
              Create feed link
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}
