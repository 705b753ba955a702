import { stripeBilling } from "~/server/stripe";
import { seatQuantityAfterChange } from "../domain/entitlements";
import * as repo from "./billing.system.repo";
import { storeSubscription } from "./subscription-sync";

const LIVE = ["trialing", "active", "past_due"];

export interface SeatChange {
  practiceId: string;
  /** +1 when a coach joined, -1 when one left. */
  delta: number;
  /** Names the membership change: Stripe's idempotency key, and the record that it was applied. */
  key: string;
}

/**
 * Seats follow membership: after a coach joins or leaves, set the subscription's quantity with
 * proration. It runs as a job (seat-sync.ts), so it may run again after a failure or a crash:
 * the change is recorded as handled, in the transaction that stores the new quantity, and a
 * change already recorded does nothing (a quantity moved twice would bill a seat twice, or drop
 * a spare one). A retry between Stripe's answer and that record sends the same request under
 * the same idempotency key, which Stripe answers from its own record instead of applying again.
 */
export async function syncSeatsAfterCoachChange(change: SeatChange) {
  const billing = stripeBilling();
  if (!billing || change.delta === 0) return null;
  const record = { id: `seats:${change.key}`, type: "seats.sync", practiceId: change.practiceId };
  if (await repo.isEventRecorded(record.id)) return null;
  const stored = await repo.findByPracticeId(change.practiceId);
  if (!stored?.stripeSubscriptionId || !stored.stripeItemId || !stored.status || !LIVE.includes(stored.status)) {
    return null;
  }
  const usedAfter = await repo.countCoachesInPractice(change.practiceId);
  const quantity = seatQuantityAfterChange({
    paid: stored.seatQuantity,
    usedBefore: usedAfter - change.delta,
    usedAfter,
  });
  if (quantity === stored.seatQuantity) {
    await repo.recordIgnoredEvent({ ...record, outcome: "ignored", note: "the paid seats already fit" });
    return null;
  }
  const fetchedAt = new Date();
  const subscription = await billing.stripe.subscriptions.update(
    stored.stripeSubscriptionId,
    { items: [{ id: stored.stripeItemId, quantity }], proration_behavior: "create_prorations" },
    { idempotencyKey: `fieldnotes-seats-${stored.stripeSubscriptionId}-${change.key}` },
  );
  return storeSubscription({
    practiceId: change.practiceId,
    subscription,
    fetchedAt,
    event: { ...record, outcome: "processed" },
  });
}
