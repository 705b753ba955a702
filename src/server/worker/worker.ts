import PgBoss from "pg-boss";
import { env } from "~/env";
import { createMailer } from "~/server/email/mailer";
import { listenForOutboxEmails } from "~/server/email/outbox-listener";
import type { RetryPolicy } from "~/server/email/retry-policy";
import { JOB_SCHEMA, queueOptions, type JobHandler } from "~/server/jobs/jobs";
import { createOutboxDelivery, type PrepareEmails } from "./outbox-delivery";
import { runScheduledEmails, type ScheduledEmailProducer } from "./scheduled-emails";

// The background worker: `npm run worker` in production (as many machines as you like), started
// by `npm run dev` in development. It imports no feature: its composition root (./root.ts) hands
// it email delivery, the scheduled-email producers and the job handlers.
//
// Three ways the worker is told emails are due, all asking for the same run of the outbox (claim a
// batch, send, record, until nothing is due; ./outbox-delivery.ts), so overlap between them or
// between workers is harmless:
//  - LISTEN email_outbox: the outbox's trigger notifies at commit, so a new email goes out at once
//    (~/server/email/outbox-listener.ts; a lost connection is replaced, followed by a sweep);
//  - pg-boss "email-retry" jobs, scheduled at the backoff time of a failed send;
//  - pg-boss "email-sweep", every minute: scheduled emails (reminders) coming due, anything a
//    dead worker left claimed, and anything whose notification no worker heard.
// One producer of emails: pg-boss "scheduled-emails", hourly on the hour (UTC; every zone's
// offset is a whole number of quarter hours, so each local hour gets exactly one run).
// And the jobs written by changes (~/server/jobs), each queue retried as its kind says, and the
// scheduled tasks the composition root names (calendar refreshes, every minute).
// pg-boss runs a schedule once per tick across all workers.
// Runs go one after another; wake-ups while one waits to start share it, so the 300 notifications
// of one commit are a handful of batch claims, not 300 runs.

const DELIVER_QUEUE = "email-retry";
const SWEEP_QUEUE = "email-sweep";
const SWEEP_CRON = "* * * * *";
export const SCHEDULED_EMAILS_QUEUE = "scheduled-emails";
export const SCHEDULED_EMAILS_CRON = "0 * * * *";
/** How long stop() lets sends under way finish before it hands their emails back. */
export const SEND_GRACE_MS = 10_000;
// pg-boss's own wait for its handlers on stop, just past the sends' grace they wait for; a handler
// still waiting then (on a send whose email was handed back) has its job failed, to be retried.
const QUEUE_STOP_TIMEOUT_MS = SEND_GRACE_MS + 1_000;

/** What each claimed email says at send time (the notifications module's delivery). */
interface EmailDelivery {
  prepare: PrepareEmails;
}

/** What a deployment configures. */
export interface WorkerOptions {
  databaseUrl: string;
  leaseSeconds?: number;
  retry?: RetryPolicy;
  /** When the safety-net sweep runs (SWEEP_CRON); tests move it out of reach to see what NOTIFY alone does. */
  sweepCron?: string;
  log?: (message: string) => void;
}

/** Work the worker does on a clock of its own (pg-boss runs each tick once across all workers). */
export interface ScheduledTask {
  queue: string;
  cron: string;
  run(now: Date): Promise<Record<string, number>>;
}

/** What the composition root provides. */
interface WorkerParts {
  delivery: EmailDelivery;
  scheduledEmails: Record<string, ScheduledEmailProducer>;
  jobs: readonly JobHandler[];
  schedules: readonly ScheduledTask[];
}

export interface Worker {
  /** Sends everything due now; resolves when done. */
  sweep(): Promise<void>;
  /**
   * Stops taking work, lets sends under way finish (up to SEND_GRACE_MS), hands back the claim of any
   * that did not (due at once for another worker), closes the SMTP pool and the job queue. Resolves
   * when all that is done; rejects only if the database could not be told.
   */
  stop(): Promise<void>;
}

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");

