"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { NumberField } from "~/components/ui/labelled-controls";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { STALLED_DAYS } from "../domain/caseload";

/** Admins set after how many quiet days a project is flagged as stalled (1–60). */
export function StalledDaysForm({ practiceSlug, current }: { practiceSlug: string; current: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [days, setDays] = useState(String(current));
  const save = useMutation(trpc.clients.setStalledAfterDays.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = errorDetails(save.error);
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ practiceSlug, stalledAfterDays: Number(days) });
      }}
    >
      <NumberField
        label="Flag as stalled after"
        hint={`Days without outreach or a reflection (${STALLED_DAYS.min}–${STALLED_DAYS.max}).`}
        error={problem.fields.stalledAfterDays ?? problem.message}
        unit="days"
        min={STALLED_DAYS.min}
        max={STALLED_DAYS.max}
        value={days}
        onValueChange={(value) => {
          setDays(value);
          save.reset();
        }}
        className="w-36"
      />
      <Button type="submit" variant="secondary" pending={save.isPending}>
        Save
      </Button>
      <p role="status" className="text-sm text-emerald-700">
        {save.isSuccess ? "Saved." : ""}
      </p>
    </form>
  );
}
