"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import type { SimpleFormState } from "./form-state";

interface CancelFormProps {
  action: (previous: SimpleFormState, form: FormData) => Promise<SimpleFormState>;
  uid: string;
  token: string;
  coachName: string;
}

/** A disclosure, so cancelling takes a deliberate second click; the reason is optional. */
export function CancelForm({ action, uid, token, coachName }: CancelFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <details className="group" open={Boolean(state.error)}>
      <summary className="border-line text-ink inline-flex h-10 cursor-pointer list-none items-center rounded-lg border bg-white px-4 text-sm font-medium hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        Cancel session
      </summary>
      <form action={formAction} className="mt-4 space-y-4 rounded-lg border border-red-200 bg-red-50/40 p-4">
        <input type="hidden" name="uid" value={uid} />
        <input type="hidden" name="token" value={token} />
        {state.error && <Alert tone="danger">{state.error}</Alert>}
        <TextAreaField
          label="Reason (optional)"
          hint={`Shared with ${coachName} in the cancellation email.`}
          name="reason"
          rows={3}
          maxLength={500}
          defaultValue={state.reason}
        />
        <Button type="submit" variant="danger" pending={pending}>
          {pending ? "Cancelling…" : "Yes, cancel this session"}
        </Button>
      </form>
    </details>
  );
}
