import type Stripe from "stripe";
import { isStripeError, stripeBilling } from "~/server/stripe";
import type { BillingNotice } from "../domain/entitlements";
import * as repo from "./billing.system.repo";
import { idOf, storeSubscription } from "./subscription-sync";

// POST /api/stripe/webhook. Verified on the raw body; each event id is handled once; the
// event body is trusted for nothing but which customer (and subscription) it concerns — the
// subscription itself is fetched from Stripe, so delivery order does not matter.

interface WebhookResponse {
  status: number;
  body: { received: boolean; duplicate?: boolean; ignored?: string; error?: string };
}

interface Target {
  customerId: string | null;
  subscriptionId: string | null;
  notices: BillingNotice[];
}

const SUBSCRIPTION_EVENTS = new Set([
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "customer.subscription.paused",
  "customer.subscription.resumed",
  "customer.subscription.trial_will_end",
]);
const INVOICE_EVENTS = new Set(["invoice.paid", "invoice.payment_failed", "invoice.payment_succeeded"]);

/** What an event is about, or null for a type this app does not act on. */
function targetOf(event: Stripe.Event): Target | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  if (event.type === "checkout.session.completed") {
    const session = object as unknown as Stripe.Checkout.Session;
    if (session.mode !== "subscription") return null;
    return { customerId: idOf(session.customer), subscriptionId: idOf(session.subscription), notices: [] };
  }
  if (SUBSCRIPTION_EVENTS.has(event.type)) {
    const subscription = object as unknown as Stripe.Subscription;
    const notices: BillingNotice[] = event.type === "customer.subscription.trial_will_end" ? ["trial_ending"] : [];
    return { customerId: idOf(subscription.customer), subscriptionId: subscription.id, notices };
  }
  if (INVOICE_EVENTS.has(event.type)) {
    const invoice = object as unknown as Stripe.Invoice;
    const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
    return { customerId: idOf(invoice.customer), subscriptionId, notices: [] };
  }
  return null;
}

const ok = (body: Omit<WebhookResponse["body"], "received"> = {}): WebhookResponse => ({
  status: 200,
  body: { received: true, ...body },
});

export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResponse> {
  const billing = stripeBilling();
  if (!billing) return { status: 404, body: { received: false, error: "Billing is not configured." } };
  if (!signature) return { status: 400, body: { received: false, error: "Missing Stripe-Signature header." } };

  let event: Stripe.Event;
  try {
    // Checks the HMAC of the exact bytes received and refuses timestamps older than 5 minutes.
    event = billing.stripe.webhooks.constructEvent(rawBody, signature, billing.webhookSecret);
  } catch {
    return { status: 400, body: { received: false, error: "Invalid signature." } };
  }

  if (await repo.isEventRecorded(event.id)) return ok({ duplicate: true });
  const record = (practiceId: string | null, outcome: "processed" | "ignored", note?: string) => ({
    id: event.id,
    type: event.type,
    practiceId,
    outcome,
    note,
  });

  const target = targetOf(event);
  if (!target) {
    const fresh = await repo.recordIgnoredEvent(record(null, "ignored", "event type not handled"));
    return ok({ duplicate: !fresh, ignored: "event type not handled" });
  }
  const known = target.customerId ? await repo.findByCustomerId(target.customerId) : null;
  if (!known) {
    const fresh = await repo.recordIgnoredEvent(record(null, "ignored", "unknown customer"));
    return ok({ duplicate: !fresh, ignored: "unknown customer" });
  }
  const subscriptionId = target.subscriptionId ?? known.stripeSubscriptionId;
  if (!subscriptionId) {
    const fresh = await repo.recordIgnoredEvent(record(known.practiceId, "ignored", "no subscription"));
    return ok({ duplicate: !fresh, ignored: "no subscription" });
  }

  const fetchedAt = new Date();
  let subscription: Stripe.Subscription;
  try {
    subscription = await billing.stripe.subscriptions.retrieve(subscriptionId);
  } catch (error) {
    if (isStripeError(error) && error.code === "resource_missing") {
      const fresh = await repo.recordIgnoredEvent(record(known.practiceId, "ignored", "subscription not found"));
      return ok({ duplicate: !fresh, ignored: "subscription not found" });
    }
    throw error; // not recorded: Stripe retries the delivery
  }

  const outcome = await storeSubscription({
    practiceId: known.practiceId,
    subscription,
    fetchedAt,
    event: record(known.practiceId, "processed"),
    // Stripe's status as an audit code (PAST_DUE), which the audit log keeps.
    audit: {
      action: `stripe.${event.type}`,
      facts: { eventId: event.id, status: subscription.status.toUpperCase() },
    },
    extraNotices: target.notices,
  });
  return ok({ duplicate: outcome === null });
}
