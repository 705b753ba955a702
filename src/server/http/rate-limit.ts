import { env } from "~/env";
import { deleteRateLimitWindowsBefore, incrementRateLimit } from "~/server/db/rate-limit";
import { PEER_ADDRESS_HEADER, peerAddressRecorded } from "./peer-address";

export interface RateLimitPolicy {
  name: string;
  limit: number;
  windowSeconds: number;
}

type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

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

/** The one key every request shares when nothing says which client sent it (see clientAddress). */
export const UNVERIFIED_ADDRESS = "unverified";

let warnedUnverified = false;

function unverifiedAddress(): string {
  if (!warnedUnverified && env.NODE_ENV === "production") {
    warnedUnverified = true;
    console.warn(
      "Rate limits cannot tell clients apart: start the app with `npm start` (scripts/serve.ts), or set TRUSTED_PROXY_HOPS to the number of proxies in front of it. Until then every client shares one limit.",
    );
  }
  return UNVERIFIED_ADDRESS;
}

/**
 * The client's address as this server or a trusted proxy saw it, never as the client wrote it.
 * With no proxy in front (TRUSTED_PROXY_HOPS = 0) it is the socket's remote address, which
 * scripts/serve.ts records in a header of its own. Behind N proxies, each one appends the
 * address it received the request from to X-Forwarded-For, so the N-th entry from the right is
 * what the farthest proxy saw: the client. Entries further left are whatever the client sent.
 * Where neither source can be trusted (`next dev`, a bare `next start` with no proxy
 * configured), every request gets the same key: the limits then hold for everyone together
 * rather than not at all.
 */
export function clientAddress(
  headers: Headers,
  trustedHops = env.TRUSTED_PROXY_HOPS,
  peerRecorded = peerAddressRecorded(),
): string {
  if (trustedHops === 0) return (peerRecorded && headers.get(PEER_ADDRESS_HEADER)) || unverifiedAddress();
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustedHops)] ?? unverifiedAddress();
}
