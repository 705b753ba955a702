"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useState } from "react";
import { Button, type ButtonProps } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";

type Answer = { error?: string };

/**
 * Asks the browser for a passkey against a challenge the server issued, and hands the answer back to the server.
 * The two server actions come from the page (a sign-in page's own, or the second-factor page's for its ticket).
 */
export function PasskeyPromptButton({
  label,
  variant,
  requestOptions,
  submit,
}: {
  label: string;
  variant?: ButtonProps["variant"];
  requestOptions: () => Promise<Answer & { options?: PublicKeyCredentialRequestOptionsJSON }>;
  submit: (response: unknown) => Promise<Answer | undefined>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signIn() {
    setError(null);
    setPending(true);
    try {
      const asked = await requestOptions();
      if (!asked.options) return setError(asked.error ?? "Passkeys are not available just now.");
      const response = await startAuthentication({ optionsJSON: asked.options }).catch(() => null);
      if (!response) return setError("No passkey was used. Try again, or sign in with your email.");
      const answer = await submit(response);
      if (answer?.error) setError(answer.error);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-3">
      {error && <Alert tone="danger">{error}</Alert>}
      <Button type="button" variant={variant} className="w-full" pending={pending} onClick={() => void signIn()}>
        {label}
      </Button>
    </div>
  );
}
