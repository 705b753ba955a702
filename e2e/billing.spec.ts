import { expect, test } from "@playwright/test";
import { addMember, createClient, createPractice, createUser } from "../prisma/factories";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { uniqueEmail } from "./support/mail";
import { E2E_STRIPE, stripeDeliveries, stripeDoubleUrl, stripeRequests } from "./support/stripe";

// The billing journey against the production build, with the app's real Stripe SDK talking to
// the local Stripe double (playwright.config.ts) and the double delivering signed webhooks.

async function freePracticeAtTheClientLimit() {
  const db = e2eDb();
  const owner = await createUser(db, { email: uniqueEmail("owner"), name: "Ada Owner" });
  const slug = `bill-${Date.now().toString(36)}`;
  const { practice } = await createPractice(db, { owner, slug, name: "Lantern Careers" });
  for (let i = 0; i < 3; i++) await createClient(db, practice.id, { status: "ACTIVE" });
  const lead = await createClient(db, practice.id, { name: "Jordan Lee" });
  return { db, owner, practice, lead, slug };
}

test("an admin on the free plan hits the client limit, subscribes through Checkout, and the webhook lifts the limit", async ({
  page,
}, testInfo) => {
  const { db, owner, practice, lead, slug } = await freePracticeAtTheClientLimit();
  await signInByEmail(page, owner.email, `/p/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/p/${slug}$`));
  await page.getByRole("navigation", { name: "Practice" }).getByRole("link", { name: "Clients" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${slug}/clients$`));
  await page.getByRole("button", { name: "Activate Jordan Lee" }).click();
  await expect(page.getByText("The free plan includes up to 3 active clients, and this practice has 3.")).toBeVisible();

  await page.getByRole("link", { name: "Go to Billing" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${slug}/settings/billing$`));
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  await expect(page.getByText("3 of 3")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("billing-free-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("billing-free-mobile.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Checkout: the browser leaves for "Stripe" (the double's hosted page).
  await page.getByRole("button", { name: "Start 14-day free trial" }).click();
  await expect(page).toHaveURL(new RegExp(`^${stripeDoubleUrl}/checkout/cs_test_`));
  const sent = (await stripeRequests()).filter((request) => request.method === "POST");
  const customer = sent.find(
    (request) =>
      request.path === "/v1/customers" &&
      (request.body.metadata as Record<string, string> | undefined)?.practiceId === practice.id,
  );
  expect(customer?.idempotencyKey).toBe(`fieldnotes-customer-${practice.id}`);
  const session = sent.find(
    (request) => request.path === "/v1/checkout/sessions" && request.body.client_reference_id === practice.id,
  );
  const appBilling = `/p/${slug}/settings/billing`;
  expect(session?.body).toMatchObject({
    mode: "subscription",
    line_items: [{ price: E2E_STRIPE.prices.month, quantity: "1" }],
    subscription_data: { trial_period_days: "14", metadata: { practiceId: practice.id } },
    metadata: { practiceId: practice.id },
  });
  expect(String(session?.body.success_url)).toContain(
    `${appBilling}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
  );
  expect(String(session?.body.cancel_url)).toContain(`${appBilling}?checkout=cancelled`);

  // "Paying" makes the double create the subscription, deliver signed webhooks, then redirect back.
  await page.getByRole("button", { name: "Start trial" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${slug}/settings/billing\\?checkout=success`));
  await expect(page.getByText("You're subscribed. The new plan applies now.")).toBeVisible();
  await expect(page.getByText("Trialing")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("billing-trialing-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("billing-trialing-mobile.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The webhooks were accepted and processed once each for this practice.
  const processed = await db.stripeEvent.findMany({
    where: { practiceId: practice.id },
    orderBy: { receivedAt: "asc" },
  });
  expect(processed.map((event) => [event.type, event.outcome])).toEqual([
    ["checkout.session.completed", "processed"],
    ["customer.subscription.created", "processed"],
  ]);
  const deliveries = (await stripeDeliveries()).filter((delivery) =>
    processed.some((event) => event.id === delivery.eventId),
  );
  expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);

  // The limit is lifted.
  await page.goto(`/p/${slug}/clients`);
  await page.getByRole("button", { name: "Activate Jordan Lee" }).click();
  await expect(page.getByRole("button", { name: "Activate Jordan Lee" })).toHaveCount(0);
  expect((await db.client.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("ACTIVE");
});

test("only owners and admins can see the billing page", async ({ browser }) => {
  const db = e2eDb();
  const owner = await createUser(db, { email: uniqueEmail("owner") });
  const slug = `billrole-${Date.now().toString(36)}`;
  const { practice } = await createPractice(db, { owner, slug, name: "Role Check Coaching" });
  const admin = await addMember(db, practice.id, "ADMIN", await createUser(db, { email: uniqueEmail("admin") }));
  const coach = await addMember(db, practice.id, "COACH", await createUser(db, { email: uniqueEmail("coach") }));
  const client = await addMember(db, practice.id, "CLIENT", await createUser(db, { email: uniqueEmail("client") }));

  for (const [person, allowed] of [
    [admin.user, true],
    [coach.user, false],
    [client.user, false],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInByEmail(page, person.email, `/p/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/p/${slug}$`));
    const nav = page.getByRole("navigation", { name: "Practice" });
    const response = await page.goto(`/p/${slug}/settings/billing`);
    if (allowed) {
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Billing" })).toHaveAttribute("aria-current", "page");
    } else {
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Practice not found" })).toBeVisible();
      await page.goto(`/p/${slug}`);
      await expect(nav.getByRole("link", { name: "Billing" })).toHaveCount(0);
    }
    await context.close();
  }
});
