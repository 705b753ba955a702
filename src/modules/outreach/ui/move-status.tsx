"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Select } from "~/components/ui/field";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { allowedMoves, STATUS_LABELS, type ContactStatus } from "../domain/pipeline";

/** Move a person along the pipeline by hand, offering only the moves the pipeline allows. */
export function MoveStatus({
  practiceSlug,
  contactId,
  status,
}: {
  practiceSlug: string;
  contactId: string;
  status: ContactStatus;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const moves = allowedMoves(status);
  const [to, setTo] = useState<ContactStatus | "">("");
  const move = useMutation(
    trpc.outreach.moveContact.mutationOptions({
      onSuccess: () => {
        setTo("");
        router.refresh();
      },
    }),
  );
  if (moves.length === 0) return null;
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (to) move.mutate({ practiceSlug, contactId, status: to });
      }}
    >
      <label htmlFor={id} className="sr-only">
        Move to
      </label>
      <div className="w-40">
        <Select id={id} value={to} onChange={(e) => setTo(e.target.value as ContactStatus)}>
          <option value="">Move to…</option>
          {moves.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary" disabled={!to} pending={move.isPending}>
        Move
      </Button>
      {move.error && (
        <span role="alert" className="text-xs text-red-600">
          {errorDetails(move.error).message}
        </span>
      )}
    </form>
  );
}
