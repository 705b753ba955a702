"use client";

import { useActionState, useRef } from "react";
import { Button } from "~/components/ui/button";
import type { SimpleFormState } from "./form-state";
import { refusalMessage, useFormFocus } from "./use-form-focus";

interface RescheduleFormProps {
  action: (previous: SimpleFormState, form: FormData) => Promise<SimpleFormState>;
  hidden: { uid: string; token: string; start: string };
  available: boolean;
  unavailableMessage: string;
  children: React.ReactNode;
}

/** Confirms moving an existing booking to the picked time; nothing else to fill in. */
export function RescheduleForm({ action, hidden, available, unavailableMessage, children }: RescheduleFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);
  useFormFocus(form, hidden.start, state.error ? state : undefined);
  const error =
    (state.start === hidden.start ? state.error : undefined) ?? (available ? undefined : unavailableMessage);
  return (
    <form ref={form} action={formAction} className="space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="border-line bg-canvas rounded-lg border px-4 py-3">
        {children}
        {error && (
          <p role="alert" {...refusalMessage} className="mt-2 text-sm font-medium text-red-600 outline-none">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" size="lg" className="w-full sm:w-auto" pending={pending} disabled={!available}>
        {pending ? "Moving your session…" : "Confirm new time"}
      </Button>
    </form>
  );
}
