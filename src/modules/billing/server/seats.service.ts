import { stripeBilling } from "~/server/stripe";
import { seatQuantityAfterChange } from "../domain/entitlements";
import * as repo from "./billing.repo";
import { storeSubscription } from "./subscription-sync";

const LIVE = ["trialing", "active", "past_due"];

/**
 * Seats follow membership: after a coach joins or leaves (the change has committed), set the
 * subscription's quantity with proration. `key` names the membership change, so a retry of
 * the same change reuses Stripe's idempotency key and cannot apply it twice.
 * TODO(issue 5): run this as a job so a Stripe outage retries instead of only logging.
 */
export async function syncSeatsAfterCoachChange(practiceId: string, change: { delta: number; key: string }) {
  const billing = stripeBilling();
  if (!billing || change.delta === 0) return null;
  const stored = await repo.findByPracticeId(practiceId);
  if (!stored?.stripeSubscriptionId || !stored.stripeItemId || !stored.status || !LIVE.includes(stored.status)) {
    return null;
  }
  const usedAfter = await repo.countCoachesInPractice(practiceId);
  const quantity = seatQuantityAfterChange({
    paid: stored.seatQuantity,
    usedBefore: usedAfter - change.delta,
    usedAfter,
  });
  if (quantity === stored.seatQuantity) return null;
  const fetchedAt = new Date();
  const subscription = await billing.stripe.subscriptions.update(
    stored.stripeSubscriptionId,
    { items: [{ id: stored.stripeItemId, quantity }], proration_behavior: "create_prorations" },
    { idempotencyKey: `fieldnotes-seats-${stored.stripeSubscriptionId}-${change.key}` },
  );
  return storeSubscription({ practiceId, subscription, fetchedAt });
}
