// The plans, in one place. Prices live in Stripe; the environment names which Stripe price is
// which plan (STRIPE_PRICE_SEAT_MONTHLY / STRIPE_PRICE_SEAT_YEARLY), and the list prices below
// are only what the billing page shows before Stripe has been asked for a preview.

export type BillingInterval = "month" | "year";

export const TRIAL_DAYS = 14;

interface FreePlan {
  id: "free";
  name: string;
  /** Coach seats (active COACH memberships); owners and admins never take one. */
  coachSeats: number;
  activeClients: number;
}

export interface PaidPlan {
  id: "practice-monthly" | "practice-yearly";
  name: string;
  interval: BillingInterval;
  /** Per coach seat per interval, in cents: shown on the page; Stripe's price decides the charge. */
  listPriceCents: number;
  currency: "usd";
}

export const FREE_PLAN: FreePlan = { id: "free", name: "Free", coachSeats: 1, activeClients: 3 };

export const PAID_PLANS: Record<BillingInterval, PaidPlan> = {
  month: {
    id: "practice-monthly",
    name: "Practice, monthly",
    interval: "month",
    listPriceCents: 2900,
    currency: "usd",
  },
  year: { id: "practice-yearly", name: "Practice, yearly", interval: "year", listPriceCents: 29000, currency: "usd" },
};

type StripePrices = Record<BillingInterval, string>;

/** The paid plan a Stripe price stands for, or null for a price this deployment does not know. */
export function planForPrice(priceId: string | null, prices: StripePrices): PaidPlan | null {
  if (!priceId) return null;
  if (priceId === prices.month) return PAID_PLANS.month;
  if (priceId === prices.year) return PAID_PLANS.year;
  return null;
}

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}
