import { expect, test, type APIRequestContext } from "@playwright/test";
import { createBookableCoach, createPractice } from "../../prisma/factories";
import { readMailbox } from "../../src/server/email/mailbox";
import { PEER_ADDRESS_HEADER } from "../../src/server/http/peer-address";
import { e2eDb } from "../support/db";
import { uniqueEmail, waitForEmail } from "../support/mail";

// Through the production server (scripts/serve.ts): what a stranger can make the app do with
// nothing but a public page, an email address and the headers they choose.

const ALREADY_BOOKED = "You already have this session; we've emailed your link again.";
const NO_BILLING_WORDS = /\b(bill\w*|plans?|subscri\w*|pay\w*|invoice\w*|trial)\b/i;

const emailsTo = (address: string, subject: RegExp) =>
  readMailbox(process.env.E2E_MAIL_DIR!).filter((mail) => mail.to.includes(address) && subject.test(mail.subject));

/** A coach open 09:00–17:00 UTC every day, and a start at 10:00 UTC `daysAhead` days from now. */
async function bookableCoach(daysAhead: number) {
  const db = e2eDb();
  const { practice } = await createPractice(db, { name: `Harbor Coaching ${Date.now().toString(36)}` });
  const { profile } = await createBookableCoach(db, practice.id, { timeZone: "UTC" });
  const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  return { practice, coach: profile, start: `${day}T10:00:00.000Z` };
}

function postBooking(request: APIRequestContext, body: Record<string, unknown>, key?: string) {
  return request.post("/api/public/bookings", { data: body, headers: key ? { "Idempotency-Key": key } : {} });
}

test("a booking's manage link goes only to the person who made it, from the form and the API", async ({
  browser,
  request,
}) => {
  const { practice, coach, start } = await bookableCoach(3);
  const email = uniqueEmail("holder");
  const page = `/book/${practice.slug}/${coach.slug}?tz=UTC&start=${encodeURIComponent(start)}`;

  // Two tabs with the same time picked; the second submit repeats the first.
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const tab of [first, second]) {
    await tab.goto(page);
    await tab.getByLabel("Your name").fill("Noor Haddad");
    await tab.getByLabel("Email address").fill(email);
  }
  await first.getByRole("button", { name: "Book session" }).click();
  await expect(first.getByText("You're booked.")).toBeVisible();
  await second.getByRole("button", { name: "Book session" }).click();
  await expect(second.getByText(ALREADY_BOOKED)).toBeVisible();
  await expect(second).toHaveURL(new RegExp(`/book/${practice.slug}/`));
  await expect.poll(() => emailsTo(email, /^Confirmed: /).length, { timeout: 15_000 }).toBe(2);
  await context.close();

  // The API: someone who knows (or guesses from the gaps) email, coach and start gets no link.
  const body = { practiceSlug: practice.slug, coachSlug: coach.slug, start, name: "Mallory", email, timeZone: "UTC" };
  const guessed = await postBooking(request, body);
  expect(guessed.status()).toBe(409);
  const refusal = await guessed.json();
  expect(refusal.error.message).toBe(ALREADY_BOOKED);
  expect(JSON.stringify(refusal)).not.toContain("token=");
});

test("an Idempotency-Key returns the link only to an identical replay", async ({ request }) => {
  const { practice, coach, start } = await bookableCoach(4);
  const body = {
    practiceSlug: practice.slug,
    coachSlug: coach.slug,
    start,
    name: "Ilse Brandt",
    email: uniqueEmail("keyed"),
    timeZone: "Europe/Berlin",
  };
  const key = `e2e-${Date.now().toString(36)}`;
  const created = await postBooking(request, body, key);
  expect(created.status()).toBe(201);
  const { manageUrl } = await created.json();

  const replay = await postBooking(request, body, key);
  expect(replay.status()).toBe(200);
  expect((await replay.json()).manageUrl).toBe(manageUrl);

  const reused = await postBooking(request, { ...body, email: uniqueEmail("thief") }, key);
  expect(reused.status()).toBe(422);
  expect(JSON.stringify(await reused.json())).not.toContain("token=");
});

