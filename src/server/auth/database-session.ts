import type { Session } from "next-auth";
import { authAdapter } from "./adapter";
import { authCallbacks } from "./callbacks";
import { findSessionAndMarkUsed } from "./session-rows.system.repo";

/**
 * The session a session token stands for at `now`, resolved as Auth.js resolves it for the database
 * strategy (@auth/core lib/actions/session.js): the Session row and its user as the adapter reads them
 * ("last used" marked at `now`), an expired row deleted and treated as none, the shape given by the
 * same `session` callback. So a
 * deleted row (sign-out, revocation) or an expired one ends the session on the next request.
 * Extending a session's lifetime is left to Auth.js' own session route.
 */
export async function resolveDatabaseSession(sessionToken: string, now: Date): Promise<Session | null> {
  // Typed as the adapter's answer, which is what Auth.js hands the callback.
  const found: Awaited<ReturnType<NonNullable<typeof authAdapter.getSessionAndUser>>> = await findSessionAndMarkUsed(
    sessionToken,
    now,
  );
  if (!found) return null;
  if (found.session.expires.valueOf() < now.valueOf()) {
    await authAdapter.deleteSession!(sessionToken);
    return null;
  }
  // Auth.js' parameter type joins the database and JWT variants; the database one is what it passes here.
  const shaped = authCallbacks.session({
    session: { ...found.session, user: found.user },
    user: found.user,
  } as Parameters<typeof authCallbacks.session>[0]);
  // auth() returns the session as its JSON endpoint serialises it: `expires` is an ISO string.
  return { ...shaped, expires: found.session.expires.toISOString() };
}
