import { AppError } from "~/server/errors";
import { consumeRateLimit, type RateLimitPolicy } from "~/server/http/rate-limit";

export const PENDING_SIGN_IN_MINUTES = 10;

// A six-digit code has a million values: five tries per emailed link and ten per person per quarter hour leave a
// guesser one chance in ten thousand a day. Counted in PostgreSQL, so every web server shares the counts.
export const CODE_ATTEMPTS_PER_PENDING_SIGN_IN: RateLimitPolicy = {
  name: "second-factor-pending",
  limit: 5,
  windowSeconds: PENDING_SIGN_IN_MINUTES * 60,
  shared: true,
};
export const CODE_ATTEMPTS_PER_PERSON: RateLimitPolicy = {
  name: "second-factor-person",
  limit: 10,
  windowSeconds: 15 * 60,
  shared: true,
};
// Setting up an app, the code checked is of a secret made a moment ago, which protects nothing yet: counted apart.
export const CODE_ATTEMPTS_AT_SETUP: RateLimitPolicy = {
  name: "second-factor-setup",
  limit: 10,
  windowSeconds: 15 * 60,
  shared: true,
};
// A passkey cannot be guessed, but each attempt costs a signature check and a challenge row.
export const PASSKEY_SIGN_INS_PER_ADDRESS: RateLimitPolicy = {
  name: "passkey-sign-in-address",
  limit: 30,
  windowSeconds: 60,
  shared: true,
};

const waitFor = (seconds: number) => (seconds <= 60 ? "a minute" : `${Math.ceil(seconds / 60)} minutes`);

/** Counts one attempt under each policy, in order; past any of them the attempt is refused before it is checked. */
export async function countAttempt(limits: Array<[RateLimitPolicy, string]>, now: Date) {
  for (const [policy, subject] of limits) {
    const verdict = await consumeRateLimit(policy, subject, now);
    if (!verdict.allowed) {
      throw new AppError(
        "TOO_MANY_REQUESTS",
        `Too many sign-in attempts. Please wait ${waitFor(verdict.retryAfterSeconds)} and try again.`,
      );
    }
  }
}
