"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Alert, Badge, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { AuthenticatorSetup } from "./authenticator-setup";
import type { FactorRows } from "./factor-rows";
import { PasskeyAdd } from "./passkey-add";
import { PasskeyItem } from "./passkey-item";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

type Adding = "authenticator" | "passkey" | null;
type Removal = { kind: "authenticator" } | { kind: "passkey"; id: string; name: string } | { kind: "codes" };

const removalQuestion = (removal: Removal) =>
  removal.kind === "authenticator"
    ? "Remove the authenticator app?"
    : removal.kind === "passkey"
      ? `Remove the passkey “${removal.name}”?`
      : "Make new recovery codes?";

/**
 * The "Two-step sign-in" card of the security page: the person's authenticator app, passkeys and recovery codes.
 * `required`: a practice of theirs requires a factor of its staff and they have none yet.
 */
export function TwoStepSection({ factors, required }: { factors: FactorRows; required: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [adding, setAdding] = useState<Adding>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const hasFactor = factors.authenticator !== null || factors.passkeys.length > 0;

  const done = (sentence: string) => {
    setNotice(sentence);
    dialogRef.current?.close();
    router.refresh();
  };
  const removeAuthenticator = useMutation(
    trpc.secondFactor.removeAuthenticator.mutationOptions({
      onSuccess: () => done("The authenticator app was removed."),
    }),
  );
  const removePasskey = useMutation(
    trpc.secondFactor.removePasskey.mutationOptions({ onSuccess: () => done("The passkey was removed.") }),
  );
  const regenerate = useMutation(
    trpc.secondFactor.regenerateRecoveryCodes.mutationOptions({
      onSuccess: (result) => {
        setCodes(result.recoveryCodes);
        done("New recovery codes were made; the old ones no longer work.");
      },
    }),
  );
  const pending = removeAuthenticator.isPending || removePasskey.isPending || regenerate.isPending;
  const { message } = errorDetails(removeAuthenticator.error ?? removePasskey.error ?? regenerate.error);

  const ask = (next: Removal) => {
    setRemoval(next);
    dialogRef.current?.showModal();
  };
  const added = (sentence: string) => (recoveryCodes: string[] | null) => {
    setAdding(null);
    setCodes(recoveryCodes);
    setNotice(sentence);
    router.refresh();
  };
  const confirmRemoval = () => {
    if (removal?.kind === "authenticator") removeAuthenticator.mutate();
    if (removal?.kind === "passkey") removePasskey.mutate({ passkeyId: removal.id });
    if (removal?.kind === "codes") regenerate.mutate();
  };

  return (
    <section id="two-step" aria-labelledby={headingId} className="scroll-mt-6">
      <Card>
        <div id={headingId}>
          <CardHeader
            title="Two-step sign-in"
            description="After the emailed link, ask for a code from an app or a passkey. A passkey also signs you in on its own."
            actions={hasFactor ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
          />
        </div>
        <div className="space-y-3 px-5 pt-4 empty:hidden" aria-live="polite">
          {required && !hasFactor && (
            <Alert tone="warning" title="Your practice requires two-step sign-in">
              Add an authenticator app or a passkey to keep working in your practice.
            </Alert>
          )}
          {notice && <Alert tone="success">{notice}</Alert>}
          {message && <Alert tone="danger">{message}</Alert>}
          {codes && <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} />}
        </div>
        <ul className="divide-line divide-y">
          {factors.authenticator && (
            <li className="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
              <div>
                <p className="text-ink text-sm font-medium">Authenticator app</p>
                <p className="text-muted mt-0.5 text-sm">
                  Added {factors.authenticator.addedAt}
                  {factors.authenticator.lastUsed ? ` · last used ${factors.authenticator.lastUsed}` : ""}
                </p>
              </div>
              <Button type="button" size="sm" variant="secondary" onClick={() => ask({ kind: "authenticator" })}>
                Remove
              </Button>
            </li>
          )}
          {factors.passkeys.map((passkey) => (
            <PasskeyItem
              key={passkey.id}
              passkey={passkey}
              onRemove={() => ask({ kind: "passkey", id: passkey.id, name: passkey.name })}
            />
          ))}
          {hasFactor && (
            <li className="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
              <div>
                <p className="text-ink text-sm font-medium">Recovery codes</p>
                <p className="text-muted mt-0.5 text-sm">
                  {factors.recoveryCodesLeft === 1
                    ? "1 unused code left"
                    : `${factors.recoveryCodesLeft} unused codes left`}
                </p>
              </div>
              <Button type="button" size="sm" variant="secondary" onClick={() => ask({ kind: "codes" })}>
                Make new codes
              </Button>
            </li>
          )}
        </ul>
        <div className="border-line border-t px-5 py-4">
          {adding === "authenticator" && (
            <AuthenticatorSetup onAdded={added("The authenticator app is on.")} onCancel={() => setAdding(null)} />
          )}
          {adding === "passkey" && (
            <PasskeyAdd onAdded={added("The passkey was added.")} onCancel={() => setAdding(null)} />
          )}
          {adding === null && (
            <div className="flex flex-wrap gap-2">
              {!factors.authenticator && (
                <Button type="button" size="sm" variant="secondary" onClick={() => setAdding("authenticator")}>
                  Add an authenticator app
                </Button>
              )}
              <Button type="button" size="sm" variant="secondary" onClick={() => setAdding("passkey")}>
                Add a passkey
              </Button>
            </div>
          )}
        </div>
      </Card>
      <ConfirmDialog
        dialogRef={dialogRef}
        question={removal && removalQuestion(removal)}
        description={
          <p className="text-muted">
            {removal?.kind === "codes"
              ? "Your current recovery codes stop working at once. We email you about the change."
              : "You can add it again later. We email you about the change."}
          </p>
        }
        alert={message && <Alert tone="danger">{message}</Alert>}
        keepLabel="Keep it"
        confirm={{
          label: removal?.kind === "codes" ? "Make new codes" : "Remove",
          variant: removal?.kind === "codes" ? "primary" : "danger",
          pending,
          onClick: confirmRemoval,
        }}
        onClose={() => setRemoval(null)}
      />
    </section>
  );
}
