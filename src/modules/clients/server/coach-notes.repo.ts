import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";

const noteSelect = {
  id: true,
  body: true,
  sharedWithTeam: true,
  bookingId: true,
  authorUserId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function findNotes(db: TenantDb, where: Prisma.CoachNoteWhereInput) {
  return db.coachNote.findMany({ where, orderBy: { createdAt: "desc" }, take: 200, select: noteSelect });
}

export function findNote(db: TenantDb, where: Prisma.CoachNoteWhereInput) {
  return db.coachNote.findFirst({ where, select: noteSelect });
}

export function insertNote(
  db: TenantDb,
  data: { clientId: string; bookingId?: string; authorUserId: string; body: string; sharedWithTeam: boolean },
) {
  return db.coachNote.create({ data: { ...data, practiceId: db.practiceId }, select: noteSelect });
}

/** Private notes written at once (an import's note column): the author's, not shared. */
export function insertNotes(
  db: TenantDb,
  notes: ReadonlyArray<{ clientId: string; authorUserId: string; body: string }>,
) {
  return db.coachNote.createMany({
    data: notes.map((note) => ({
      clientId: note.clientId,
      authorUserId: note.authorUserId,
      body: note.body,
      sharedWithTeam: false,
      practiceId: db.practiceId,
    })),
  });
}

export function updateNote(db: TenantDb, id: string, data: { body?: string; sharedWithTeam?: boolean }) {
  return db.coachNote.update({ where: { id }, data, select: noteSelect });
}

export function deleteNote(db: TenantDb, id: string) {
  return db.coachNote.delete({ where: { id }, select: { id: true } });
}

/** Display names of the practice's members among `userIds` (plain user fields only). */
export async function memberNames(db: TenantDb, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const members = await db.membership.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  return new Map(members.map((member) => [member.userId, member.user.name ?? member.user.email]));
}
