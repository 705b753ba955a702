import PgBoss from "pg-boss";
import { env } from "~/env";
import { prisma } from "~/server/db/client";
import { JOB_SCHEMA, type JobHandler, type JobKind } from "~/server/jobs/jobs";

/** Every job of one kind, whatever its state (created, retry, active, completed, failed), oldest first. */
export async function jobsOf<Data extends object>(kind: JobKind<Data>) {
  // Before the first job of any kind, pg-boss's tables need not exist yet.
  const [{ exists }] = await prisma.$queryRaw<[{ exists: boolean }]>`
    SELECT to_regclass(${`${JOB_SCHEMA}.job`}) IS NOT NULL AS exists`;
  if (!exists) return [];
  return prisma.$queryRawUnsafe<Array<{ data: Data; state: string; retryCount: number }>>(
    `SELECT data, state::text AS state, retry_count AS "retryCount" FROM ${JOB_SCHEMA}.job
     WHERE name = $1 ORDER BY created_on`,
    kind.queue,
  );
}

/** Runs each job waiting in the handler's queue once, as a worker would, and marks it done. */
export async function runQueuedJobs(handler: JobHandler) {
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: JOB_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    for (let [job] = await boss.fetch<object>(handler.kind.queue); job; [job] = await boss.fetch(handler.kind.queue)) {
      await handler.run(job.data);
      await boss.complete(handler.kind.queue, job.id);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
