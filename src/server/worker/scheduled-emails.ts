// The emails that come from the clock rather than from a change. Each producer (named by the
// worker's composition root, ./root.ts) finds who is at their local sending hour now and queues
// through the outbox with a per-day or per-week dedupe key, so a run repeated within the hour
// (a retry, two workers) queues nothing twice.

/** Queues its emails for `now`; resolves to how many it queued. */
export type ScheduledEmailProducer = (now: Date) => Promise<number>;

/** Runs every producer, each on its own: one failing does not keep the others' emails back. */
export async function runScheduledEmails<Name extends string>(
  producers: Record<Name, ScheduledEmailProducer>,
  now: Date,
): Promise<Record<Name, number>> {
  const names = Object.keys(producers) as Name[];
  const results = await Promise.allSettled(names.map((name) => producers[name](now)));
  const failures = results.flatMap((result, i) =>
    result.status === "rejected" ? [`${names[i]}: ${(result.reason as Error)?.message ?? String(result.reason)}`] : [],
  );
  // Thrown after all ran, so the job is marked failed and retried; what was queued stays queued once.
  if (failures.length > 0) throw new Error(`Scheduled emails failed (${failures.join("; ")})`);
  return Object.fromEntries(
    names.map((name, i) => [name, (results[i] as PromiseFulfilledResult<number>).value]),
  ) as Record<Name, number>;
}
