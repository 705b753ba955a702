"use client";

import { startRegistration, WebAuthnError } from "@simplewebauthn/browser";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { FactorSetupProps } from "./factor-setup-props";

const cancelledSentence = "The passkey wasn't created. Try again when you're ready.";

/** Adding a passkey: a name for it, then the browser's own prompt (fingerprint, face, PIN or security key). */
export function PasskeyAdd({ onAdded, onCancel }: FactorSetupProps) {
  const trpc = useTRPC();
  const options = useMutation(trpc.secondFactor.passkeyOptions.mutationOptions());
  const add = useMutation(
    trpc.secondFactor.addPasskey.mutationOptions({ onSuccess: (result) => onAdded(result.recoveryCodes) }),
  );
  const [browserError, setBrowserError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const { message, fields } = errorDetails(options.error ?? add.error);

  async function create(name: string) {
    setBrowserError(null);
    setCreating(true);
    try {
      // A refusal here is the server's, shown from the mutation's error.
      const optionsJSON = await options.mutateAsync().catch(() => null);
      if (!optionsJSON) return;
      const response = await startRegistration({ optionsJSON });
      add.mutate({ name, response });
    } catch (error) {
      const alreadyHere = error instanceof WebAuthnError && error.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED";
      setBrowserError(alreadyHere ? "This device already holds a passkey for your account." : cancelledSentence);
    } finally {
      setCreating(false);
    }
  }

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void create(String(new FormData(event.currentTarget).get("name") ?? ""));
      }}
    >
      {(browserError ?? (message && !fields.name)) && <Alert tone="danger">{browserError ?? message}</Alert>}
      <InputField
        label="Passkey name"
        name="name"
        hint="So you can tell your passkeys apart, e.g. “Work laptop”."
        error={fields.name}
        maxLength={60}
        defaultValue="My passkey"
        required
        autoFocus
        className="max-w-sm"
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={creating || add.isPending}>
          Create passkey
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
