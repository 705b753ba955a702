import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "~/components/ui/surface";
import { pendingTicket } from "~/modules/second-factor/schemas";
import { pendingSignInChoices } from "~/modules/second-factor/server/second-factor-sign-in.service";
import { PasskeyPromptButton } from "~/modules/second-factor/ui/passkey-prompt-button";
import { SecondFactorCodeForm } from "~/modules/second-factor/ui/second-factor-code-form";
import { systemClock } from "~/server/clock";
import { completePendingWithPasskey, pendingPasskeyOptions, submitSecondFactorCode } from "./actions";

// The address carries the pending sign-in's ticket: sent to no other site.
export const metadata: Metadata = { title: "Two-step sign-in", referrer: "no-referrer" };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ ticket?: string }> }) {
  const ticket = pendingTicket.safeParse((await searchParams).ticket);
  const choices = ticket.success ? await pendingSignInChoices(ticket.data, systemClock.now()) : null;
  if (!ticket.success || !choices) {
    return (
      <Card className="p-6 sm:p-8">
        <h1 className="text-xl font-semibold tracking-tight">This sign-in has expired</h1>
        <p className="text-muted mt-2 text-sm">
          It was used already, or more than ten minutes went by. Request a new sign-in link to continue.
        </p>
        <Link href="/signin" className="text-brand-700 mt-6 inline-block text-sm font-medium hover:underline">
          Request a new link
        </Link>
      </Card>
    );
  }
  return (
    <Card className="space-y-6 p-6 sm:p-8">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">One more step</h1>
        <p className="text-muted mt-1 text-sm">
          Signing in as <span className="text-ink font-medium">{choices.email}</span>. Your account uses two-step
          sign-in.
        </p>
      </div>
      {choices.passkeys && (
        <PasskeyPromptButton
          label="Use your passkey"
          variant={choices.authenticatorApp ? "secondary" : "primary"}
          requestOptions={pendingPasskeyOptions.bind(null, ticket.data)}
          submit={completePendingWithPasskey.bind(null, ticket.data)}
        />
      )}
      {(choices.authenticatorApp || choices.recoveryCodes) && (
        <SecondFactorCodeForm
          ticket={ticket.data}
          action={submitSecondFactorCode}
          authenticatorApp={choices.authenticatorApp}
        />
      )}
    </Card>
  );
}
