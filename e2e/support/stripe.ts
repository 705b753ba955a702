// The Stripe double the e2e run talks to: playwright.config.ts starts it (e2e/support/stripe-double-server.ts)
// before `next start` and gives the app these keys and prices. Tests read what the app sent.

export const E2E_STRIPE = {
  port: Number(process.env.E2E_STRIPE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1),
  secretKey: "sk_test_e2e_double",
  webhookSecret: "whsec_e2e_double",
  prices: { month: "price_e2e_seat_monthly", year: "price_e2e_seat_yearly" },
} as const;

export const stripeDoubleUrl = `http://127.0.0.1:${E2E_STRIPE.port}`;

export interface RecordedStripeRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
  idempotencyKey: string | null;
}

export async function stripeRequests(): Promise<RecordedStripeRequest[]> {
  return (await fetch(`${stripeDoubleUrl}/_double/requests`)).json() as Promise<RecordedStripeRequest[]>;
}

export async function stripeDeliveries(): Promise<Array<{ eventId: string; type: string; status: number }>> {
  return (await fetch(`${stripeDoubleUrl}/_double/deliveries`)).json() as Promise<
    Array<{ eventId: string; type: string; status: number }>
  >;
}
