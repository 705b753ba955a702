import PgBoss from "pg-boss";
import { env } from "~/env";

// Background jobs on pg-boss (in PostgreSQL), for work that must happen after a change and may
// fail on its own — a call to Stripe. A job is written in the transaction that makes the change,
// so it exists exactly when the change does: nothing is lost when the process dies right after
// commit, and nothing runs for a change that rolled back. The worker (src/server/worker) runs it
// and pg-boss retries it with backoff; its handler must therefore be idempotent.

export const JOB_SCHEMA = "pgboss";

interface JobRetry {
  /** Tries after the first. */
  limit: number;
  delaySeconds: number;
  /** Doubles the delay after each failure. */
  backoff: boolean;
}

/** One kind of job: its queue, how it is retried, and (as a type) the data it carries. */
export interface JobKind<Data extends object> {
  readonly queue: string;
  readonly retry: JobRetry;
  /** Never set: carries `Data` so that enqueueing and handling agree on it. */
  readonly data?: Data;
}

export const defineJob = <Data extends object>(queue: string, retry: JobRetry): JobKind<Data> => ({ queue, retry });

/** How the worker runs one kind of job; a throw fails this try and pg-boss retries it. */
export interface JobHandler<Data extends object = object> {
  kind: JobKind<Data>;
  run(data: Data): Promise<unknown>;
}

/** The queue's settings; every job in it is retried this way. */
export const queueOptions = (kind: JobKind<object>): PgBoss.Queue => ({
  name: kind.queue,
  retryLimit: kind.retry.limit,
  retryDelay: kind.retry.delaySeconds,
  retryBackoff: kind.retry.backoff,
});

/** Raw SQL through the caller's open transaction (a Prisma transaction client). */
export interface SqlTransaction {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Anything that can queue a job in its transaction (TenantDb does, see src/server/db/tenant.ts). */
export interface JobQueue {
  $enqueueJob<Data extends object>(kind: JobKind<Data>, data: Data): Promise<void>;
}

export const jobQueueOf = (tx: SqlTransaction): JobQueue => ({
  $enqueueJob: (kind, data) => enqueueJob(tx, kind, data),
});

// pg-boss's tables and the queue must exist before a job can be written, also in a web process
// that starts before any worker ever did. Made once per process and queue, over a connection of
// its own (pg-boss's schema setup is several statements under its own lock), then closed.
const readyQueues = new Map<string, Promise<void>>();

async function createQueue(kind: JobKind<object>) {
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: JOB_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error: Error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  try {
    await boss.createQueue(kind.queue, queueOptions(kind));
  } finally {
    await boss.stop({ graceful: false });
  }
}

function queueReady(kind: JobKind<object>): Promise<void> {
  let ready = readyQueues.get(kind.queue);
  if (!ready) {
    ready = createQueue(kind).catch((error: unknown) => {
      readyQueues.delete(kind.queue);
      throw error;
    });
    readyQueues.set(kind.queue, ready);
  }
  return ready;
}

/** Writes the job through `tx`: it commits or rolls back with the caller's change. */
export async function enqueueJob<Data extends object>(tx: SqlTransaction, kind: JobKind<Data>, data: Data) {
  await queueReady(kind);
  const db: PgBoss.Db = {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
  // A client over `db` alone opens no connection of its own: it only writes the job's row.
  const id = await new PgBoss({ db, schema: JOB_SCHEMA }).send(kind.queue, data);
  // pg-boss inserts nothing (and says null) for a queue it does not know.
  if (!id) throw new Error(`The job queue "${kind.queue}" does not exist.`);
}
