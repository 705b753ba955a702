import { prisma, type Prisma } from "~/server/db/client";
import { activityMarkDue, SESSION_ACTIVITY_INTERVAL_MS } from "./session-activity";

type Tx = Prisma.TransactionClient;

const signInHistorySelect = {
  email: true,
  timeZone: true,
  lastSignInAt: true,
  sessions: { select: { deviceLabel: true, expires: true } },
} as const;
type PersonSignInHistory = Prisma.UserGetPayload<{ select: typeof signInHistorySelect }>;

/** Runs `write` in one transaction, handed the person's address, clock and the sessions they have had. */
export function withSignInHistory<T>(userId: string, write: (tx: Tx, history: PersonSignInHistory) => Promise<T>) {
  return prisma.$transaction(async (tx) =>
    write(tx, await tx.user.findUniqueOrThrow({ where: { id: userId }, select: signInHistorySelect })),
  );
}

/** Writes the session and records the sign-in on the person. */
export async function insertSession(tx: Tx, data: Prisma.SessionUncheckedCreateInput & { lastUsedAt: Date }) {
  await tx.user.update({ where: { id: data.userId }, data: { lastSignInAt: data.lastUsedAt } });
  return tx.session.create({ data });
}

/**
 * The session and its user for a token, as the Prisma adapter reads them, with "last used" moved to `now` when it is
 * due. The write is conditional, so concurrent requests of one browser write it once.
 */
export async function findSessionAndMarkUsed(sessionToken: string, now: Date) {
  const found = await prisma.session.findUnique({ where: { sessionToken }, include: { user: true } });
  if (!found) return null;
  const { user, ...session } = found;
  if (session.expires >= now && activityMarkDue(session.lastUsedAt, now)) {
    await prisma.session.updateMany({
      where: { id: session.id, lastUsedAt: { lte: new Date(now.getTime() - SESSION_ACTIVITY_INTERVAL_MS) } },
      data: { lastUsedAt: now },
    });
  }
  return { user, session };
}

/**
 * Deletes the sessions that ended before `endedBefore` and the sign-in links that expired before `now`. Ended
 * sessions are kept for a while first: they are how a browser stays known (new-browser-rule.ts).
 */
export async function deleteEndedSessionsAndLinks(endedBefore: Date, now: Date) {
  const sessions = await prisma.session.deleteMany({ where: { expires: { lt: endedBefore } } });
  const signInLinks = await prisma.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return { sessions: sessions.count, signInLinks: signInLinks.count };
}
