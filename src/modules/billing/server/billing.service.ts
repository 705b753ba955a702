import type Stripe from "stripe";
import type { z } from "zod";
import { env } from "~/env";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { isStripeError, stripeBilling, type StripeBilling } from "~/server/stripe";
import {
  checkSeatChange,
  initialSeatQuantity,
  standingOf,
  trialAvailable,
  type Standing,
} from "../domain/entitlements";
import { FREE_PLAN, PAID_PLANS, planForPrice, TRIAL_DAYS, type BillingInterval } from "../domain/plans";
import type { applyPlanChangeInput, checkoutReturnInput, planChangeInput, startCheckoutInput } from "../schemas";
import * as repo from "./billing.repo";
import { idOf, storeSubscription, syncSubscriptionFromStripe } from "./subscription-sync";

// Billing from the admin's side: the overview, Checkout, the customer portal, the return from
// Checkout and in-app plan/seat changes. These procedures call Stripe, so they run outside the
// mutation transaction (see practiceProcedure's `transaction: false`).

const LIVE = ["trialing", "active", "past_due"];

function requireStripe(): StripeBilling {
  const billing = stripeBilling();
  if (!billing) {
    throw new AppError(
      "BAD_REQUEST",
      "Billing is not connected to Stripe on this server, so every practice is on the free plan.",
    );
  }
  return billing;
}

const billingPath = (ctx: TenantContext) => `/p/${ctx.practice.slug}/settings/billing`;
const absolute = (path: string) => new URL(path, env.APP_URL).toString();

async function usage(ctx: TenantContext) {
  const [coachesInUse, pendingCoachInvitations, activeClients] = await Promise.all([
    repo.countCoachesInUse(ctx.db),
    repo.countPendingCoachInvitations(ctx.db, ctx.clock.now()),
    repo.countActiveClients(ctx.db),
  ]);
  return { coachesInUse, pendingCoachInvitations, activeClients };
}

const planSummary = (interval: BillingInterval) => ({ ...PAID_PLANS[interval] });

async function recentInvoices(billing: StripeBilling, customerId: string) {
  try {
    // The page must not hang on Stripe: one quick try, and the list is simply left out.
    const list = await billing.stripe.invoices.list(
      { customer: customerId, limit: 6 },
      { timeout: 5_000, maxNetworkRetries: 0 },
    );
    return list.data.map((invoice) => ({
      id: invoice.id ?? "",
      number: invoice.number,
      status: invoice.status,
      totalCents: invoice.total,
      currency: invoice.currency,
      createdAt: new Date(invoice.created * 1000),
      url: invoice.hosted_invoice_url ?? null,
      pdfUrl: invoice.invoice_pdf ?? null,
    }));
  } catch (error) {
    console.error("[billing] could not list invoices", error);
    return null; // the page says it could not load them; nothing else depends on them
  }
}

export async function billingOverview(ctx: TenantContext) {
  const billing = stripeBilling();
  const [stored, used] = await Promise.all([repo.findSubscription(ctx.db), usage(ctx)]);
  const standing = standingOf(stored);
  const paidPlan = billing && stored ? planForPrice(stored.stripePriceId, billing.prices) : null;
  const live = Boolean(stored?.status && LIVE.includes(stored.status));
  return {
    configured: Boolean(billing),
    standing,
    status: stored?.status ?? null,
    plan:
      standing.tier === "free"
        ? { id: FREE_PLAN.id, name: FREE_PLAN.name, interval: null }
        : { id: paidPlan?.id ?? "custom", name: paidPlan?.name ?? "Paid plan", interval: paidPlan?.interval ?? null },
    live,
    seats: {
      used: used.coachesInUse,
      pendingInvitations: used.pendingCoachInvitations,
      paid: standing.tier === "free" ? FREE_PLAN.coachSeats : (stored?.seatQuantity ?? 0),
    },
    clients: { active: used.activeClients, limit: standing.tier === "free" ? FREE_PLAN.activeClients : null },
    currentPeriodEnd: stored?.currentPeriodEnd ?? null,
    trialEnd: stored?.status === "trialing" ? (stored.trialEnd ?? null) : null,
    cancelAtPeriodEnd: stored?.cancelAtPeriodEnd ?? false,
    nextInvoiceAt: live && !stored?.cancelAtPeriodEnd ? (stored?.currentPeriodEnd ?? null) : null,
    hasCustomer: Boolean(stored?.stripeCustomerId),
    trialAvailable: trialAvailable(stored ? { subscriptionId: stored.stripeSubscriptionId } : null),
    trialDays: TRIAL_DAYS,
    freePlan: FREE_PLAN,
    plans: [planSummary("month"), planSummary("year")],
    suggestedSeats: initialSeatQuantity(used.coachesInUse),
    invoices: billing && stored ? await recentInvoices(billing, stored.stripeCustomerId) : [],
  };
}

