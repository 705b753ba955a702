"use client";

import { useState } from "react";
import { Alert } from "~/components/ui/surface";
import { boardColumns, ENDED_STATUSES } from "../../domain/board";
import { allowedMoves, type ContactStatus } from "../../domain/pipeline";
import type { Workspace, WorkspaceContact } from "../../server/workspace.service";
import { AddContact } from "../add-contact";
import type { CardContext } from "../contact-card";
import { EmptyTrack, TrackHeading } from "../track-heading";
import { BoardCard } from "./board-card";
import { BoardColumnView, type Carrying } from "./board-column";
import { ContactDialog } from "./contact-dialog";
import { useBoardMoves } from "./use-board-moves";

/**
 * The board layout: each track's people in columns by status. Cards move by drag and drop or by
 * their Move menu, both offering only the moves the pipeline allows; the live region says what
 * happened. A card's name opens the full card, where messages and interviews are recorded.
 */
export function PipelineBoard({ workspace, context }: { workspace: Workspace; context: CardContext }) {
  const moves = useBoardMoves(context.practiceSlug, workspace.tracks);
  const [carrying, setCarrying] = useState<Carrying | null>(null);
  const [over, setOver] = useState<ContactStatus | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const everyone = workspace.tracks.flatMap((track) => track.contacts);
  const open = everyone.find((contact) => contact.id === openId);

  const move = (contact: WorkspaceContact, to: ContactStatus, by: "menu" | "drag") => {
    if (ENDED_STATUSES.includes(to)) setExpanded((current) => ({ ...current, [contact.trackId]: true }));
    setFocusId(by === "menu" ? contact.id : null);
    moves.move(contact, to);
  };
  const stopCarrying = () => {
    setCarrying(null);
    setOver(null);
  };

  return (
    <div className="space-y-8">
      {moves.announcement?.tone === "failed" && <Alert tone="danger">{moves.announcement.text}</Alert>}

      {workspace.tracks.map((track) => {
        const counted = workspace.progress.tracks.find((t) => t.id === track.id);
        const carryingHere = carrying?.trackId === track.id ? carrying : null;
        const columns = boardColumns(
          track.contacts.map((contact) => ({ ...contact, shownStatus: moves.statusOf(contact) })),
        );
        return (
          <section key={track.id} aria-labelledby={`track-${track.id}`} className="min-w-0 space-y-3">
            <TrackHeading track={track} interviewed={counted?.interviewed ?? 0} complete={counted?.complete ?? false} />
            {track.contacts.length === 0 && <EmptyTrack canEdit={context.canEdit} />}
            {/* Relative, so the cards' screen-reader-only texts stay inside the scrolled area on a phone. */}
            <div className="relative -mx-4 snap-x scroll-px-4 overflow-x-auto px-4 pb-2 lg:mx-0 lg:scroll-px-0 lg:px-0">
              <div className="flex min-w-max gap-3 lg:min-w-0">
                {columns.map((column) => (
                  <BoardColumnView
                    key={column.id}
                    column={column}
                    carrying={carryingHere}
                    over={carryingHere && over}
                    expanded={expanded[track.id] ?? false}
                    onToggle={() => setExpanded((current) => ({ ...current, [track.id]: !current[track.id] }))}
                    onHover={setOver}
                    onDrop={(status) => {
                      const contact = track.contacts.find((c) => c.id === carryingHere?.contactId);
                      if (contact) move(contact, status, "drag");
                      stopCarrying();
                    }}
                    renderCard={(contact) => {
                      const status = moves.statusOf(contact);
                      const allowed = context.canEdit ? allowedMoves(status) : [];
                      return (
                        <BoardCard
                          contact={contact}
                          status={status}
                          timeZone={context.timeZone}
                          reader={context.reader}
                          maxFollowUps={workspace.project.maxFollowUps}
                          moves={allowed}
                          saving={moves.isSaving(contact)}
                          takeFocus={focusId === contact.id}
                          onMove={(to) => move(contact, to, "menu")}
                          onOpen={() => setOpenId(contact.id)}
                          onDragStart={() =>
                            setCarrying({ contactId: contact.id, trackId: track.id, from: status, allowed })
                          }
                          onDragEnd={stopCarrying}
                        />
                      );
                    }}
                  />
                ))}
              </div>
            </div>
            {context.canEdit && (
              <AddContact
                practiceSlug={context.practiceSlug}
                projectId={context.projectId}
                trackId={track.id}
                trackName={track.name}
                tracks={context.tracks}
                people={context.people}
              />
            )}
          </section>
        );
      })}

      {/* The card's new place shows the move; this tells those who cannot see it. */}
      <div aria-live="polite" role="status" className="sr-only">
        {moves.announcement?.tone === "done" && moves.announcement.text}
      </div>
      {open && <ContactDialog key={open.id} contact={open} context={context} onClose={() => setOpenId(null)} />}
    </div>
  );
}
