/** How long a browser stays known after its last session ended. */
export const KNOWN_BROWSER_DAYS = 90;
const KNOWN_BROWSER_MS = KNOWN_BROWSER_DAYS * 24 * 60 * 60 * 1000;

export interface EarlierSession {
  deviceLabel: string | null;
  expires: Date;
}

export interface SignInHistory {
  /** When the person last opened a session; null before their first. */
  lastSignInAt: Date | null;
  sessions: readonly EarlierSession[];
}

/**
 * Whether a sign-in deserves a "new sign-in" email: the person has signed in before, and none of their sessions that
 * is still open or ended in the last 90 days carries this device label. The very first sign-in of an account is not
 * news. Sign-out and revocation delete a row, so signing in again on a browser one signed out of counts as new: the
 * person ended it, so a fresh sign-in there is worth a line in their inbox. That holds after "sign out everywhere"
 * too, when no row is left: "signed in before" is the account's own record, not its sessions.
 */
export function isNewBrowserSignIn(deviceLabel: string, { lastSignInAt, sessions }: SignInHistory, now: Date): boolean {
  if (lastSignInAt === null) return false;
  const knownSince = now.getTime() - KNOWN_BROWSER_MS;
  return !sessions.some((session) => session.deviceLabel === deviceLabel && session.expires.getTime() >= knownSince);
}
