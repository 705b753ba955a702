"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { forwardRef, useRef, useState } from "react";
import { STATUS_LABELS, type ContactStatus } from "../../domain/pipeline";

const item =
  "text-ink flex cursor-pointer items-center rounded-md px-2.5 py-2 text-sm outline-none data-[highlighted]:bg-slate-100";

/**
 * The keyboard, screen-reader and touch way to move a card: the columns the pipeline allows, by
 * name. After a move the card is in another column, so the board puts focus back on its button
 * there; while the move is being saved the button stays focusable but does not open.
 */
export const MoveMenu = forwardRef<
  HTMLButtonElement,
  {
    contactName: string;
    moves: readonly ContactStatus[];
    saving: boolean;
    onMove: (to: ContactStatus) => void;
  }
>(function MoveMenu({ contactName, moves, saving, onMove }, ref) {
  const [open, setOpen] = useState(false);
  const moved = useRef(false);
  return (
    <DropdownMenu.Root modal={false} open={open && !saving} onOpenChange={setOpen}>
      <DropdownMenu.Trigger
        ref={ref}
        aria-disabled={saving || undefined}
        aria-busy={saving || undefined}
        className="border-line text-ink inline-flex h-7 items-center gap-1 rounded-md border bg-white px-2 text-xs font-medium hover:bg-slate-50 aria-disabled:cursor-wait aria-disabled:opacity-60"
      >
        Move<span className="sr-only"> {contactName}</span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="currentColor">
          <path d="M4.2 6.2a.75.75 0 0 1 1.06 0L8 8.94l2.74-2.74a.75.75 0 1 1 1.06 1.06L8.53 10.53a.75.75 0 0 1-1.06 0L4.2 7.26a.75.75 0 0 1 0-1.06Z" />
        </svg>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="border-line z-50 min-w-44 rounded-lg border bg-white p-1 shadow-lg"
          onCloseAutoFocus={(event) => {
            if (moved.current) event.preventDefault();
            moved.current = false;
          }}
        >
          <DropdownMenu.Label className="text-muted px-2.5 pt-1 pb-0.5 text-xs font-medium">
            Move {contactName} to
          </DropdownMenu.Label>
          {moves.map((status) => (
            <DropdownMenu.Item
              key={status}
              className={item}
              onSelect={() => {
                moved.current = true;
                onMove(status);
              }}
            >
              {STATUS_LABELS[status]}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
});