export async function startWorker(options: WorkerOptions & WorkerParts): Promise<Worker> {
  const log = options.log ?? ((message: string) => console.log(`[email-worker] ${message}`));
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: JOB_SCHEMA, max: 4 });
  boss.on("error", (error: Error) => log(`queue error: ${error.message}`));
  await boss.start();
  await boss.createQueue(DELIVER_QUEUE);
  await boss.createQueue(SWEEP_QUEUE);
  await boss.createQueue(SCHEDULED_EMAILS_QUEUE);

  const mailer = createMailer(env.SMTP_URL);
  const outbox = createOutboxDelivery({
    prepare: options.delivery.prepare,
    mailer,
    leaseSeconds: options.leaseSeconds,
    retry: options.retry,
    onRetryScheduled: (id, at) => boss.send(DELIVER_QUEUE, { id }, { startAfter: at }),
    log,
  });
  const deliverDue = oneRunAtATime(async () => {
    const counts = await outbox.deliverDue();
    const busy = Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
    if (Object.keys(busy).length > 0) log(`emails: ${describeCounts(busy)}`);
  });
  const sweep = () => deliverDue().catch((error: Error) => log(`sending emails failed: ${error.message}`));

  // A retry job only says something came due: the run claims whatever is.
  await boss.work(DELIVER_QUEUE, { pollingIntervalSeconds: 1 }, deliverDue);
  await boss.work(SWEEP_QUEUE, sweep);
  await boss.schedule(SWEEP_QUEUE, options.sweepCron ?? SWEEP_CRON);
  await boss.work(SCHEDULED_EMAILS_QUEUE, async () => {
    const counts = await runScheduledEmails(options.scheduledEmails, new Date());
    log(`scheduled emails queued: ${describeCounts(counts)}`);
  });
  await boss.schedule(SCHEDULED_EMAILS_QUEUE, SCHEDULED_EMAILS_CRON);

  for (const task of options.schedules) {
    await boss.createQueue(task.queue);
    await boss.work(task.queue, async () => {
      const counts = await task.run(new Date());
      const busy = Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
      if (Object.keys(busy).length > 0) log(`${task.queue}: ${describeCounts(busy)}`);
    });
    await boss.schedule(task.queue, task.cron);
  }

  for (const handler of options.jobs) {
    // Whoever wrote the first job made the queue; a release that changed its retries applies them here.
    await boss.createQueue(handler.kind.queue, queueOptions(handler.kind));
    await boss.updateQueue(handler.kind.queue, queueOptions(handler.kind));
    await boss.work<object>(handler.kind.queue, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler.run(job.data);
        } catch (error) {
          log(`${handler.kind.queue} job failed (pg-boss retries it): ${(error as Error).message}`);
          throw error;
        }
      }
    });
  }

  const listener = await listenForOutboxEmails({
    databaseUrl: options.databaseUrl,
    onEmail: () => void sweep(),
    onReconnected: sweep, // what was notified while nobody listened
    log,
  });

  void sweep(); // whatever queued up while no worker ran
  log("ready");

  return {
    sweep,
    async stop() {
      // Handlers still running wait for their sends, which the steps below settle.
      const queueStopped = boss.stop({ graceful: true, wait: true, timeout: QUEUE_STOP_TIMEOUT_MS });
      await listener.stop();
      const { finished, released } = await outbox.stop(SEND_GRACE_MS);
      if (!finished) log(`sends overran the ${SEND_GRACE_MS / 1000} s grace`);
      if (released > 0) log(`${released} claimed emails handed back`);
      mailer.close();
      await queueStopped;
    },
  };
}

/** Runs `run` once per call, one run at a time; calls made while a run waits to start share that run. */
function oneRunAtATime(run: () => Promise<void>): () => Promise<void> {
  let previous: Promise<unknown> = Promise.resolve();
  let waiting: Promise<void> | undefined;
  return () =>
    (waiting ??= (() => {
      const started = previous.then(() => {
        waiting = undefined;
        return run();
      });
      previous = started.catch(() => undefined);
      return started;
    })());
}
