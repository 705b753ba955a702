import { defineJob, type JobHandler, type JobQueue } from "~/server/jobs/jobs";
import { stripeBilling } from "~/server/stripe";
import { syncSeatsAfterCoachChange, type SeatChange } from "./seats.service";

// The subscription's quantity follows a coach joining or leaving through a job written in the
// membership change's transaction: a Stripe outage delays it, and nothing forgets it. Tries back
// off from about 30 s to about an hour, over several hours in all.
export const SEAT_SYNC_JOB = defineJob<SeatChange>("seat-sync", { limit: 8, delaySeconds: 30, backoff: true });

/** Call inside the transaction that changes the membership. Without Stripe there is nothing to sync. */
export async function queueSeatSync(queue: JobQueue, change: SeatChange) {
  if (!stripeBilling() || change.delta === 0) return;
  await queue.$enqueueJob(SEAT_SYNC_JOB, change);
}

/** For the worker's composition root. */
export const seatSyncJobHandler: JobHandler<SeatChange> = { kind: SEAT_SYNC_JOB, run: syncSeatsAfterCoachChange };
