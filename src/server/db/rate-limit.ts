import type pg from "pg";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible";

/** One policy's counters: each key counts up to `points` and is forgotten `durationSeconds` after its first count. */
export interface CounterSpec {
  prefix: string;
  points: number;
  durationSeconds: number;
}

const options = (spec: CounterSpec) => ({
  keyPrefix: spec.prefix,
  points: spec.points,
  duration: spec.durationSeconds,
});

/** Counters in this process's memory: no SQL, but each web server counts on its own. */
export function instanceCounters(spec: CounterSpec): RateLimiterAbstract {
  return new RateLimiterMemory(options(spec));
}

/**
 * Counters in the RateLimitCounter table, shared by every web server on the database. While the
 * database cannot answer, this process's memory counts instead (the library's insurance), so an
 * outage neither opens the gate nor fails the request; those counts are not merged back after.
 */
export function sharedCounters(spec: CounterSpec, pool: pg.Pool): RateLimiterAbstract {
  return new RateLimiterPostgres({
    ...options(spec),
    storeClient: pool,
    storeType: "pool",
    // Created by a migration (prisma/schema.prisma, RateLimitCounter): the app runs no DDL.
    tableName: "RateLimitCounter",
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(options(spec)),
  });
}
