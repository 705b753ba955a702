import PgBoss from "pg-boss";
import type { RetryPolicy } from "../domain/retry-policy";
import { deliverDueEmails, deliverEmail, type DeliveryOptions } from "./delivery";
import { listenForOutboxEmails } from "./outbox-listener";
import { queueScheduledEmails } from "./scheduled-emails";

// The email worker: `npm run worker` in production (as many machines as you like), started by
// `npm run dev` in development. Three ways an email gets picked up, all ending in the same
// claim-then-send (server/delivery.ts), so overlap between them or between workers is harmless:
//  - LISTEN email_outbox: the outbox's trigger notifies at commit, so a new email goes out at once
//    (server/outbox-listener.ts; a lost connection is replaced, followed by a sweep);
//  - pg-boss "email-retry" jobs, scheduled at the backoff time of a failed send;
//  - pg-boss "email-sweep", every minute: scheduled emails (reminders) coming due, anything a
//    dead worker left claimed, and anything whose notification no worker heard.
// And one producer of emails: pg-boss "scheduled-emails", hourly on the hour (UTC; every zone's
// offset is a whole number of quarter hours, so each local hour gets exactly one run), queues the
// clients' 08:00 outreach notes and the coaches' Monday digests (server/scheduled-emails.ts).
// pg-boss runs a schedule once per tick across all workers.

export const DELIVER_QUEUE = "email-retry";
export const SWEEP_QUEUE = "email-sweep";
export const SWEEP_CRON = "* * * * *";
export const SCHEDULED_EMAILS_QUEUE = "scheduled-emails";
export const SCHEDULED_EMAILS_CRON = "0 * * * *";

export interface EmailWorkerOptions {
  databaseUrl: string;
  leaseSeconds?: number;
  retry?: RetryPolicy;
  /** When the safety-net sweep runs (SWEEP_CRON); tests move it out of reach to see what NOTIFY alone does. */
  sweepCron?: string;
  log?: (message: string) => void;
}

export interface EmailWorker {
  /** Sends everything due now; resolves when done. */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEmailWorker(options: EmailWorkerOptions): Promise<EmailWorker> {
  const log = options.log ?? ((message: string) => console.log(`[email-worker] ${message}`));
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: "pgboss", max: 4 });
  boss.on("error", (error: Error) => log(`queue error: ${error.message}`));
  await boss.start();
  await boss.createQueue(DELIVER_QUEUE);
  await boss.createQueue(SWEEP_QUEUE);
  await boss.createQueue(SCHEDULED_EMAILS_QUEUE);

  const delivery: DeliveryOptions = {
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
      const results = await deliverDueEmails(delivery);
      const busy = Object.entries(results).filter(([, count]) => count > 0);
      if (busy.length > 0) log(`sweep: ${busy.map(([result, count]) => `${count} ${result}`).join(", ")}`);
    });

  await boss.work<{ id: string }>(DELIVER_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await serially(() => deliverEmail(job.data.id, delivery));
  });
  await boss.work(SWEEP_QUEUE, sweep);
  await boss.schedule(SWEEP_QUEUE, options.sweepCron ?? SWEEP_CRON);
  await boss.work(SCHEDULED_EMAILS_QUEUE, async () => {
    const counts = await queueScheduledEmails(new Date());
    log(
      `scheduled emails queued: ${Object.entries(counts)
        .map(([name, count]) => `${count} ${name}`)
        .join(", ")}`,
    );
  });
  await boss.schedule(SCHEDULED_EMAILS_QUEUE, SCHEDULED_EMAILS_CRON);

  const listener = await listenForOutboxEmails({
    databaseUrl: options.databaseUrl,
    onEmail: (id) => void serially(() => deliverEmail(id, delivery)),
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
