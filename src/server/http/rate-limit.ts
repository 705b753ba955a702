import type pg from "pg";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "~/env";
import { rateLimitPool } from "~/server/db/rate-limit-pool";
import { instanceCounters, sharedCounters } from "~/server/db/rate-limit";
import { PEER_ADDRESS_HEADER, peerAddressRecorded } from "./peer-address";
import { type RateLimitResult, slidingWindowVerdict, windowPosition } from "./sliding-window";

export type { RateLimitResult } from "./sliding-window";

export interface RateLimitPolicy {
  name: string;
  limit: number;
  windowSeconds: number;
  /**
   * Counted in PostgreSQL for every web server together, where a limit must hold whatever server a
   * request lands on (writes, sign-in links). Otherwise counted in each server's memory: reads then
   * cost no SQL, and N servers let at most N × `limit` through.
   */
  shared: boolean;
}

export interface RateLimiter {
  consume(policy: RateLimitPolicy, subject: string, now: Date): Promise<RateLimitResult>;
}

/** The requests counted under `key`, this one included, whether or not the library refused it. */
async function countOne(counters: RateLimiterAbstract, key: string): Promise<number> {
  try {
    return (await counters.consume(key)).consumedPoints;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return refusal.consumedPoints;
    throw refusal;
  }
}

async function counted(counters: RateLimiterAbstract, key: string): Promise<number> {
  return (await counters.get(key))?.consumedPoints ?? 0;
}

/**
 * A limiter over its own counters; `sharedPool` is where shared policies count (one pool per web
 * server in production, one per simulated server in tests).
 */
export function createRateLimiter(sharedPool: () => pg.Pool = rateLimitPool): RateLimiter {
  // By name, which also prefixes the policy's keys in the store: two bundles' copies of one policy count together.
  const countersByPolicy = new Map<string, RateLimiterAbstract>();
  const countersFor = (policy: RateLimitPolicy) => {
    let counters = countersByPolicy.get(policy.name);
    if (!counters) {
      // Each window's counter must outlive the next window, where it is read as the previous one.
      const spec = { prefix: policy.name, points: policy.limit, durationSeconds: 2 * policy.windowSeconds };
      counters = policy.shared ? sharedCounters(spec, sharedPool()) : instanceCounters(spec);
      countersByPolicy.set(policy.name, counters);
    }
    return counters;
  };

  return {
    async consume(policy, subject, now) {
      const counters = countersFor(policy);
      const { index, elapsedMs } = windowPosition(policy, now);
      const currentKey = `${subject}:${index}`;
      const [current, previous] = await Promise.all([
        countOne(counters, currentKey),
        counted(counters, `${subject}:${index - 1}`),
      ]);
      const verdict = slidingWindowVerdict(policy, { current, previous }, elapsedMs);
      // A refused request is given back, so the counts are of requests served: a client that keeps
      // knocking while refused is told the same wait, and the next window weighs only what passed.
      if (!verdict.allowed) await counters.reward(currentKey);
      return verdict;
    },
  };
}

// One per process, on globalThis: every bundle that imports this module (route handlers, server
// actions, Auth.js) and every dev reload must count in the same memory.
const globalForLimiter = globalThis as unknown as { rateLimiter?: RateLimiter };

export function consumeRateLimit(policy: RateLimitPolicy, subject: string, now: Date): Promise<RateLimitResult> {
  globalForLimiter.rateLimiter ??= createRateLimiter();
  return globalForLimiter.rateLimiter.consume(policy, subject, now);
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
