// How long a person has to change their mind after asking to delete their account, and what their
// account page says meanwhile. Pure: the services pass the clock's "now".

export const ACCOUNT_GRACE_DAYS = 14;
const DAY_MS = 86_400_000;

/** When an account whose deletion was asked for at `requestedAt` is erased, unless the person signs in first. */
export const deletionDueAt = (requestedAt: Date) => new Date(requestedAt.getTime() + ACCOUNT_GRACE_DAYS * DAY_MS);

export type AccountDeletionState =
  | { kind: "none" }
  | { kind: "scheduled"; dueAt: Date }
  /** Signing in cancelled a scheduled deletion lately: the page says so for as long as the grace would have run. */
  | { kind: "cancelled"; cancelledAt: Date };

export function accountDeletionState(
  user: { deletionDueAt: Date | null; deletionCancelledAt: Date | null },
  now: Date,
): AccountDeletionState {
  if (user.deletionDueAt) return { kind: "scheduled", dueAt: user.deletionDueAt };
  const cancelledAt = user.deletionCancelledAt;
  if (cancelledAt && now.getTime() - cancelledAt.getTime() < ACCOUNT_GRACE_DAYS * DAY_MS) {
    return { kind: "cancelled", cancelledAt };
  }
  return { kind: "none" };
}
