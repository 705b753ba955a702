"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/labelled-controls";
import { Badge } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { formatInstant } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { useTRPC } from "~/trpc/react";
import { NOTE_MAX_LENGTH } from "../domain/client-fields";

interface NoteView {
  id: string;
  body: string;
  sharedWithTeam: boolean;
  authorName: string;
  mine: boolean;
  createdAt: Date;
  updatedAt: Date;
}

function NoteEditor({
  label,
  initialBody,
  initialShared,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  initialBody: string;
  initialShared: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: { body: string; sharedWithTeam: boolean }, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(initialBody);
  const [shared, setShared] = useState(initialShared);
  const problem = errorDetails(error);
  const message = problem.fields.body ?? problem.message;
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ body, sharedWithTeam: shared }, () => {
          setBody("");
          setShared(false);
        });
      }}
    >
      <TextAreaField
        label={label}
        error={message}
        rows={3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="text-ink flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={shared}
            onChange={(event) => setShared(event.target.checked)}
            className="accent-brand-700 size-4"
          />
          Share with the team
        </label>
        <div className="flex items-center gap-2">
          <span className={cn("text-xs", body.length > NOTE_MAX_LENGTH ? "text-red-600" : "text-muted")}>
            {body.length.toLocaleString("en")} / {NOTE_MAX_LENGTH.toLocaleString("en")}
          </span>
          {onCancel && (
            <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" size="sm" pending={pending}>
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}

function NoteItem({
  note,
  practiceSlug,
  zone,
  reader,
}: {
  note: NoteView;
  practiceSlug: string;
  zone: string;
  reader: ViewerLocale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => router.refresh();
  const update = useMutation(
    trpc.clients.updateNote.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        refresh();
      },
    }),
  );
  const remove = useMutation(trpc.clients.deleteNote.mutationOptions({ onSuccess: refresh }));
  const actionError = errorDetails(remove.error ?? (editing ? null : update.error)).message;
  return (
    <li className="space-y-2 py-4">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="text-ink font-medium">{note.mine ? "You" : note.authorName}</span>
        <span className="text-muted">{formatInstant(note.createdAt, zone, reader)}</span>
        {note.updatedAt.getTime() - note.createdAt.getTime() > 1000 && <span className="text-muted">(edited)</span>}
        <Badge tone={note.sharedWithTeam ? "brand" : "neutral"}>
          {note.sharedWithTeam ? "Shared with the team" : "Private to you"}
        </Badge>
      </div>
      {editing ? (
        <NoteEditor
          label="Edit note"
          initialBody={note.body}
          initialShared={note.sharedWithTeam}
          submitLabel="Save"
          pending={update.isPending}
          error={update.error}
          onCancel={() => {
            setEditing(false);
            update.reset();
          }}
          onSubmit={(values) => update.mutate({ practiceSlug, noteId: note.id, ...values })}
        />
      ) : (
        <p className="text-sm whitespace-pre-wrap">{note.body}</p>
      )}
      {note.mine && !editing && (
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button
            size="sm"
            variant="ghost"
            pending={update.isPending}
            onClick={() => update.mutate({ practiceSlug, noteId: note.id, sharedWithTeam: !note.sharedWithTeam })}
          >
            {note.sharedWithTeam ? "Make private" : "Share with the team"}
          </Button>
          {confirming ? (
            <>
              <Button
                size="sm"
                variant="danger"
                pending={remove.isPending}
                onClick={() => remove.mutate({ practiceSlug, noteId: note.id })}
              >
                Delete for good
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
              Delete
            </Button>
          )}
        </div>
      )}
      {actionError && (
        <p role="alert" className="text-xs font-medium text-red-600">
          {actionError}
        </p>
      )}
    </li>
  );
}

/** Private coach notes about a client: add, edit, delete and share your own; read teammates' shared ones. */
export function CoachNotes({
  practiceSlug,
  clientId,
  notes,
  zone,
  reader,
}: {
  practiceSlug: string;
  clientId: string;
  notes: NoteView[];
  zone: string;
  reader: ViewerLocale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.clients.addNote.mutationOptions());
  return (
    <div className="space-y-4">
      <NoteEditor
        label="New note"
        initialBody=""
        initialShared={false}
        submitLabel="Add note"
        pending={add.isPending}
        error={add.error}
        onSubmit={(values, reset) =>
          add.mutate(
            { practiceSlug, clientId, ...values },
            {
              onSuccess: () => {
                reset();
                router.refresh();
              },
            },
          )
        }
      />
      {notes.length === 0 ? (
        <p className="text-muted text-sm">No notes yet. Notes are never shown to the client.</p>
      ) : (
        <ul className="divide-line divide-y" aria-label="Notes">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} practiceSlug={practiceSlug} zone={zone} reader={reader} />
          ))}
        </ul>
      )}
    </div>
  );
}
