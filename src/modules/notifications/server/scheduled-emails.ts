import { queueWeeklyDigests } from "~/modules/clients/server/weekly-digest";
import { queueDueOutreachEmails } from "~/modules/outreach/server/daily-outreach";

// The emails that come from the clock rather than from a change: each producer finds who is at
// their local sending hour now and queues through the outbox with a per-day or per-week dedupe
// key, so a run repeated within the hour (a retry, two workers) queues nothing twice.

const PRODUCERS = {
  "outreach-due": queueDueOutreachEmails,
  "weekly-digest": queueWeeklyDigests,
} satisfies Record<string, (now: Date) => Promise<number>>;

export type ScheduledEmailCounts = Record<keyof typeof PRODUCERS, number>;

/** Runs every producer, each on its own: one failing does not keep the others' emails back. */
export async function queueScheduledEmails(now: Date): Promise<ScheduledEmailCounts> {
  const names = Object.keys(PRODUCERS) as (keyof typeof PRODUCERS)[];
  const results = await Promise.allSettled(names.map((name) => PRODUCERS[name](now)));
  const failures = results.flatMap((result, i) =>
    result.status === "rejected" ? [`${names[i]}: ${(result.reason as Error)?.message ?? String(result.reason)}`] : [],
  );
  // Thrown after all ran, so the job is marked failed and retried; what was queued stays queued once.
  if (failures.length > 0) throw new Error(`Scheduled emails failed (${failures.join("; ")})`);
  return Object.fromEntries(
    names.map((name, i) => [name, (results[i] as PromiseFulfilledResult<number>).value]),
  ) as ScheduledEmailCounts;
}
