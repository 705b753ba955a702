"use client";

import { useId } from "react";
import { cn } from "~/lib/cn";
import type { BoardColumn } from "../../domain/board";
import type { ContactStatus } from "../../domain/pipeline";
import type { WorkspaceContact } from "../../server/workspace.service";

/** The card being dragged, and where it may go (within its own track). */
export interface Carrying {
  contactId: string;
  trackId: string;
  from: ContactStatus;
  allowed: readonly ContactStatus[];
}

interface Props {
  column: BoardColumn<WorkspaceContact>;
  carrying: Carrying | null;
  over: ContactStatus | null;
  /** For the folded column: whether its cards are shown. */
  expanded: boolean;
  onToggle: () => void;
  /** The place a dragged card is over, or null once it leaves. */
  onHover: (status: ContactStatus | null) => void;
  onDrop: (status: ContactStatus) => void;
  renderCard: (contact: WorkspaceContact) => React.ReactNode;
}

/**
 * One column of a track's board. Each status in it is a place to drop a card; while a card is
 * dragged, the places the pipeline allows are outlined and the others fade. The folded column
 * (declined, no reply) shows only its count until opened, but offers both places during a drag.
 */
export function BoardColumnView({ column, carrying, over, expanded, onToggle, onHover, onDrop, renderCard }: Props) {
  const headingId = useId();
  const listId = useId();
  const showCards = !column.folded || expanded;
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className={cn(
        "flex shrink-0 snap-start flex-col gap-2 rounded-lg bg-slate-100 p-2",
        column.folded ? "w-44 lg:w-40" : "w-60 lg:w-auto lg:min-w-0 lg:flex-1",
      )}
    >
      <div className="flex items-center justify-between gap-2 px-1 pt-0.5">
        <h3 id={headingId} className="text-ink flex min-w-0 items-center gap-1.5 text-xs font-semibold">
          <span className="break-words">{column.label}</span>{" "}
          <span className="rounded-full bg-white px-1.5 py-0.5 text-[0.6875rem] font-semibold text-slate-700 tabular-nums">
            {column.count}
            <span className="sr-only"> {column.count === 1 ? "person" : "people"}</span>
          </span>
        </h3>
        {column.folded && column.count > 0 && (
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={onToggle}
            className="text-brand-700 shrink-0 rounded text-xs font-medium hover:underline"
          >
            {expanded ? "Hide" : "Show"}
          </button>
        )}
      </div>
      <div id={listId} className="flex flex-1 flex-col gap-2">
        {column.groups.map((group) => {
          const allowed = carrying?.allowed.includes(group.status) ?? false;
          const origin = carrying?.from === group.status;
          if (!showCards && !carrying) return null;
          return (
            <div
              key={group.status}
              onDragOver={(event) => {
                if (!allowed) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = "move";
                if (over !== group.status) onHover(group.status);
              }}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onHover(null);
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (allowed) onDrop(group.status);
              }}
              className={cn(
                "flex min-h-16 grow flex-col gap-2 rounded-md transition-colors",
                carrying && allowed && "outline-brand-600/60 bg-white/60 outline-2 outline-offset-0 outline-dashed",
                over === group.status && "bg-brand-50 outline-brand-700 outline-solid",
                carrying && !allowed && !origin && "opacity-50",
              )}
            >
              {column.groups.length > 1 && (
                <p className="px-1 pt-1 text-xs font-medium text-slate-600">
                  {group.label} · {group.cards.length}
                </p>
              )}
              {showCards && group.cards.length > 0 && (
                <ul className="flex flex-col gap-2">
                  {group.cards.map((contact) => (
                    <li key={contact.id}>{renderCard(contact)}</li>
                  ))}
                </ul>
              )}
              {carrying && allowed && (
                <p className="text-brand-800 px-1 py-2 text-center text-xs font-medium" aria-hidden="true">
                  Drop here
                </p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
