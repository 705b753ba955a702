"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/**
 * Deleting a person removes everything about them (interviewees never agreed to be in our
 * database), so the dialog says exactly what goes. A native <dialog>: focus moves into it,
 * Escape closes it, and the page behind is inert.
 */
export function DeleteContactDialog({
  practiceSlug,
  contact,
}: {
  practiceSlug: string;
  contact: { id: string; name: string; referralCount: number };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const remove = useMutation(
    trpc.outreach.deleteContact.mutationOptions({
      onSuccess: () => {
        dialog.current?.close();
        router.refresh();
      },
    }),
  );
  return (
    <>
      <Button size="sm" variant="ghost" className="text-red-700" onClick={() => dialog.current?.showModal()}>
        Delete…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="rounded-card m-auto w-[calc(100%-2rem)] max-w-md p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-ink text-base font-semibold">
            Delete {contact.name} and everything about them?
          </h2>
          <p className="text-sm">This removes, for good:</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>their name, role, organisation, link and how you found them;</li>
            <li>every message you logged to them;</li>
            <li>their interviews, with your notes and chosen questions;</li>
            <li>the reflections you wrote about those interviews, and your coach&apos;s comments on them.</li>
          </ul>
          {contact.referralCount > 0 && (
            <p className="text-sm">
              The {contact.referralCount === 1 ? "person" : `${contact.referralCount} people`} they referred you to
              stay, without the link to them.
            </p>
          )}
          <p className="text-muted text-sm">This can&apos;t be undone.</p>
          {remove.error && <Alert tone="danger">{errorDetails(remove.error).message}</Alert>}
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <Button size="sm" variant="ghost" autoFocus onClick={() => dialog.current?.close()}>
              Keep {contact.name}
            </Button>
            <Button
              size="sm"
              variant="danger"
              pending={remove.isPending}
              onClick={() => remove.mutate({ practiceSlug, contactId: contact.id })}
            >
              Delete everything about them
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
