import Stripe from "stripe";
import { env } from "~/env";

// The one Stripe client. Null when STRIPE_SECRET_KEY is unset: every practice is then on the
// free tier and the billing page explains how to connect Stripe. STRIPE_API_BASE_URL points
// the real SDK at another server (the tests' local double) through its host/port/protocol options.

export interface StripeBilling {
  stripe: Stripe;
  webhookSecret: string;
  prices: { month: string; year: string };
}

let cached: StripeBilling | null | undefined;

function sdkTarget(baseUrl: string | undefined): Pick<Stripe.StripeConfig, "host" | "port" | "protocol"> {
  if (!baseUrl) return {};
  const url = new URL(baseUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol };
}

export function stripeBilling(): StripeBilling | null {
  if (cached !== undefined) return cached;
  const key = env.STRIPE_SECRET_KEY;
  // env.ts refuses a key without its companions, so these are present whenever the key is.
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET;
  const month = env.STRIPE_PRICE_SEAT_MONTHLY;
  const year = env.STRIPE_PRICE_SEAT_YEARLY;
  if (!key || !webhookSecret || !month || !year) return (cached = null);
  const stripe = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "Fieldnotes" },
    ...sdkTarget(env.STRIPE_API_BASE_URL),
  });
  return (cached = { stripe, webhookSecret, prices: { month, year } });
}

export const isStripeError = (error: unknown): error is Stripe.errors.StripeError =>
  error instanceof Stripe.errors.StripeError;