test("a practice that takes no new bookings says so kindly, and its bookers can still cancel", async ({
  page,
  request,
}) => {
  const { practice, coach, start } = await bookableCoach(5);
  const made = await postBooking(request, {
    practiceSlug: practice.slug,
    coachSlug: coach.slug,
    start,
    name: "Tomás Rivera",
    email: uniqueEmail("lapsed"),
    timeZone: "UTC",
  });
  expect(made.status()).toBe(201);
  const { manageUrl } = await made.json();
  await e2eDb().practiceSubscription.create({
    data: { practiceId: practice.id, stripeCustomerId: `cus_e2e_${practice.id}`, status: "canceled" },
  });
  const paused = `${practice.name} isn't taking new bookings online at the moment. Please check back soon.`;

  await page.goto(`/book/${practice.slug}`);
  await expect(page.getByText(paused)).toBeVisible();
  await expect(page.getByRole("link", { name: /Book a free/ })).toHaveCount(0);
  expect(await page.locator("main").innerText()).not.toMatch(NO_BILLING_WORDS);

  await page.goto(`/book/${practice.slug}/${coach.slug}?tz=UTC`);
  await expect(page.getByText(paused)).toBeVisible();
  await expect(page.locator("#times a")).toHaveCount(0);
  expect(await page.locator("main").innerText()).not.toMatch(NO_BILLING_WORDS);

  const slots = await request.get(
    `/api/public/practices/${practice.slug}/coaches/${coach.slug}/slots?from=${start.slice(0, 10)}&to=${start.slice(0, 10)}&timeZone=UTC`,
  );
  expect(slots.status()).toBe(403);
  expect((await slots.json()).error.message).toBe(paused);
  const refused = await postBooking(request, {
    practiceSlug: practice.slug,
    coachSlug: coach.slug,
    start: start.replace("T10:00", "T11:00"),
    name: "Late Comer",
    email: uniqueEmail("late"),
    timeZone: "UTC",
  });
  expect(refused.status()).toBe(403);

  await page.goto(manageUrl);
  await expect(page.getByText(`${paused} You can still cancel your session.`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Reschedule" })).toHaveCount(0);
  expect(await page.locator("main").innerText()).not.toMatch(NO_BILLING_WORDS);
  await page.getByText("Cancel session").click();
  await page.getByRole("button", { name: "Yes, cancel this session" }).click();
  await expect(page.getByText("Your session is cancelled.")).toBeVisible();
});

test("sign-in links to one address stop after a few, with a sentence that reveals no account", async ({ page }) => {
  // Specs before this one sign in by the emailed link from this same loopback address: start from an empty window
  // of the per-network limit, so what stops the fourth link is the per-inbox one under test.
  await e2eDb().rateLimitCounter.deleteMany({ where: { key: { startsWith: "sign-in-address:" } } });
  const email = uniqueEmail("flooded");
  for (let n = 0; n < 3; n++) {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(`We've just sent several sign-in links to ${email}.`)).toBeVisible();
  await waitForEmail(email, /sign-in link/i);
  await expect.poll(() => emailsTo(email, /sign-in link/i).length, { timeout: 15_000 }).toBe(3);
});

test("a client cannot reset its rate limit by sending X-Forwarded-For or our own header", async ({ request }) => {
  // Every request claims a new address; the server keys on the socket's, so one window fills up.
  // Up to 41 requests: even if a minute boundary resets the window once, one window sees 21.
  const writeWindows = { key: { startsWith: "public-write:" } };
  await e2eDb().rateLimitCounter.deleteMany({ where: writeWindows });
  const statuses: number[] = [];
  for (let n = 0; n < 41 && !statuses.includes(429); n++) {
    const response = await request.post("/api/public/bookings", {
      data: {},
      headers: { "X-Forwarded-For": `203.0.113.${n}, 198.51.100.${n}`, [PEER_ADDRESS_HEADER]: `192.0.2.${n}` },
    });
    statuses.push(response.status());
  }
  expect(statuses.at(-1)).toBe(429);
  expect(statuses.length).toBeGreaterThan(1);
  expect(statuses.slice(0, -1).every((status) => status === 422)).toBe(true);
  // Later specs post bookings from this same address.
  await e2eDb().rateLimitCounter.deleteMany({ where: writeWindows });
});
