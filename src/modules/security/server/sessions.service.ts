import { AppError, notFound } from "~/server/errors";
import * as repo from "./sessions.system.repo";

/** Whose sessions, and which of them is making this request. */
export interface SessionViewer {
  userId: string;
  sessionId: string | undefined;
}

function currentSessionOf(viewer: SessionViewer): string {
  // Only a database session has a row id; without one there is no "this device" to keep.
  if (!viewer.sessionId) throw new AppError("UNAUTHORIZED", "Sign in again to manage your sessions.");
  return viewer.sessionId;
}

/** The person's open sessions, the one making the request first, then the most recently used. */
export async function listMySessions(viewer: SessionViewer, now: Date) {
  const current = currentSessionOf(viewer);
  const sessions = await repo.findActiveSessions(viewer.userId, now);
  return sessions
    .map((session) => ({ ...session, isCurrent: session.id === current }))
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
}

/** Ends one of the person's other sessions; another person's id is as unknown as one that never existed. */
export async function revokeSession(viewer: SessionViewer, sessionId: string) {
  if (sessionId === currentSessionOf(viewer)) {
    throw new AppError("BAD_REQUEST", "That is the session you are using. Sign out from the account menu instead.");
  }
  if ((await repo.deleteSessionOf(viewer.userId, sessionId)) === 0) throw notFound("That session");
  return { revoked: 1 };
}

/** Ends every session of the person but the one making the request. */
export async function revokeOtherSessions(viewer: SessionViewer) {
  return { revoked: await repo.deleteSessionsExcept(viewer.userId, currentSessionOf(viewer)) };
}
