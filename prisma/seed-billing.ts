import { initialSeatQuantity } from "../src/modules/billing/domain/entitlements";
import { TRIAL_DAYS } from "../src/modules/billing/domain/plans";
import type { PrismaClient } from "../src/server/db/generated/client";

// The demo practice has two coaches and more active clients than the free plan allows (one
// coach, three active clients), so without a subscription it breaks its own plan: the billing
// page shows 2 of 1 seats used and activating a client is refused. A practice with that team
// would be on a trial or a paid plan, so the demo gets a trial: the same row a Stripe Checkout
// with a trial would leave (trialing, one seat per coach, ending in TRIAL_DAYS), marked as the
// demo's by its `cus_demo_`/`sub_demo_` ids.
//
// Only without Stripe: with real keys the fake customer would reach Stripe (invoices, portal,
// Checkout) and fail, so there the demo starts on the free plan and an owner starts a real
// trial from the billing page. Reseeding renews the trial; a real subscription is never touched.

const DAY_MS = 86_400_000;
const isDemoCustomer = (customerId: string) => customerId.startsWith("cus_demo_");

export async function seedDemoTrial(
  db: PrismaClient,
  practiceId: string,
  options: { stripeConfigured: boolean; now?: Date },
) {
  if (options.stripeConfigured) return null;
  const existing = await db.practiceSubscription.findUnique({ where: { practiceId } });
  if (existing && !isDemoCustomer(existing.stripeCustomerId)) return existing;
  const now = options.now ?? new Date();
  const trialEnd = new Date(now.getTime() + TRIAL_DAYS * DAY_MS);
  const coaches = await db.membership.count({ where: { practiceId, role: "COACH", removedAt: null } });
  const trial = {
    stripeSubscriptionId: `sub_demo_${practiceId}`,
    status: "trialing",
    seatQuantity: initialSeatQuantity(coaches),
    currentPeriodStart: now,
    currentPeriodEnd: trialEnd,
    trialEnd,
    cancelAtPeriodEnd: false,
    endedAt: null,
  };
  return db.practiceSubscription.upsert({
    where: { practiceId },
    create: { practiceId, stripeCustomerId: `cus_demo_${practiceId}`, ...trial },
    update: trial,
  });
}
