"use client";

import { useEffect, useRef } from "react";
import { cn } from "~/lib/cn";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { nextStepOf } from "../../domain/next-step";
import type { ContactStatus } from "../../domain/pipeline";
import type { WorkspaceContact } from "../../server/workspace.service";
import { MoveMenu } from "./move-menu";
import { nextStepText } from "./next-step-text";

export interface BoardCardProps {
  contact: WorkspaceContact;
  /** Where the board shows the card: its status, or where it is being moved to. */
  status: ContactStatus;
  timeZone: string;
  reader: ViewerLocale;
  maxFollowUps: number;
  /** Empty for a card that cannot move (or a reader who cannot move it). */
  moves: readonly ContactStatus[];
  saving: boolean;
  /** Focus its Move button once shown: the card was just moved here by keyboard. */
  takeFocus: boolean;
  onMove: (to: ContactStatus) => void;
  onOpen: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}

/** A person on the board: name, role and organisation, the next step, and a way to move them. */
export function BoardCard(props: BoardCardProps) {
  const { contact, moves, saving } = props;
  const moveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.takeFocus) moveButton.current?.focus();
  }, [props.takeFocus]);

  const subtitle = [contact.role, contact.organisation].filter(Boolean).join(" · ");
  const step = nextStepText(
    nextStepOf({ ...contact, shownStatus: props.status }, { maxFollowUps: props.maxFollowUps }),
    props.timeZone,
    props.reader,
  );
  const movable = moves.length > 0 && !saving;
  return (
    <article
      id={`contact-${contact.id}`}
      aria-labelledby={`board-${contact.id}-name`}
      draggable={movable}
      onDragStart={(event) => {
        event.dataTransfer.setData("text/plain", contact.name);
        event.dataTransfer.effectAllowed = "move";
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      className={cn(
        "border-line scroll-mt-20 rounded-lg border bg-white p-3 shadow-sm",
        movable && "cursor-grab active:cursor-grabbing",
        saving && "opacity-70",
      )}
    >
      <h4 id={`board-${contact.id}-name`} className="text-sm leading-snug font-semibold break-words">
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={props.onOpen}
          className="hover:text-brand-700 text-left hover:underline"
        >
          {contact.name}
        </button>
      </h4>
      {subtitle && <p className="text-muted mt-0.5 text-xs break-words">{subtitle}</p>}
      <p className={cn("mt-2 text-xs", step.urgent ? "font-medium text-amber-800" : "text-slate-600")}>
        <span className="sr-only">Next step: </span>
        {step.text}
      </p>
      {moves.length > 0 && (
        <div className="mt-2">
          <MoveMenu ref={moveButton} contactName={contact.name} moves={moves} saving={saving} onMove={props.onMove} />
        </div>
      )}
    </article>
  );
}
