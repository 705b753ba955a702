"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { STATUS_LABELS, type ContactStatus } from "../../domain/pipeline";

interface Person {
  id: string;
  name: string;
  shownStatus: ContactStatus;
}

/** A move the board shows before the server has confirmed it; `saved` once it has. */
interface Move {
  to: ContactStatus;
  saved: boolean;
}

export type Announcement = { tone: "done" | "failed"; text: string } | null;

/**
 * Moves on the board, shown at once and put back if the server refuses. They go through the same
 * procedure as the list's "Move to" form. A saved move is shown until the refreshed workspace
 * (`snapshot`, a new object after every refresh) carries it, so the card never jumps back in between.
 */
export function useBoardMoves(practiceSlug: string, snapshot: unknown) {
  const trpc = useTRPC();
  const router = useRouter();
  const [moves, setMoves] = useState<Record<string, Move>>({});
  const [announcement, setAnnouncement] = useState<Announcement>(null);
  const [seen, setSeen] = useState(snapshot);
  if (seen !== snapshot) {
    setSeen(snapshot);
    setMoves((current) => Object.fromEntries(Object.entries(current).filter(([, move]) => !move.saved)));
  }

  // Who is being moved, and what the board showed before, to put back if the move fails. The
  // mutation's own callbacks (not mutate's, which fire for the latest call only) run for every move.
  const inFlight = useRef(new Map<string, { name: string; from: ContactStatus; before: Move | undefined }>());

  const mutation = useMutation(
    trpc.outreach.moveContact.mutationOptions({
      onSuccess: (_result, { contactId, status }) => {
        inFlight.current.delete(contactId);
        setMoves((current) => ({ ...current, [contactId]: { to: status, saved: true } }));
        router.refresh();
      },
      onError: (error, { contactId }) => {
        const person = inFlight.current.get(contactId);
        inFlight.current.delete(contactId);
        if (!person) return;
        setMoves(({ [contactId]: _failed, ...others }) =>
          person.before ? { ...others, [contactId]: person.before } : others,
        );
        const reason = errorDetails(error).message ?? "";
        setAnnouncement({
          tone: "failed",
          text: `${person.name} couldn't be moved and is back in ${STATUS_LABELS[person.from]}. ${reason}`.trim(),
        });
      },
    }),
  );

  return {
    announcement,
    statusOf: (person: Person) => moves[person.id]?.to ?? person.shownStatus,
    isSaving: (person: Person) => moves[person.id]?.saved === false,
    move(person: Person, to: ContactStatus) {
      const before = moves[person.id];
      inFlight.current.set(person.id, { name: person.name, from: before?.to ?? person.shownStatus, before });
      setMoves((current) => ({ ...current, [person.id]: { to, saved: false } }));
      setAnnouncement({ tone: "done", text: `Moved ${person.name} to ${STATUS_LABELS[to]}.` });
      mutation.mutate({ practiceSlug, contactId: person.id, status: to });
    },
  };
}
