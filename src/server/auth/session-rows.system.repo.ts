import { prisma, type Prisma } from "~/server/db/client";
import { activityMarkDue, SESSION_ACTIVITY_INTERVAL_MS } from "./session-activity";

type Tx = Prisma.TransactionClient;

const signInHistorySelect = {
  email: true,
  timeZone: true,
  sessions: { select: { deviceLabel: true, expires: true } },
} as const;
export type SignInHistory = Prisma.UserGetPayload<{ select: typeof signInHistorySelect }>;

/** Runs `write` in one transaction, handed the person's address, clock and the sessions they have had. */
export function withSignInHistory<T>(userId: string, write: (tx: Tx, history: SignInHistory) => Promise<T>) {
  return prisma.$transaction(async (tx) =>
    write(tx, await tx.user.findUniqueOrThrow({ where: { id: userId }, select: signInHistorySelect })),
  );
}

export function insertSession(tx: Tx, data: Prisma.SessionUncheckedCreateInput) {
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
