import { startStripeDouble } from "../../src/test/stripe-double";
import { E2E_STRIPE } from "./stripe";

// Run by playwright.config.ts as a web server beside `next start`: the local Stripe the app
// is pointed at, delivering signed webhooks to the app like Stripe would.
const appUrl = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const double = await startStripeDouble({
  port: E2E_STRIPE.port,
  prices: {
    [E2E_STRIPE.prices.month]: { unit_amount: 2900, interval: "month" },
    [E2E_STRIPE.prices.year]: { unit_amount: 29000, interval: "year" },
  },
  webhook: { url: `${appUrl}/api/stripe/webhook`, secret: E2E_STRIPE.webhookSecret },
});
console.log(`Stripe double on ${double.url}`);
const stop = () => void double.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
