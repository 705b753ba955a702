import PgBoss from "pg-boss";
import { listenForOutboxEmails } from "~/server/email/outbox-listener";
import type { RetryPolicy } from "~/server/email/retry-policy";
import { JOB_SCHEMA, queueOptions, type JobHandler } from "~/server/jobs/jobs";
import { runScheduledEmails, type ScheduledEmailProducer } from "./scheduled-emails";

// The background worker: `npm run worker` in production (as many machines as you like), started
// by `npm run dev` in development. It imports no feature: its composition root (./root.ts) hands
// it email delivery, the scheduled-email producers and the job handlers.
//
// Three ways an email gets picked up, all ending in the same claim-then-send, so overlap between
// them or between workers is harmless:
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

const DELIVER_QUEUE = "email-retry";
const SWEEP_QUEUE = "email-sweep";
const SWEEP_CRON = "* * * * *";
export const SCHEDULED_EMAILS_QUEUE = "scheduled-emails";
export const SCHEDULED_EMAILS_CRON = "0 * * * *";

/** What the worker asks of email delivery when it claims and sends. */
interface WorkerDeliveryOptions {
  leaseSeconds?: number;
  retry?: RetryPolicy;
  onRetryScheduled: (id: string, at: Date) => Promise<unknown>;
}

/** Claims, renders and sends outbox emails (the notifications module's delivery). */
interface EmailDelivery {
  deliverEmail(id: string, options: WorkerDeliveryOptions): Promise<unknown>;
  deliverDueEmails(options: WorkerDeliveryOptions): Promise<Record<string, number>>;
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

  const delivery: WorkerDeliveryOptions = {
    leaseSeconds: options.leaseSeconds,
    retry: options.retry,
    onRetryScheduled: (id, at) => boss.send(DELIVER_QUEUE, { id }, { startAfter: at }),
  };
  // One send at a time per worker keeps SMTP connections and ordering simple; run more workers to scale.
  let chain: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task);
    chain = run.catch((error: unknown) => log(`delivery failed: ${(error as Error).message}`));
    return run;
  };
  const sweep = () =>
    serially(async () => {
      const results = await options.delivery.deliverDueEmails(delivery);
      const busy = Object.fromEntries(Object.entries(results).filter(([, count]) => count > 0));
      if (Object.keys(busy).length > 0) log(`sweep: ${describeCounts(busy)}`);
    });

  await boss.work<{ id: string }>(DELIVER_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await serially(() => options.delivery.deliverEmail(job.data.id, delivery));
  });
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
    onEmail: (id) => void serially(() => options.delivery.deliverEmail(id, delivery)),
    onReconnected: sweep, // what was notified while nobody listened
    log,
  });

  void sweep(); // whatever queued up while no worker ran
  log("ready");

  return {
    sweep,
    async stop() {
      await listener.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await chain;
    },
  };
}
