import type { z } from "zod";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError } from "~/server/errors";
import { defineJob, type JobHandler } from "~/server/jobs/jobs";
import { confirms } from "../domain/confirmation";
import { practiceDeletionRefusal } from "../domain/practice-deletion";
import type { deletePracticeInput } from "../schemas";
import * as practiceRepo from "./erasure.repo";
import * as repo from "./erasure.system.repo";

// An owner deletes a practice whose subscription has ended: no grace period, since ending the subscription was
// already a deliberate step and the page offers the export first. The request removes every member at once (so
// the practice is gone from every list and every procedure answers "not found"), then the worker deletes its rows.

export const practiceDeletionJob = defineJob<{ practiceId: string }>("practice-deletion", {
  limit: 5,
  delaySeconds: 30,
  backoff: true,
});

export async function deletionCheck(ctx: TenantContext) {
  return { refusal: practiceDeletionRefusal(await practiceRepo.findSubscriptionStatus(ctx.db)) };
}

export async function requestPracticeDeletion(ctx: TenantContext, input: z.infer<typeof deletePracticeInput>) {
  const refusal = practiceDeletionRefusal(await practiceRepo.findSubscriptionStatus(ctx.db));
  if (refusal) throw new AppError("CONFLICT", refusal);
  if (!confirms(input.confirmation, ctx.practice.slug)) {
    const message = "Type the practice's address exactly to confirm.";
    throw new AppError("BAD_REQUEST", message, { confirmation: message });
  }
  await practiceRepo.removeAllMembers(ctx.db, ctx.clock.now());
  await ctx.db.$enqueueJob(practiceDeletionJob, { practiceId: ctx.practice.id });
  return { deleted: true };
}

/** Deletes the practice's rows; again the check, since a subscription could have been restarted meanwhile. */
export const practiceDeletionJobHandler: JobHandler<{ practiceId: string }> = {
  kind: practiceDeletionJob,
  async run({ practiceId }) {
    const practice = await repo.findPracticeForDeletion(practiceId);
    if (!practice || practiceDeletionRefusal(practice.subscription)) return;
    await repo.deletePracticeRows(practiceId);
  },
};
