import type Stripe from "stripe";
import { stripeBilling } from "~/server/stripe";
import { noticesForTransition, shouldAdoptSubscription, type BillingNotice } from "../domain/entitlements";
import { queueBillingNotices } from "./billing-notices";
import * as repo from "./billing.system.repo";

// Every path that learns about a subscription — webhook, return from Checkout, a plan or seat
// change — stores it here, from an object Stripe itself returned. Events may arrive in any
// order and syncs may overlap, so a write is skipped when the stored copy was read later
// (`syncedAt`), and an old, ended subscription never replaces the live one.

const fromUnix = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);
export const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

function snapshotOf(subscription: Stripe.Subscription): repo.SubscriptionSnapshot {
  // Current API versions keep the billing period on each item, not on the subscription.
  const item = subscription.items.data[0];
  return {
    stripeSubscriptionId: subscription.id,
    stripeItemId: item?.id ?? null,
    stripePriceId: item?.price.id ?? null,
    status: subscription.status,
    seatQuantity: item?.quantity ?? 0,
    currentPeriodStart: fromUnix(item?.current_period_start),
    currentPeriodEnd: fromUnix(item?.current_period_end),
    trialEnd: fromUnix(subscription.trial_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    endedAt: fromUnix(subscription.ended_at),
  };
}

interface StoreOutcome {
  applied: boolean;
  /** Why nothing was written, for the event record and logs. */
  skipped?: "stale" | "other-customer" | "older-subscription";
  previousStatus: string | null;
  status: string | null;
}

export async function storeSubscription(input: {
  practiceId: string;
  subscription: Stripe.Subscription;
  /** When the request that returned `subscription` was sent. */
  fetchedAt: Date;
  event?: repo.StripeEventRecord;
  audit?: repo.SubscriptionAudit;
  extraNotices?: BillingNotice[];
}): Promise<StoreOutcome | null> {
  const snapshot = snapshotOf(input.subscription);
  const customerId = idOf(input.subscription.customer);
  const outcome = await repo.applySubscriptionChange<StoreOutcome>({
    practiceId: input.practiceId,
    event: input.event ?? null,
    audit: input.audit ?? null,
    decide(stored) {
      const unchanged = (skipped: StoreOutcome["skipped"]) => ({
        write: null,
        result: { applied: false, skipped, previousStatus: stored.status, status: stored.status },
      });
      if (customerId !== stored.stripeCustomerId) return unchanged("other-customer");
      if (stored.syncedAt && stored.syncedAt > input.fetchedAt) return unchanged("stale");
      const adopt = shouldAdoptSubscription(
        { subscriptionId: stored.stripeSubscriptionId, status: stored.status },
        { id: snapshot.stripeSubscriptionId, status: snapshot.status },
      );
      if (!adopt) return unchanged("older-subscription");
      const notices = [...noticesForTransition(stored.status, snapshot.status), ...(input.extraNotices ?? [])];
      return {
        write: { ...snapshot, syncedAt: input.fetchedAt },
        result: { applied: true, previousStatus: stored.status, status: snapshot.status },
        alsoInTransaction: (tx) =>
          queueBillingNotices(tx, input.practiceId, notices, {
            ...snapshot,
            subscriptionId: snapshot.stripeSubscriptionId,
          }),
      };
    },
  });
  return outcome;
}

/** Reads the subscription from Stripe now and stores it. */
export async function syncSubscriptionFromStripe(practiceId: string, subscriptionId: string) {
  const billing = stripeBilling();
  if (!billing) return null;
  const fetchedAt = new Date();
  const subscription = await billing.stripe.subscriptions.retrieve(subscriptionId);
  return storeSubscription({ practiceId, subscription, fetchedAt });
}
