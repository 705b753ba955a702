import pg from "pg";
import { env } from "~/env";

// rate-limiter-flexible speaks node-postgres rather than Prisma, so the shared counters get a pool
// of their own. Small, because a counter is one short statement per public write; with deadlines
// on connecting and on each statement, so a stalled database sends the limiter to its in-memory
// insurance instead of holding the request.
const CONNECT_TIMEOUT_MS = 2_000;
const STATEMENT_TIMEOUT_MS = 1_000;

export function createRateLimitPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 3,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    // The server-side timeout cannot fire when the server is the thing that stopped answering.
    query_timeout: STATEMENT_TIMEOUT_MS * 2,
  });
  // An idle connection the server drops (a restart, a failover) is reported here; unheard, it would
  // end the process. The next statement simply opens a new connection.
  pool.on("error", (error) => console.warn("rate-limit pool: idle connection lost", error.message));
  return pool;
}

// Kept on globalThis, like the Prisma client, so Next's dev reloads do not leak pools.
const globalForPool = globalThis as unknown as { rateLimitPool?: pg.Pool };

/** The process's pool for the shared counters, opened on first use: a public read never opens it. */
export function rateLimitPool(): pg.Pool {
  globalForPool.rateLimitPool ??= createRateLimitPool(env.DATABASE_URL);
  return globalForPool.rateLimitPool;
}
