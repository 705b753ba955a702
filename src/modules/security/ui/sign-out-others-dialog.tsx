"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Asks before ending every other session. */
export function SignOutOthersDialog({
  open,
  count,
  onClose,
  onDone,
}: {
  open: boolean;
  count: number;
  onClose: () => void;
  onDone: (revoked: number) => void;
}) {
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  const revokeOthers = useMutation(
    trpc.security.revokeOtherSessions.mutationOptions({
      onSuccess: ({ revoked }) => {
        dialog.current?.close();
        onDone(revoked);
      },
    }),
  );
  const { reset } = revokeOthers;

  useEffect(() => {
    if (!open) return;
    reset();
    dialog.current?.showModal();
  }, [open, reset]);

  const { message } = errorDetails(revokeOthers.error);
  const sessions = count === 1 ? "1 other session" : `${count} other sessions`;
  return (
    <ConfirmDialog
      dialogRef={dialog}
      question={open ? `Sign out ${sessions}?` : null}
      description={
        <p>
          Every browser but this one is signed out at once and must sign in again with an emailed link. You stay signed
          in here.
        </p>
      }
      alert={message && <Alert tone="danger">{message}</Alert>}
      keepLabel="Keep them signed in"
      confirm={{
        label: "Sign out everywhere else",
        variant: "danger",
        pending: revokeOthers.isPending,
        onClick: () => revokeOthers.mutate(),
      }}
      onClose={onClose}
    />
  );
}
