// How the outbox retries a failed send: exponential backoff from `baseSeconds`, capped, and a
// dead-letter state after `maxAttempts`, where an admin sees it and can send it again by hand.

export interface RetryPolicy {
  maxAttempts: number;
  baseSeconds: number;
  maxDelaySeconds: number;
}

/** 30 s, 1 min, 2 min, 4 min, 8 min, 16 min: about half an hour of SMTP trouble is ridden out. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 7, baseSeconds: 30, maxDelaySeconds: 60 * 60 };

type RetryDecision = { kind: "retry"; at: Date } | { kind: "dead" };

/** What to do after attempt number `attempts` (1-based) failed at `now`. */
export function afterFailedAttempt(
  attempts: number,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): RetryDecision {
  if (attempts >= policy.maxAttempts) return { kind: "dead" };
  const delaySeconds = Math.min(policy.baseSeconds * 2 ** (attempts - 1), policy.maxDelaySeconds);
  return { kind: "retry", at: new Date(now.getTime() + delaySeconds * 1000) };
}
