"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useRef } from "react";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { ConnectionView } from "../server/calendars-view";

/**
 * Disconnecting deletes the stored password or tokens and the busy times read, but Fieldnotes does not reach into the
 * coach's calendar to remove the sessions it wrote there, so the dialog says so. A native <dialog>: focus moves into
 * it, Escape closes it, and the page behind is inert.
 */
export function DisconnectDialog({
  practiceSlug,
  connection,
  onDisconnected,
}: {
  practiceSlug: string;
  connection: Pick<ConnectionView, "id" | "label" | "calendars">;
  onDisconnected: () => void;
}) {
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const disconnect = useMutation(
    trpc.calendars.disconnect.mutationOptions({
      onSuccess: () => {
        dialog.current?.close();
        onDisconnected();
      },
    }),
  );
  const wroteSessions = connection.calendars.some((calendar) => calendar.canReceiveSessions);
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="text-red-700"
        aria-label={`Disconnect ${connection.label}`}
        onClick={() => dialog.current?.showModal()}
      >
        Disconnect…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="rounded-card m-auto w-[calc(100%-2rem)] max-w-md p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-ink text-base font-semibold break-words">
            Disconnect {connection.label}?
          </h2>
          <p className="text-sm">
            Its busy times stop blocking your booking page at once, and Fieldnotes deletes the password or access it
            kept for it.
          </p>
          {wroteSessions && (
            <p className="text-sm">
              Sessions already written to its calendar stay there. Fieldnotes stops updating them, so delete any you no
              longer want by hand.
            </p>
          )}
          {disconnect.error && <Alert tone="danger">{errorDetails(disconnect.error).message}</Alert>}
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <Button type="button" size="sm" variant="ghost" autoFocus onClick={() => dialog.current?.close()}>
              Keep it connected
            </Button>
            <Button
              type="button"
              size="sm"
              variant="danger"
              pending={disconnect.isPending}
              onClick={() => disconnect.mutate({ practiceSlug, connectionId: connection.id })}
            >
              Disconnect
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
