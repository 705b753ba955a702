"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { FactorRows } from "./factor-rows";

type PasskeyRow = FactorRows["passkeys"][number];

/** One passkey: its name (editable in place), when it was added and last used, and a way to remove it. */
export function PasskeyItem({ passkey, onRemove }: { passkey: PasskeyRow; onRemove: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const labelId = useId();
  const [renaming, setRenaming] = useState(false);
  const rename = useMutation(
    trpc.secondFactor.renamePasskey.mutationOptions({
      onSuccess: () => {
        setRenaming(false);
        router.refresh();
      },
    }),
  );
  const { message, fields } = errorDetails(rename.error);

  if (renaming) {
    return (
      <li className="px-5 py-4">
        <form
          className="flex flex-wrap items-end gap-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            rename.mutate({ passkeyId: passkey.id, name: String(new FormData(event.currentTarget).get("name") ?? "") });
          }}
        >
          <div className="min-w-48 flex-1">
            <InputField
              label="Passkey name"
              name="name"
              defaultValue={passkey.name}
              maxLength={60}
              error={fields.name ?? message}
              autoFocus
            />
          </div>
          <Button type="submit" size="sm" pending={rename.isPending}>
            Save
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={() => setRenaming(false)}>
            Cancel
          </Button>
        </form>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
      <div className="min-w-0">
        <p id={labelId} className="text-ink text-sm font-medium break-words">
          Passkey: {passkey.name}
        </p>
        <p className="text-muted mt-0.5 text-sm">
          Added {passkey.addedAt}
          {passkey.lastUsed ? ` · last used ${passkey.lastUsed}` : " · not used yet"}
        </p>
      </div>
      <div className="flex gap-2">
        <Button type="button" size="sm" variant="ghost" aria-describedby={labelId} onClick={() => setRenaming(true)}>
          Rename
        </Button>
        <Button type="button" size="sm" variant="secondary" aria-describedby={labelId} onClick={onRemove}>
          Remove
        </Button>
      </div>
    </li>
  );
}
