"use client";

import { useEffect, useRef } from "react";
import { Button } from "~/components/ui/button";
import type { WorkspaceContact } from "../../server/workspace.service";
import { ContactCard, type CardContext } from "../contact-card";

/**
 * A person's full card (messages, interviews, editing) over the board. A native modal <dialog>:
 * focus moves in, Escape closes it, the board behind is inert, and focus returns to the card.
 */
export function ContactDialog({
  contact,
  context,
  onClose,
}: {
  contact: WorkspaceContact;
  context: CardContext;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`contact-${contact.id}-name`}
      onClose={onClose}
      className="rounded-card bg-canvas m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-2xl p-3 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="mb-2 flex justify-end">
        <Button size="sm" variant="secondary" onClick={() => dialog.current?.close()}>
          Close
        </Button>
      </div>
      <ContactCard contact={contact} context={context} />
    </dialog>
  );
}
