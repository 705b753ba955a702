"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";

type State = { error?: string };

/** The code step after the emailed link: the app's current code, or one recovery code. */
export function SecondFactorCodeForm({
  ticket,
  action,
  authenticatorApp,
}: {
  ticket: string;
  action: (previous: State, form: FormData) => Promise<State>;
  authenticatorApp: boolean;
}) {
  const [state, submit, pending] = useActionState<State, FormData>(action, {});
  return (
    <form action={submit} className="space-y-4" noValidate>
      <input type="hidden" name="ticket" value={ticket} />
      <InputField
        label={authenticatorApp ? "Code from your authenticator app" : "Recovery code"}
        hint={authenticatorApp ? "Or one of your recovery codes, if you don't have your phone." : undefined}
        error={state.error}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={40}
        required
        autoFocus
      />
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Checking…" : "Continue"}
      </Button>
    </form>
  );
}