/**
 * What the practice layout shows everyone on the staff: nothing, or a banner. The standing came with the membership
 * (one statement for the whole request), so this reads nothing more.
 */
export function billingBanner(ctx: TenantContext): Pick<Standing, "access" | "tier"> & { status: string | null } {
  const { standing } = ctx;
  return { access: standing.access, tier: standing.tier, status: "status" in standing ? standing.status : null };
}

/** The practice's Stripe customer: created once (the idempotency key makes a race return the same one), then reused. */
async function ensureCustomer(ctx: TenantContext, billing: StripeBilling) {
  const stored = await repo.findSubscription(ctx.db);
  if (stored) return stored;
  const customer = await billing.stripe.customers.create(
    {
      name: ctx.practice.name,
      metadata: { practiceId: ctx.practice.id, practiceSlug: ctx.practice.slug },
    },
    { idempotencyKey: `fieldnotes-customer-${ctx.practice.id}` },
  );
  const saved = await repo.saveCustomer(ctx.db, customer.id);
  if (!saved) throw new Error("The Stripe customer could not be recorded.");
  return saved;
}

export async function startCheckout(ctx: TenantContext, input: z.infer<typeof startCheckoutInput>) {
  const billing = requireStripe();
  const stored = await repo.findSubscription(ctx.db);
  if (stored?.status && LIVE.includes(stored.status)) {
    throw new AppError("CONFLICT", "This practice already has a subscription. Change its plan or seats below instead.");
  }
  const { coachesInUse } = await usage(ctx);
  const seats = input.seats ?? initialSeatQuantity(coachesInUse);
  const seatRule = checkSeatChange(seats, coachesInUse);
  if (!seatRule.ok) throw new AppError("BAD_REQUEST", seatRule.reason, { seats: seatRule.reason });
  const customer = await ensureCustomer(ctx, billing);
  const price = billing.prices[input.interval];
  const withTrial = trialAvailable({ subscriptionId: customer.stripeSubscriptionId });
  const path = billingPath(ctx);
  const metadata = { practiceId: ctx.practice.id };
  // Same practice, plan and seats within ten minutes → Stripe hands back the same session.
  const window = Math.floor(ctx.clock.now().getTime() / 600_000);
  const session = await billing.stripe.checkout.sessions.create(
    {
      mode: "subscription",
      customer: customer.stripeCustomerId,
      client_reference_id: ctx.practice.id,
      line_items: [{ price, quantity: seats }],
      subscription_data: { metadata, ...(withTrial ? { trial_period_days: TRIAL_DAYS } : {}) },
      metadata,
      success_url: `${absolute(path)}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${absolute(path)}?checkout=cancelled`,
    },
    { idempotencyKey: `fieldnotes-checkout-${ctx.practice.id}-${price}-${seats}-${window}` },
  );
  if (!session.url) throw new Error("Stripe returned a Checkout session without a URL.");
  return { url: session.url };
}

export async function openCustomerPortal(ctx: TenantContext) {
  const billing = requireStripe();
  const stored = await repo.findSubscription(ctx.db);
  if (!stored)
    throw new AppError("BAD_REQUEST", "Choose a plan first; the portal opens once the practice has subscribed.");
  const portal = await billing.stripe.billingPortal.sessions.create({
    customer: stored.stripeCustomerId,
    return_url: absolute(billingPath(ctx)),
  });
  return { url: portal.url };
}

