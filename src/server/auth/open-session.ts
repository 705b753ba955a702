import { formatInstant } from "~/lib/time-zones";
import { env } from "~/env";
import { enqueueEmail } from "~/server/email/outbox";
import { isNewBrowserSignIn } from "./new-browser-rule";
import { sessionDeviceOf } from "./session-device";
import { insertSession, withSignInHistory } from "./session-rows.system.repo";

export const SECURITY_PAGE_PATH = "/profile/security";

/**
 * Writes a session row with the browser that opened it, and in the same transaction queues the "new sign-in" email
 * when that browser is new to the person. Every way of signing in ends here: Auth.js' adapter (the emailed link) and
 * createDatabaseSession (invitations, the welcome link, dev sign-in).
 */
export async function openSession(
  session: { sessionToken: string; userId: string; expires: Date },
  { userAgent, now }: { userAgent: string | null; now: Date },
) {
  const device = sessionDeviceOf(userAgent);
  return withSignInHistory(session.userId, async (tx, person) => {
    const opened = await insertSession(tx, {
      sessionToken: session.sessionToken,
      userId: session.userId,
      expires: session.expires,
      userAgent: device.userAgent,
      deviceLabel: device.deviceLabel,
      lastUsedAt: now,
    });
    if (isNewBrowserSignIn(device.deviceLabel, person, now)) {
      await enqueueEmail(tx, {
        template: "new-sign-in",
        to: person.email,
        props: {
          deviceLabel: device.deviceLabel,
          signedInAt: formatInstant(now, person.timeZone ?? "UTC"),
          securityUrl: new URL(SECURITY_PAGE_PATH, env.APP_URL).toString(),
        },
        dedupeKey: `new-sign-in:${opened.id}`,
        practiceId: null,
      });
    }
    return opened;
  });
}
