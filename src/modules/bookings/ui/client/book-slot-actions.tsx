"use client";

import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";

/** The foot of a form that books a picked time: the request's error, the submit button naming the time, and a way out. */
export function BookSlotActions({
  start,
  zone,
  reader,
  pending,
  error,
  leaveLabel,
  onLeave,
}: {
  start: Date | null;
  zone: string;
  reader: ViewerLocale;
  pending: boolean;
  error: string | undefined;
  leaveLabel: string;
  onLeave: () => void;
}) {
  return (
    <>
      {error && <Alert tone="danger">{error}</Alert>}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={!start} pending={pending}>
          {start ? `Book ${formatInstant(start, zone, reader)}` : "Pick a time"}
        </Button>
        <Button type="button" variant="ghost" onClick={onLeave}>
          {leaveLabel}
        </Button>
      </div>
    </>
  );
}