/** The admin is back from Checkout: read the result from Stripe now rather than wait for the webhook. */
export async function syncCheckoutReturn(ctx: TenantContext, input: z.infer<typeof checkoutReturnInput>) {
  const billing = requireStripe();
  const stored = await repo.findSubscription(ctx.db);
  if (!stored) throw notFound("That Checkout session");
  let session: Stripe.Checkout.Session;
  try {
    session = await billing.stripe.checkout.sessions.retrieve(input.sessionId);
  } catch (error) {
    if (isStripeError(error) && error.code === "resource_missing") throw notFound("That Checkout session");
    throw error;
  }
  // A session id from the address bar proves nothing: it must belong to this practice's customer.
  if (idOf(session.customer) !== stored.stripeCustomerId || session.metadata?.practiceId !== ctx.practice.id) {
    throw notFound("That Checkout session");
  }
  const subscriptionId = idOf(session.subscription);
  if (session.status !== "complete" || !subscriptionId) return { status: stored.status, completed: false };
  const outcome = await syncSubscriptionFromStripe(ctx.practice.id, subscriptionId);
  return { status: outcome?.status ?? stored.status, completed: true };
}

async function liveSubscription(ctx: TenantContext) {
  const stored = await repo.findSubscription(ctx.db);
  if (!stored?.stripeSubscriptionId || !stored.stripeItemId || !stored.status || !LIVE.includes(stored.status)) {
    throw new AppError("BAD_REQUEST", "This practice has no active subscription to change. Choose a plan first.");
  }
  return { ...stored, stripeSubscriptionId: stored.stripeSubscriptionId, stripeItemId: stored.stripeItemId };
}

async function checkedChange(ctx: TenantContext, billing: StripeBilling, input: z.infer<typeof planChangeInput>) {
  const stored = await liveSubscription(ctx);
  const { coachesInUse } = await usage(ctx);
  const rule = checkSeatChange(input.seats, coachesInUse);
  if (!rule.ok) throw new AppError("BAD_REQUEST", rule.reason, { seats: rule.reason });
  const price = billing.prices[input.interval];
  if (price === stored.stripePriceId && input.seats === stored.seatQuantity) {
    throw new AppError("BAD_REQUEST", "That is the plan and seat count the practice already has.");
  }
  return { stored, price };
}

/** What the change would cost, from Stripe's own proration. */
export async function previewPlanChange(ctx: TenantContext, input: z.infer<typeof planChangeInput>) {
  const billing = requireStripe();
  const { stored, price } = await checkedChange(ctx, billing, input);
  const prorationDate = Math.floor(ctx.clock.now().getTime() / 1000);
  const preview = await billing.stripe.invoices.createPreview({
    customer: stored.stripeCustomerId,
    subscription: stored.stripeSubscriptionId,
    subscription_details: {
      items: [{ id: stored.stripeItemId, price, quantity: input.seats }],
      proration_behavior: "create_prorations",
      proration_date: prorationDate,
    },
  });
  const prorationCents = preview.lines.data
    .filter((line) => line.parent?.subscription_item_details?.proration)
    .reduce((sum, line) => sum + line.amount, 0);
  return {
    prorationDate,
    currency: preview.currency,
    prorationCents,
    nextInvoiceCents: preview.total,
    nextInvoiceAt: preview.next_payment_attempt ? new Date(preview.next_payment_attempt * 1000) : null,
    interval: input.interval,
    seats: input.seats,
  };
}

export async function applyPlanChange(ctx: TenantContext, input: z.infer<typeof applyPlanChangeInput>) {
  const billing = requireStripe();
  const { stored, price } = await checkedChange(ctx, billing, input);
  const fetchedAt = new Date();
  const subscription = await billing.stripe.subscriptions.update(
    stored.stripeSubscriptionId,
    {
      items: [{ id: stored.stripeItemId, price, quantity: input.seats }],
      proration_behavior: "create_prorations",
      proration_date: input.prorationDate,
    },
    { idempotencyKey: `fieldnotes-plan-${stored.stripeSubscriptionId}-${price}-${input.seats}-${input.prorationDate}` },
  );
  await storeSubscription({ practiceId: ctx.practice.id, subscription, fetchedAt });
  return { status: subscription.status, seats: input.seats, interval: input.interval };
}
