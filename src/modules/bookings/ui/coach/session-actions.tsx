"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { addDays, formatDayAndClockTime, localDateOf } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { useTRPC } from "~/trpc/react";

interface Props {
  practiceSlug: string;
  bookingId: string;
  /** The page's zone and reader, resolved on the server, so the browser writes the times as the page does. */
  timeZone: string;
  reader: ViewerLocale;
  upcoming: boolean;
}

/** Cancel / reschedule (with a message to the booker) for upcoming sessions; outcome for past ones. */
export function SessionActions({ practiceSlug, bookingId, timeZone, reader, upcoming }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "cancel" | "reschedule">("idle");
  const [message, setMessage] = useState("");
  const [start, setStart] = useState<string | null>(null);
  const done = { onSuccess: () => (setMode("idle"), router.refresh()) };
  const cancel = useMutation(trpc.bookings.cancel.mutationOptions(done));
  const reschedule = useMutation(trpc.bookings.reschedule.mutationOptions(done));
  const outcome = useMutation(trpc.bookings.recordOutcome.mutationOptions(done));
  const today = localDateOf(new Date(), timeZone);
  const slots = useQuery({
    ...trpc.bookings.rescheduleSlots.queryOptions({
      practiceSlug,
      bookingId,
      from: today,
      to: addDays(today, 13),
      timeZone,
    }),
    enabled: mode === "reschedule",
  });
  const error = [cancel, reschedule, outcome].map((m) => errorDetails(m.error).message).find(Boolean);

  if (!upcoming) {
    return (
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          pending={outcome.isPending && outcome.variables?.outcome === "COMPLETED"}
          onClick={() => outcome.mutate({ practiceSlug, bookingId, outcome: "COMPLETED" })}
        >
          Mark completed
        </Button>
        <Button
          size="sm"
          variant="ghost"
          pending={outcome.isPending && outcome.variables?.outcome === "NO_SHOW"}
          onClick={() => outcome.mutate({ practiceSlug, bookingId, outcome: "NO_SHOW" })}
        >
          No-show
        </Button>
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    );
  }

  return (
    <div className="space-y-3">
      {mode === "idle" && (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => setMode("reschedule")}>
            Reschedule
          </Button>
          <Button size="sm" variant="ghost" className="text-red-700" onClick={() => setMode("cancel")}>
            Cancel session
          </Button>
        </div>
      )}
      {mode !== "idle" && (
        <form
          className="border-line space-y-3 rounded-lg border bg-slate-50 p-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (mode === "cancel") cancel.mutate({ practiceSlug, bookingId, message: message || undefined });
            else if (start) reschedule.mutate({ practiceSlug, bookingId, start, message: message || undefined });
          }}
        >
          {mode === "reschedule" && (
            <fieldset>
              <legend className="mb-2 text-sm font-medium">
                New time ({zoneLabel(timeZone, new Date())}, next two weeks)
              </legend>
              {slots.isLoading && <p className="text-muted text-sm">Loading free times…</p>}
              {slots.data?.length === 0 && <p className="text-muted text-sm">No free times in the next two weeks.</p>}
              <div className="flex max-h-48 flex-wrap gap-2 overflow-y-auto">
                {slots.data?.map((slot) => {
                  const value = slot.start.toISOString();
                  return (
                    <label
                      key={value}
                      className={`cursor-pointer rounded-md border px-2.5 py-1.5 text-sm ${start === value ? "border-brand-700 bg-brand-50 text-brand-800" : "border-line bg-white"}`}
                    >
                      <input
                        type="radio"
                        name="start"
                        value={value}
                        className="sr-only"
                        checked={start === value}
                        onChange={() => setStart(value)}
                      />
                      {formatDayAndClockTime(slot.start, timeZone, reader)}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          )}
          <InputField
            label="Message to the client (optional)"
            hint="Included in the email we send them."
            value={message}
            maxLength={500}
            onChange={(e) => setMessage(e.target.value)}
          />
          {error && <Alert tone="danger">{error}</Alert>}
          <div className="flex gap-2">
            <Button
              size="sm"
              type="submit"
              variant={mode === "cancel" ? "danger" : "primary"}
              disabled={mode === "reschedule" && !start}
              pending={cancel.isPending || reschedule.isPending}
            >
              {mode === "cancel" ? "Cancel and notify" : "Move and notify"}
            </Button>
            <Button size="sm" type="button" variant="ghost" onClick={() => setMode("idle")}>
              Keep as is
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
