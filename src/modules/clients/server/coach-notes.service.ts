import type { z } from "zod";
import { visibleClients } from "~/modules/projects/server/project-access";
import type { TenantContext } from "~/server/api/tenant-context";
import type { Prisma } from "~/server/db/client";
import { AppError, notFound } from "~/server/errors";
import type { addNoteInput, noteIdInput, updateNoteInput } from "../schemas";
import * as repo from "./coach-notes.repo";
import { findVisibleClient } from "./clients.repo";

/**
 * Private coach notes. A note is seen by its author and, once the author shares it with the team,
 * by the practice's other staff — admins included: a private note stays private even from the
 * owner, because coaches write candidly only if "private" means private. Only on clients the
 * caller may see, and never by the client (clients cannot call these procedures at all).
 */
export function visibleNotes(ctx: Pick<TenantContext, "membership" | "actor">): Prisma.CoachNoteWhereInput {
  return {
    client: visibleClients(ctx),
    OR: [{ authorUserId: ctx.actor.userId }, { sharedWithTeam: true }],
  };
}

export async function notesAbout(ctx: TenantContext, clientId: string) {
  const notes = await repo.findNotes(ctx.db, { AND: [visibleNotes(ctx), { clientId }] });
  const authors = await repo.memberNames(ctx.db, [...new Set(notes.map((note) => note.authorUserId))]);
  return notes.map((note) => ({
    ...note,
    authorName: authors.get(note.authorUserId) ?? "A former member",
    mine: note.authorUserId === ctx.actor.userId,
  }));
}

export async function addNote(ctx: TenantContext, input: z.infer<typeof addNoteInput>) {
  const client = await findVisibleClient(ctx.db, input.clientId, visibleClients(ctx));
  if (!client) throw notFound("That client");
  return repo.insertNote(ctx.db, {
    clientId: client.id,
    authorUserId: ctx.actor.userId,
    body: input.body,
    sharedWithTeam: input.sharedWithTeam,
  });
}

/** The caller's own note: a note they cannot see is NOT_FOUND; a teammate's shared note is theirs to read only. */
async function ownNote(ctx: TenantContext, noteId: string) {
  const note = await repo.findNote(ctx.db, { AND: [visibleNotes(ctx), { id: noteId }] });
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
