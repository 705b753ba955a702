import type { z } from "zod";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import type { addNoteInput, addSessionNoteInput, noteIdInput, updateNoteInput } from "../schemas";
import * as repo from "./coach-notes.repo";
import { findVisibleClient, findVisibleSession } from "./clients.repo";

// Private coach notes, on clients the caller may see: their author's, and once shared, the team's
// (ctx.visible.coachNotes). Clients cannot call these procedures at all.

export async function notesAbout(ctx: TenantContext, clientId: string) {
  const notes = await repo.findNotes(ctx.db, { AND: [ctx.visible.coachNotes, { clientId }] });
  const authors = await repo.memberNames(ctx.db, [...new Set(notes.map((note) => note.authorUserId))]);
  return notes.map((note) => ({
    ...note,
    authorName: authors.get(note.authorUserId) ?? "A former member",
    mine: note.authorUserId === ctx.actor.userId,
  }));
}

export async function addNote(ctx: TenantContext, input: z.infer<typeof addNoteInput>) {
  const client = await findVisibleClient(ctx.db, input.clientId, ctx.visible.clients);
  if (!client) throw notFound("That client");
  return repo.insertNote(ctx.db, {
    clientId: client.id,
    authorUserId: ctx.actor.userId,
    body: input.body,
    sharedWithTeam: input.sharedWithTeam,
  });
}

/** A note about one session of a client the caller may see, once the session has started (there is nothing to note before). */
export async function addSessionNote(ctx: TenantContext, input: z.infer<typeof addSessionNoteInput>) {
  const session = await findVisibleSession(ctx.db, input.bookingId, {
    booking: ctx.visible.bookings,
    client: ctx.visible.clients,
  });
  if (!session) throw notFound("That session");
  if (session.startAt > ctx.clock.now()) {
    throw new AppError("CONFLICT", "You can add a session note once the session has started.");
  }
  return repo.insertNote(ctx.db, {
    clientId: session.clientId,
    bookingId: session.id,
    authorUserId: ctx.actor.userId,
    body: input.body,
    sharedWithTeam: input.sharedWithTeam,
  });
}

/** The caller's own note: a note they cannot see is NOT_FOUND; a teammate's shared note is theirs to read only. */
async function ownNote(ctx: TenantContext, noteId: string) {
  const note = await repo.findNote(ctx.db, { AND: [ctx.visible.coachNotes, { id: noteId }] });
  if (!note) throw notFound("That note");
  if (note.authorUserId !== ctx.actor.userId) {
    throw new AppError("FORBIDDEN", "Only the coach who wrote this note can change it.");
  }
  return note;
}

export async function updateNote(ctx: TenantContext, input: z.infer<typeof updateNoteInput>) {
  const note = await ownNote(ctx, input.noteId);
  return repo.updateNote(ctx.db, note.id, { body: input.body, sharedWithTeam: input.sharedWithTeam });
}

export async function deleteNote(ctx: TenantContext, input: z.infer<typeof noteIdInput>) {
  const note = await ownNote(ctx, input.noteId);
  return repo.deleteNote(ctx.db, note.id);
}
