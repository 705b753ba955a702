import { defineConfig, devices } from "@playwright/test";
import { E2E_GOOGLE, E2E_GOOGLE_ENV } from "./e2e/support/google";
import { E2E_RADICALE } from "./e2e/support/radicale";
import { E2E_STRIPE, stripeDoubleUrl } from "./e2e/support/stripe";

// Run through `npm test` (or `npm run test:e2e`), which starts PostgreSQL and an SMTP
// catcher, builds the app, and passes their addresses in the environment.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Sized for a 2-core machine that is also doing other work (another build, another suite).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /mobile\.spec\.ts/ },
    { name: "mobile", use: { ...devices["Pixel 7"] }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [
    // A local Stripe (src/test/stripe-double.ts) for the billing journey: the app's real Stripe
    // SDK is pointed at it, and it delivers signed webhooks back to the app.
    {
      command: "npx tsx e2e/support/stripe-double-server.ts",
      url: `${stripeDoubleUrl}/_double/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    // A real CalDAV server (Radicale) with one account and its "Work" calendar, for the calendars journey.
    {
      command: "npx tsx e2e/support/radicale-server.ts",
      wait: { stdout: /Radicale ready/ },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    // A local Google (src/test/google-double.ts), its consent page, token endpoint and Calendar API, for the journey
    // that connects Google Calendar.
    {
      command: "npx tsx e2e/support/google-double-server.ts",
      url: `${E2E_GOOGLE.url}/_double/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npx tsx scripts/serve.ts --port ${port}`,
      url: `${baseURL}/signin`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
        STRIPE_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
        STRIPE_PRICE_SEAT_MONTHLY: E2E_STRIPE.prices.month,
        STRIPE_PRICE_SEAT_YEARLY: E2E_STRIPE.prices.year,
        STRIPE_API_BASE_URL: stripeDoubleUrl,
        ...E2E_GOOGLE_ENV,
        OUTBOUND_ALLOWED_HOSTS: `${E2E_RADICALE.hostPort},${E2E_GOOGLE.hostPort}`,
      },
    },
  ],
});
