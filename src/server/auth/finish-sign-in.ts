import { cookies } from "next/headers";
import { signInHooks } from "~/server/api/root";
import { sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { createDatabaseSession } from "./session.system.repo";

/**
 * Opens the session of a person who signed in outside Auth.js' own routes (a passkey, a second factor after the
 * emailed link) and sets its cookie, with what Auth.js' signIn event sets off for the emailed link.
 */
export async function finishSignIn(user: { id: string; email: string }, now: Date) {
  const session = await createDatabaseSession(user.id, now);
  (await cookies()).set(sessionCookieName, session.sessionToken, sessionCookieOptions(session.expires));
  for (const hook of signInHooks) await hook(user);
}
