import { env } from "~/env";
import { deleteRateLimitWindowsBefore, incrementRateLimit } from "~/server/db/rate-limit";

export interface RateLimitPolicy {
  name: string;
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function consumeRateLimit(policy: RateLimitPolicy, subject: string, now: Date): Promise<RateLimitResult> {
  const windowMs = policy.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const count = await incrementRateLimit(`${policy.name}:${subject}`, windowStart);
  // Old windows are swept now and then by whichever request happens along.
  if (Math.random() < 0.01)
    void deleteRateLimitWindowsBefore(new Date(now.getTime() - 24 * 3600 * 1000)).catch(() => {});
  if (count <= policy.limit) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
  };
}

/**
 * The client's address as the nearest trusted proxy reports it. Proxies append to
 * X-Forwarded-For, so only the entries they added (counted from the right) are trusted: the
 * leftmost ones are whatever the client chose to send. `next start` itself counts as one hop
 * (it appends the socket address when the header is missing).
 */
export function clientAddress(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustedHops)] ?? headers.get("x-real-ip") ?? "unknown";
}
