import { prisma } from "~/server/db/client";

// Sessions belong to a person, not a practice: every query is keyed by the signed-in user's id, so another
// person's session id matches nothing. The token is never selected.

export function findActiveSessions(userId: string, now: Date) {
  return prisma.session.findMany({
    where: { userId, expires: { gt: now } },
    select: { id: true, deviceLabel: true, createdAt: true, lastUsedAt: true },
    orderBy: { lastUsedAt: "desc" },
  });
}

export async function deleteSessionOf(userId: string, sessionId: string) {
  return (await prisma.session.deleteMany({ where: { id: sessionId, userId } })).count;
}

export async function deleteSessionsExcept(userId: string, keepSessionId: string) {
  return (await prisma.session.deleteMany({ where: { userId, id: { not: keepSessionId } } })).count;
}
