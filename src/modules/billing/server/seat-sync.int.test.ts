import { stripeDouble } from "~/test/stripe-env";
import { afterEach, describe, expect, it } from "vitest";
import { addMember } from "../../../../prisma/factories";
import { env } from "~/env";
import { prisma } from "~/server/db/client";
import { tenantDb } from "~/server/db/tenant";
import { jobQueueOf } from "~/server/jobs/jobs";
import { startAppWorker } from "~/server/worker/root";
import type { Worker } from "~/server/worker/worker";
import { freePractice, subscribe } from "~/test/billing-fixtures";
import { callerFor } from "~/test/callers";
import { jobsOf } from "~/test/jobs";
import { queueSeatSync, SEAT_SYNC_JOB, seatSyncJobHandler } from "./seat-sync";

// The subscription's seats follow coaches joining and leaving through a pg-boss job: written in
// the membership change's transaction, run by the worker, retried when Stripe fails, and applied
// once however often it runs.

const ONCE_A_YEAR = "0 0 1 1 *";
let worker: Worker | undefined;
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

const until = async (check: () => Promise<boolean>, what: string, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const seatJobsOf = async (practiceId: string) =>
  (await jobsOf(SEAT_SYNC_JOB)).filter((job) => job.data.practiceId === practiceId);

/** A paid practice with `coaches` coaches and `seats` paid seats. */
async function paidPractice(coaches: number, seats: number) {
  const { practice, owner } = await freePractice(prisma);
  for (let i = 0; i < coaches; i++) await addMember(prisma, practice.id, "COACH");
  const { subscription } = await subscribe(practice, owner, { seats });
  return { practice, owner, subscription };
}

describe("the seat sync after a coach joins or leaves", () => {
  it("is queued in the membership change's transaction, and not at all when that rolls back", async () => {
    const { practice, owner } = await paidPractice(1, 1);
    const client = await addMember(prisma, practice.id, "CLIENT");

    const failed = new Error("a later step of the change failed");
    await expect(
      tenantDb(practice.id).$transaction(async (tx) => {
        await queueSeatSync(tx, { practiceId: practice.id, delta: 1, key: "rolled-back-role-change" });
        throw failed;
      }),
    ).rejects.toBe(failed);
    await expect(
      prisma.$transaction(async (tx) => {
        await queueSeatSync(jobQueueOf(tx), { practiceId: practice.id, delta: 1, key: "rolled-back-invitation" });
        throw failed;
      }),
    ).rejects.toBe(failed);
    expect(await seatJobsOf(practice.id)).toEqual([]);

    await callerFor(owner).members.changeRole({
      practiceSlug: practice.slug,
      membershipId: client.membership.id,
      role: "COACH",
    });
    expect(await seatJobsOf(practice.id)).toEqual([
      expect.objectContaining({
        state: "created",
        data: { practiceId: practice.id, delta: 1, key: expect.stringContaining(client.membership.id) },
      }),
    ]);
  });

  it("is retried by the worker when Stripe fails, and moves the quantity once", { timeout: 90_000 }, async () => {
    // Three paid seats for two coaches: one leaving gives back one seat and keeps the spare.
    const { practice, owner, subscription } = await paidPractice(2, 3);
    const leaving = await prisma.membership.findFirstOrThrow({ where: { practiceId: practice.id, role: "COACH" } });
    const seatUpdates = () => stripeDouble.requestsTo("POST", `/v1/subscriptions/${subscription.id}`);
    const paidInStripe = () => stripeDouble.subscriptions.get(subscription.id)?.items.data[0]!.quantity;

    await callerFor(owner).members.remove({ practiceSlug: practice.slug, membershipId: leaving.id });
    stripeDouble.subscriptions.delete(subscription.id); // Stripe answers 404 until it is back
    const failures: string[] = [];
    worker = await startAppWorker({
      databaseUrl: env.DATABASE_URL,
      sweepCron: ONCE_A_YEAR,
      log: (message) => void (message.startsWith("seat-sync") && failures.push(message)),
    });

    await until(async () => (await seatJobsOf(practice.id))[0]?.state === "retry", "the first try to fail");
    expect(failures).toHaveLength(1);
    expect(
      (await prisma.practiceSubscription.findUniqueOrThrow({ where: { practiceId: practice.id } })).seatQuantity,
    ).toBe(3);

    stripeDouble.subscriptions.set(subscription.id, subscription);
    // The backoff would wait half a minute or more; the retry itself is what is under test.
    await prisma.$executeRawUnsafe(`UPDATE pgboss.job SET start_after = now() WHERE name = $1`, SEAT_SYNC_JOB.queue);
    await until(async () => (await seatJobsOf(practice.id))[0]?.state === "completed", "the retry to succeed");

    expect(seatUpdates().map((request) => request.body)).toEqual([
      expect.objectContaining({ items: [expect.objectContaining({ quantity: "2" })] }),
      expect.objectContaining({ items: [expect.objectContaining({ quantity: "2" })] }),
    ]);
    // Both tries sent the same key, so Stripe itself would apply the change only once.
    expect(new Set(seatUpdates().map((request) => request.idempotencyKey)).size).toBe(1);
    expect(paidInStripe()).toBe(2);
    expect(
      (await prisma.practiceSubscription.findUniqueOrThrow({ where: { practiceId: practice.id } })).seatQuantity,
    ).toBe(2);

    // The same job delivered again (a worker that died before recording it done) changes nothing:
    // worked out afresh, the removal would take the spare seat too.
    const [job] = await seatJobsOf(practice.id);
    await seatSyncJobHandler.run(job!.data);
    expect(seatUpdates()).toHaveLength(2);
    expect(paidInStripe()).toBe(2);
  });
});
