import net from "node:net";
import type pg from "pg";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { countSqlStatements } from "../../../scripts/lib/sql-statements";
import { env } from "~/env";
import { createRateLimitPool } from "~/server/db/rate-limit-pool";
import { PUBLIC_READ_LIMIT, PUBLIC_WRITE_LIMIT } from "./public-api";
import { consumeRateLimit, createRateLimiter, type RateLimiter, type RateLimitPolicy } from "./rate-limit";

// Mid-window, so a test never straddles a window edge unless it means to.
const now = new Date("2026-11-23T08:00:30Z");
let addresses = 0;
const nextAddress = () => `198.51.100.${++addresses}`;

const pools: pg.Pool[] = [];
function limiterOn(connectionString: string): RateLimiter {
  const pool = createRateLimitPool(connectionString);
  pools.push(pool);
  return createRateLimiter(() => pool);
}
afterAll(() => Promise.all(pools.map((pool) => pool.end())));

const allowedOf = (results: Array<{ allowed: boolean }>) => results.filter((result) => result.allowed).length;

describe("rate limits", () => {
  it("count public reads in memory, without a single SQL statement", async () => {
    const address = nextAddress();
    const reads = await countSqlStatements(async () => {
      for (let n = 0; n < 5; n++) await consumeRateLimit(PUBLIC_READ_LIMIT, address, now);
    });
    const write = await countSqlStatements(() => consumeRateLimit(PUBLIC_WRITE_LIMIT, address, now));
    expect(reads.statements).toBe(0);
    // The same counting sees the shared write limit's statements.
    expect(write.statements).toBeGreaterThan(0);
  });

  it("let exactly the limit of concurrent writes through, across two servers sharing the database", async () => {
    const policy: RateLimitPolicy = { name: "test-shared-write", limit: 5, windowSeconds: 60, shared: true };
    const servers = [limiterOn(env.DATABASE_URL), limiterOn(env.DATABASE_URL)];
    const address = nextAddress();
    const attempts = Array.from({ length: 2 * policy.limit }, (_, n) =>
      servers[n % servers.length]!.consume(policy, address, now),
    );
    const results = await Promise.all(attempts);
    expect(allowedOf(results)).toBe(policy.limit);
    for (const server of servers) expect((await server.consume(policy, address, now)).allowed).toBe(false);
    expect((await servers[0]!.consume(policy, nextAddress(), now)).allowed).toBe(true);
  });

  it("keep counting in memory while the database cannot be reached, neither opening nor failing", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const unreachable = limiterOn(`postgres://nobody@127.0.0.1:${closedPort}/fieldnotes`);
    const policy: RateLimitPolicy = { name: "test-insured", limit: 3, windowSeconds: 60, shared: true };
    const address = nextAddress();
    const results = [];
    for (let n = 0; n <= policy.limit; n++) results.push(await unreachable.consume(policy, address, now));
    expect(allowedOf(results)).toBe(policy.limit);
    expect(results.at(-1)).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });
  });
});

describe("a burst at a window edge", () => {
  // The library dates its counters with Date.now(); only Date is faked, so sockets and timers still run.
  afterEach(() => {
    vi.useRealTimers();
  });

  const policy: RateLimitPolicy = { name: "test-edge", limit: 10, windowSeconds: 60, shared: false };
  const windowMs = policy.windowSeconds * 1000;
  const edge = Math.ceil(now.getTime() / windowMs) * windowMs;

  async function burst(limiter: RateLimiter, address: string, at: number, attempts: number) {
    vi.setSystemTime(at);
    const results = [];
    for (let n = 0; n < attempts; n++) results.push(await limiter.consume(policy, address, new Date(at)));
    return allowedOf(results);
  }

  it("gets no more than the limit through on both sides of it, and the limit again a window later", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const limiter = createRateLimiter();
    const address = nextAddress();
    const before = await burst(limiter, address, edge - 100, 2 * policy.limit);
    const after = await burst(limiter, address, edge + 100, 2 * policy.limit);
    expect(before).toBe(policy.limit);
    expect(before + after).toBeLessThanOrEqual(policy.limit);
    expect(await burst(limiter, address, edge - 100 + 2 * windowMs, 2 * policy.limit)).toBe(policy.limit);
  });

  it("lets at most limit × (1 + d / window) through in any d seconds after it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const limiter = createRateLimiter();
    const address = nextAddress();
    const start = edge - 100;
    let allowed = await burst(limiter, address, start, 2 * policy.limit);
    for (let at = edge; at < edge + windowMs; at += 1_000) {
      allowed += await burst(limiter, address, at, 2 * policy.limit);
      expect(allowed).toBeLessThanOrEqual(policy.limit * (1 + (at - start) / windowMs));
    }
    // Not so strict that the steady rate falls below the limit.
    expect(allowed).toBeGreaterThanOrEqual(2 * policy.limit - 1);
  });
});
