"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { requestSignInLink, type SignInFormState } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(requestSignInLink, { email: "" });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <InputField
        label="Email address"
        error={state.error}
        hint="We'll email you a link that signs you in. No password needed."
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        autoFocus
        defaultValue={state.email}
        placeholder="you@example.com"
      />
      <Button type="submit" className="w-full" pending={pending}>
        {pending ? "Sending link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
