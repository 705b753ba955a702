import { env } from "~/env";
import { enqueueEmail } from "~/server/email/outbox";
import { AppError } from "~/server/errors";
import { confirms } from "../domain/confirmation";
import { formatDeletionDate } from "../domain/deletion-date";
import { accountDeletionState, deletionDueAt } from "../domain/grace";
import { soleOwnershipRefusal } from "../domain/ownership";
import * as repo from "./erasure.system.repo";

// A person deleting their own account: they confirm, the account is erased once the grace period has passed
// (./account-erasure.ts, in the worker), and signing in before then cancels it.

export const DATA_PAGE_PATH = "/profile/data";

const urlOf = (path: string) => new URL(path, env.APP_URL).toString();

/** The account page's view: whether a deletion is scheduled or was just cancelled, and whether one may be asked. */
export async function accountDeletionStatus(userId: string, now: Date) {
  const [user, ownerships] = await Promise.all([repo.findDeletionFields(userId), repo.findOwnerships(userId)]);
  return {
    email: user.email,
    timeZone: user.timeZone ?? "UTC",
    state: accountDeletionState(user, now),
    refusal: soleOwnershipRefusal(ownerships),
  };
}

/**
 * Schedules the deletion and signs the person out everywhere else, so only signing in again (which needs their
 * mailbox) keeps the account. Asking again while one is scheduled keeps the first date.
 */
export async function scheduleAccountDeletion(
  viewer: { userId: string; sessionId: string | undefined },
  confirmation: string,
  now: Date,
) {
  const user = await repo.findDeletionFields(viewer.userId);
  if (!confirms(confirmation, user.email)) {
    const message = "Type the email address of your account exactly.";
    throw new AppError("BAD_REQUEST", message, { confirmation: message });
  }
  const refusal = soleOwnershipRefusal(await repo.findOwnerships(viewer.userId));
  if (refusal) throw new AppError("CONFLICT", refusal);
  if (user.deletionDueAt) return { dueAt: user.deletionDueAt };
  const dueAt = deletionDueAt(now);
  const zone = user.timeZone ?? "UTC";
  await repo.withTransaction(async (tx) => {
    await repo.setDeletionDue(tx, viewer.userId, dueAt);
    await repo.deleteOtherSessions(tx, viewer.userId, viewer.sessionId);
    await enqueueEmail(tx, {
      template: "account-deletion",
      to: user.email,
      props: {
        kind: "scheduled",
        dueAt: formatDeletionDate(dueAt, zone),
        signInUrl: urlOf("/signin"),
      },
      dedupeKey: `account-deletion-scheduled:${viewer.userId}:${now.getTime()}`,
      practiceId: null,
    });
  });
  return { dueAt };
}

async function cancelDeletion(userId: string, now: Date, bySignIn: boolean) {
  return repo.withTransaction(async (tx) => {
    const cancelled = await repo.cancelDueDeletion(tx, userId, now);
    if (!cancelled) return false;
    await enqueueEmail(tx, {
      template: "account-deletion",
      to: cancelled.email,
      props: { kind: "cancelled", bySignIn, dataPageUrl: urlOf(DATA_PAGE_PATH) },
      dedupeKey: `account-deletion-cancelled:${userId}:${now.getTime()}`,
      practiceId: null,
    });
    return true;
  });
}

export async function cancelAccountDeletion(userId: string, now: Date) {
  return { cancelled: await cancelDeletion(userId, now, false) };
}

/** A sign-in hook (src/server/api/root.ts): signing in during the grace period keeps the account. */
export async function cancelDeletionOnSignIn(user: { id: string }) {
  await cancelDeletion(user.id, new Date(), true);
}
