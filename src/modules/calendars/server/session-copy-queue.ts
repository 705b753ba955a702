import type { TenantDb } from "~/server/db/tenant";
import { SESSION_COPY_JOB } from "./calendar-jobs";
import { findCopyTarget } from "./connections.repo";

/**
 * Called in the transaction that books, moves or cancels a session: when a calendar of the coach receives sessions
 * or holds this one, a job to bring it in line is written with the change (so it exists exactly when the change
 * does). Coaches without such a calendar pay one indexed read.
 */
export async function queueSessionCopy(db: TenantDb, booking: { id: string; coachProfileId: string }) {
  if (!(await findCopyTarget(db, booking.coachProfileId, booking.id))) return;
  await db.$enqueueJob(SESSION_COPY_JOB, { bookingId: booking.id });
}
