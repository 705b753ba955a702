/** How long a browser stays known after its last session ended. */
export const KNOWN_BROWSER_DAYS = 90;
const KNOWN_BROWSER_MS = KNOWN_BROWSER_DAYS * 24 * 60 * 60 * 1000;

export interface EarlierSession {
  deviceLabel: string | null;
  expires: Date;
}

/**
 * Whether a sign-in deserves a "new sign-in" email: the person has signed in before, and none of their sessions that
 * is still open or ended in the last 90 days carries this device label. The very first sign-in of an account is not
 * news. Sign-out and revocation delete a row, so signing in again on a browser one signed out of counts as new: the
 * person ended it, so a fresh sign-in there is worth a line in their inbox.
 */
export function isNewBrowserSignIn(deviceLabel: string, earlier: readonly EarlierSession[], now: Date): boolean {
  if (earlier.length === 0) return false;
  const knownSince = now.getTime() - KNOWN_BROWSER_MS;
  return !earlier.some((session) => session.deviceLabel === deviceLabel && session.expires.getTime() >= knownSince);
}
