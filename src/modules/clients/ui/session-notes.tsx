"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/labelled-controls";
import { formatInstant } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { useTRPC } from "~/trpc/react";
import { NOTE_MAX_LENGTH } from "../domain/client-fields";

interface SessionNoteView {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date;
}

/** The private notes under one session, and once it has started, a box to add one. Clients never see these. */
export function SessionNotes({
  practiceSlug,
  bookingId,
  notes,
  started,
  zone,
  reader,
}: {
  practiceSlug: string;
  bookingId: string;
  notes: SessionNoteView[];
  started: boolean;
  zone: string;
  reader: ViewerLocale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const add = useMutation(
    trpc.clients.addSessionNote.mutationOptions({
      onSuccess: () => {
        setBody("");
        setOpen(false);
        router.refresh();
      },
    }),
  );
  const problem = errorDetails(add.error);
  return (
    <div className="space-y-2">
      {notes.map((note) => (
        <blockquote key={note.id} className="border-line border-l-2 pl-3">
          <p className="text-ink whitespace-pre-line">{note.body}</p>
          <p className="text-muted text-xs">
            Session note by {note.authorName}, {formatInstant(note.createdAt, zone, reader)}
          </p>
        </blockquote>
      ))}
      {started && !open && (
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
          Add a session note
        </Button>
      )}
      {open && (
        <form
          noValidate
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ practiceSlug, bookingId, body, sharedWithTeam: false });
          }}
        >
          <TextAreaField
            label="Session note (private)"
            value={body}
            maxLength={NOTE_MAX_LENGTH}
            error={problem.fields.body ?? problem.message}
            onChange={(event) => setBody(event.target.value)}
          />
          <div className="flex gap-2">
            <Button size="sm" type="submit" pending={add.isPending}>
              Save note
            </Button>
            <Button size="sm" type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
