import { afterAll } from "vitest";
import Stripe from "stripe";
import { startStripeDouble } from "./stripe-double";

// Import this first in a test file that needs billing: it starts a local Stripe double and
// points src/env.ts (read lazily, on first use) at it with test keys and prices.

export const TEST_PRICES = { month: "price_test_seat_monthly", year: "price_test_seat_yearly" } as const;
export const TEST_WEBHOOK_SECRET = "whsec_test_fieldnotes_double";

export const stripeDouble = await startStripeDouble({
  prices: {
    [TEST_PRICES.month]: { unit_amount: 2900, interval: "month" },
    [TEST_PRICES.year]: { unit_amount: 29000, interval: "year" },
  },
});

process.env.STRIPE_SECRET_KEY = "sk_test_double";
process.env.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
process.env.STRIPE_PRICE_SEAT_MONTHLY = TEST_PRICES.month;
process.env.STRIPE_PRICE_SEAT_YEARLY = TEST_PRICES.year;
process.env.STRIPE_API_BASE_URL = stripeDouble.url;

afterAll(() => stripeDouble.stop());

/** A webhook request as Stripe sends it: the exact JSON bytes and a signature over them. */
export function signedWebhookRequest(
  event: unknown,
  options: { secret?: string; timestamp?: number; signature?: string } = {},
) {
  const payload = JSON.stringify(event);
  const signature =
    options.signature ??
    Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? TEST_WEBHOOK_SECRET,
      timestamp: options.timestamp,
    });
  return new Request("http://localhost:3000/api/stripe/webhook", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
}
