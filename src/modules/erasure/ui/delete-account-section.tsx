"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { ACCOUNT_GRACE_DAYS } from "../domain/grace";
import { TypedConfirmationForm } from "./typed-confirmation-form";

export interface AccountDeletionView {
  email: string;
  /** Why the person cannot ask yet (they are a practice's only owner), or null. */
  refusal: string | null;
  /** "Wed, 16 Dec 2026, 15:40 GMT (London)" while a deletion is scheduled. */
  scheduledFor: string | null;
  /** When signing in last cancelled one, in the same words, while the page still mentions it. */
  cancelledOn: string | null;
}

/** "Delete account" on the person's data page: ask, see it scheduled, cancel it. */
export function DeleteAccountSection({ view }: { view: AccountDeletionView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const schedule = useMutation(
    trpc.erasure.scheduleAccountDeletion.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const cancel = useMutation(trpc.erasure.cancelAccountDeletion.mutationOptions({ onSuccess: () => router.refresh() }));
  const scheduleError = errorDetails(schedule.error);
  const cancelError = errorDetails(cancel.error).message;

  return (
    <Card>
      <CardHeader
        title="Delete account"
        description={`Erases your account and what you wrote, in every practice, ${ACCOUNT_GRACE_DAYS} days after you ask.`}
      />
      <div className="space-y-4 p-5 text-sm">
        {view.cancelledOn && !view.scheduledFor && (
          <Alert tone="success" title="Your account will not be deleted.">
            You signed in on {view.cancelledOn}, which cancelled the deletion you asked for.
          </Alert>
        )}
        {view.scheduledFor ? (
          <>
            <Alert tone="warning" title={`Your account will be deleted on ${view.scheduledFor}.`}>
              Until then you can cancel here, or simply sign in again. We signed you out everywhere else.
            </Alert>
            {cancelError && <Alert tone="danger">{cancelError}</Alert>}
            <Button variant="secondary" pending={cancel.isPending} onClick={() => cancel.mutate()}>
              Cancel the deletion
            </Button>
          </>
        ) : view.refusal ? (
          <Alert tone="neutral">{view.refusal}</Alert>
        ) : (
          <>
            <p className="text-ink">
              Your practices keep their counts and an audit trail that names nobody. Download your data first if you
              want a copy.
            </p>
            <TypedConfirmationForm
              opener="Delete my account…"
              label="Type your email address to confirm"
              hint={`You have ${ACCOUNT_GRACE_DAYS} days to change your mind: signing in cancels it.`}
              expected={view.email}
              submitLabel={`Delete my account in ${ACCOUNT_GRACE_DAYS} days`}
              pending={schedule.isPending}
              error={scheduleError.message}
              fieldError={scheduleError.fields.confirmation}
              onConfirm={(confirmation) => schedule.mutate({ confirmation })}
            />
          </>
        )}
      </div>
    </Card>
  );
}
