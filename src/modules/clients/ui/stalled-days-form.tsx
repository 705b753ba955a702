"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
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
      <Field
        label="Flag as stalled after"
        hint={`Days without outreach or a reflection (${STALLED_DAYS.min}–${STALLED_DAYS.max}).`}
        error={problem.fields.stalledAfterDays ?? problem.message}
      >
        {({ id, describedBy, invalid }) => (
          <div className="flex items-center gap-2">
            <Input
              id={id}
              type="number"
              inputMode="numeric"
              min={STALLED_DAYS.min}
              max={STALLED_DAYS.max}
              value={days}
              onChange={(event) => {
                setDays(event.target.value);
                save.reset();
              }}
              aria-describedby={describedBy}
              invalid={invalid}
              className="w-24"
            />
            <span className="text-muted text-sm">days</span>
          </div>
        )}
      </Field>
      <Button type="submit" variant="secondary" pending={save.isPending}>
        Save
      </Button>
      <p role="status" className="text-sm text-emerald-700">
        {save.isSuccess ? "Saved." : ""}
      </p>
    </form>
  );
}
