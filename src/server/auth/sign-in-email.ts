import "server-only";
// next-auth re-exports this very class (it pins the same @auth/core); imported from the source
// so this file loads outside Next.js too (next-auth's entry point needs Next's module resolution).
import { AuthError } from "@auth/core/errors";
import { headers } from "next/headers";
import { hashToken } from "~/lib/tokens";
import { enqueueEmail } from "~/server/email/outbox";
import { systemOutbox } from "~/server/email/outbox.system.repo";
import { env } from "~/env";
import { systemClock } from "~/server/clock";
import { clientAddress, consumeRateLimit, type RateLimitPolicy } from "~/server/http/rate-limit";

/**
 * Mail scanners open links, so the emailed link lands on a page that asks the person to
 * confirm with a POST; only that POST reaches Auth.js' callback and uses the token.
 */
export const SIGN_IN_LINK_MINUTES = 15;

// Anyone may ask for a link to any address, so both sides are limited: one network cannot
// mail many people, and one person's inbox cannot be flooded from many networks. Counted in
// PostgreSQL, so every web server shares the counts.
export const SIGN_IN_LINKS_PER_EMAIL: RateLimitPolicy = {
  name: "sign-in-email",
  limit: 3,
  windowSeconds: 15 * 60,
  shared: true,
};
export const SIGN_IN_LINKS_PER_ADDRESS: RateLimitPolicy = {
  name: "sign-in-address",
  limit: 30,
  windowSeconds: 15 * 60,
  shared: true,
};

/**
 * A sign-in link that was not sent, with the sentence the sign-in page shows. It reads the same
 * whether or not the address has an account. An AuthError, so Auth.js hands it to the server
 * action as it is (a plain error would become its generic "Configuration" failure).
 */
export class SignInLinkRefused extends AuthError {
  constructor(readonly sentence: string) {
    super(sentence);
  }
}

const inMinutes = (seconds: number) => {
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

/** Counts one sign-in link for the requesting network and the address; throws SignInLinkRefused past either limit. */
export async function claimSignInLink(email: string, requester: string, now: Date) {
  const byNetwork = await consumeRateLimit(SIGN_IN_LINKS_PER_ADDRESS, requester, now);
  if (!byNetwork.allowed) {
    throw new SignInLinkRefused(
      `Too many sign-in links were requested from your network. Please try again in ${inMinutes(byNetwork.retryAfterSeconds)}.`,
    );
  }
  // Hashed: the counters table need not hold people's addresses.
  const byEmail = await consumeRateLimit(SIGN_IN_LINKS_PER_EMAIL, hashToken(email), now);
  if (!byEmail.allowed) {
    throw new SignInLinkRefused(
      `We've just sent several sign-in links to ${email}. Use the newest one in your inbox, or ask again in ${inMinutes(byEmail.retryAfterSeconds)}.`,
    );
  }
}

function confirmationLink(authCallbackUrl: string): string {
  const link = new URL("/signin/confirm", env.APP_URL);
  link.search = new URL(authCallbackUrl).search;
  return link.toString();
}

/**
 * Queued like every email; the worker, woken at commit, sends it within a moment. Both ways to
 * ask for a link (the sign-in form and a direct POST to Auth.js) arrive here, so the limits
 * are checked here, against the request being served.
 */
export async function sendSignInLink({ to, authCallbackUrl }: { to: string; authCallbackUrl: string }) {
  await claimSignInLink(to, clientAddress(await headers()), systemClock.now());
  const url = confirmationLink(authCallbackUrl);
  await enqueueEmail(systemOutbox, {
    template: "sign-in",
    to,
    props: { url, expiresInMinutes: SIGN_IN_LINK_MINUTES },
    dedupeKey: `sign-in:${hashToken(url)}`,
    practiceId: null,
  });
}
