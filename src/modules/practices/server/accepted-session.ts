import { cookies } from "next/headers";
import { sessionCookieName, sessionCookieOptions } from "~/server/auth/session-cookie";
import type { acceptInvitation } from "./invitations.service";

/** Sets the cookie of an accepted invitation's session and answers where to go: its landing, or the factor step. */
export async function openAcceptedSession(accepted: Awaited<ReturnType<typeof acceptInvitation>>) {
  if (accepted.session === null) return accepted.secondFactorPath;
  (await cookies()).set(
    sessionCookieName,
    accepted.session.sessionToken,
    sessionCookieOptions(accepted.session.expires),
  );
  return accepted.landing;
}
