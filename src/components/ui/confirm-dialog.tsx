"use client";

import { useId, type ReactNode, type RefObject } from "react";
import { Button, type ButtonProps } from "./button";

/**
 * A question asked before a change takes effect. A native modal <dialog>: focus moves into it and stays there (the
 * page behind is inert), Escape closes it, and closing returns focus to the control that opened it. The caller opens
 * it with `dialogRef.current.showModal()`; the cautious answer has the focus.
 */
export function ConfirmDialog({
  dialogRef,
  question,
  description,
  alert,
  keepLabel,
  confirm,
  onClose,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** Null while nothing is being asked. */
  question: string | null;
  description: ReactNode;
  alert: ReactNode;
  keepLabel: string;
  confirm: { label: string; variant: ButtonProps["variant"]; pending: boolean; onClick: () => void };
  onClose: () => void;
}) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={onClose}
      className="rounded-card m-auto w-[calc(100%-2rem)] max-w-md p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {question !== null && (
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-ink text-base font-semibold break-words">
            {question}
          </h2>
          <div id={descriptionId} className="space-y-2 text-sm">
            {description}
          </div>
          {alert}
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <Button type="button" size="sm" variant="ghost" autoFocus onClick={() => dialogRef.current?.close()}>
              {keepLabel}
            </Button>
            <Button
              type="button"
              size="sm"
              variant={confirm.variant}
              pending={confirm.pending}
              onClick={confirm.onClick}
            >
              {confirm.label}
            </Button>
          </div>
        </div>
      )}
    </dialog>
  );
}
