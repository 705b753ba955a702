import "server-only";
import { hashToken } from "~/lib/tokens";
import { enqueueEmail } from "~/modules/notifications/server/outbox";
import { systemOutbox } from "~/modules/notifications/server/outbox.repo";
import { env } from "~/env";

/**
 * Mail scanners open links, so the emailed link lands on a page that asks the person to
 * confirm with a POST; only that POST reaches Auth.js' callback and uses the token.
 */
export const SIGN_IN_LINK_MINUTES = 15;

export function confirmationLink(authCallbackUrl: string): string {
  const link = new URL("/signin/confirm", env.APP_URL);
  link.search = new URL(authCallbackUrl).search;
  return link.toString();
}

/** Queued like every email; the worker, woken at commit, sends it within a moment. */
export async function sendSignInLink({ to, authCallbackUrl }: { to: string; authCallbackUrl: string }) {
  const url = confirmationLink(authCallbackUrl);
  await enqueueEmail(systemOutbox, {
    template: "sign-in",
    to,
    props: { url, expiresInMinutes: SIGN_IN_LINK_MINUTES },
    dedupeKey: `sign-in:${hashToken(url)}`,
    practiceId: null,
  });
}
