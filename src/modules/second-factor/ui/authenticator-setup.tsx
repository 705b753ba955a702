"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { FactorSetupProps } from "./factor-setup-props";

/** Adding an authenticator app: scan the code (or type the key), then prove it with one of its codes. */
export function AuthenticatorSetup({ onAdded, onCancel }: FactorSetupProps) {
  const trpc = useTRPC();
  const start = useMutation(trpc.secondFactor.startAuthenticator.mutationOptions());
  const confirm = useMutation(
    trpc.secondFactor.confirmAuthenticator.mutationOptions({ onSuccess: (result) => onAdded(result.recoveryCodes) }),
  );
  const started = start.data;
  const { message: startError } = errorDetails(start.error);
  const { message, fields } = errorDetails(confirm.error);

  if (!started) {
    return (
      <div className="space-y-3">
        {startError && <Alert tone="danger">{startError}</Alert>}
        <p className="text-muted text-sm">
          Use an app such as 1Password, Google Authenticator or Microsoft Authenticator. It shows a new six-digit code
          every 30 seconds.
        </p>
        <div className="flex gap-2">
          <Button type="button" size="sm" pending={start.isPending} onClick={() => start.mutate()}>
            Show the setup code
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate({ code: String(new FormData(event.currentTarget).get("code") ?? "") });
      }}
    >
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
        <img
          src={started.qrCode}
          alt="QR code for your authenticator app"
          width={176}
          height={176}
          className="border-line size-44 shrink-0 rounded-lg border"
        />
        <div className="min-w-0 space-y-2 text-sm">
          <p>1. In your app, add an account and scan this code.</p>
          <p className="text-muted">Can&apos;t scan? Enter this key instead:</p>
          <p className="font-mono text-sm tracking-wider break-all" data-testid="totp-secret">
            {started.secret}
          </p>
          <p>2. Enter the six-digit code the app shows.</p>
        </div>
      </div>
      {message && !fields.code && <Alert tone="danger">{message}</Alert>}
      <InputField
        label="Code from the app"
        name="code"
        error={fields.code && message}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={9}
        required
        autoFocus
        className="max-w-40"
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={confirm.isPending}>
          Turn on
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
