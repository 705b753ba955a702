import { expect, test, type Browser, type Page } from "@playwright/test";
import { practiceWithEveryRole } from "../src/test/practice-procedures";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { uniqueEmail, waitForEmail } from "./support/mail";
import { checkPhoneAndPhotograph } from "./support/screenshots";
import { sessionCookieFor } from "./support/session";

// Erasure as people meet it: a person schedules their account's deletion and signing in again cancels it; a visitor
// erases their details from a booking's manage link, which cancels the session and tells the coach. Every email goes
// through the real outbox, worker and SMTP catcher.

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-erasure";

async function signedInAs(browser: Browser, baseURL: string, userId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const [name, value] = (await sessionCookieFor(userId)).split("=") as [string, string];
  await context.addCookies([{ name, value, url: baseURL }]);
  return context.newPage();
}

test("a person schedules their account's deletion, sees it scheduled, and signing in again cancels it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("erase-me");
  const first = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInByEmail(first, email, "/profile/data");
  await expect(first).toHaveURL(/\/profile\/data$/);
  await expect(first.getByRole("heading", { name: "Delete account" })).toBeVisible();

  await first.getByText("Delete my account…").click();
  await first.getByLabel("Type your email address to confirm").fill("not-me@example.com");
  await first.getByRole("button", { name: "Delete my account in 14 days" }).click();
  await expect(first.getByText("Type the email address of your account exactly.")).toBeVisible();
  await checkPhoneAndPhotograph(first, "account-deletion-confirm", SHOTS);
  await first.getByLabel("Type your email address to confirm").fill(email.toUpperCase());
  await first.getByRole("button", { name: "Delete my account in 14 days" }).click();

  const scheduled = first.getByText(/^Your account will be deleted on .+\.$/);
  await expect(scheduled).toBeVisible();
  const dueAt = new Date(Date.now() + 14 * 86_400_000);
  await expect(scheduled).toContainText(String(dueAt.getUTCDate()));
  await expect(first.getByRole("button", { name: "Cancel the deletion" })).toBeVisible();
  await checkPhoneAndPhotograph(first, "account-deletion-scheduled", SHOTS);
  const letter = await waitForEmail(email, /will be deleted/);
  expect(letter.text).toContain("Sign in before then and the deletion is cancelled.");

  const again = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInByEmail(again, email, "/profile/data");
  await expect(again.getByText("Your account will not be deleted.")).toBeVisible();
  await expect(again.getByText(/You signed in on .+, which cancelled the deletion you asked for\./)).toBeVisible();
  await expect(again.getByText("Delete my account…")).toBeVisible();
  await checkPhoneAndPhotograph(again, "account-deletion-cancelled", SHOTS);
  expect((await waitForEmail(email, /will not be deleted/)).text).toContain("You signed in");
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email } });
  expect(user).toMatchObject({ deletionDueAt: null, erasedAt: null });
});

test("a visitor erases their details from the booking's manage link: the session is cancelled, the coach told", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { practice, members, ids } = await practiceWithEveryRole();
  const coach = await e2eDb().coachProfile.findUniqueOrThrow({
    where: { id: ids.coachProfileId },
    include: { membership: { include: { user: true } } },
  });
  const visitor = uniqueEmail("visitor");
  const date = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
  const booked = await request.post("/api/public/bookings", {
    data: {
      practiceSlug: practice.slug,
      coachSlug: coach.slug,
      start: `${date}T11:00:00.000Z`,
      name: "Wren Visitor",
      email: visitor,
      timeZone: "UTC",
    },
  });
  expect(booked.status()).toBe(201);
  const manageUrl = ((await booked.json()) as { manageUrl: string }).manageUrl;

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(manageUrl);
  await expect(page.getByText("Wren Visitor")).toBeVisible();
  await page.getByText("Erase my details", { exact: true }).click();
  await expect(page.getByText(/The session is cancelled first and .+ is told/)).toBeVisible();
  await checkPhoneAndPhotograph(page, "booking-erase-confirm", SHOTS);
  await page.getByLabel("Type the email address you booked with to confirm").fill(visitor);
  await page.getByRole("button", { name: "Cancel and erase my details" }).click();

  await expect(page.getByText("Your details are erased.")).toBeVisible();
  await expect(page.getByText("Erased at your request")).toBeVisible();
  await expect(page.getByText("Wren Visitor")).toHaveCount(0);
  await expect(page.getByText(visitor)).toHaveCount(0);
  await checkPhoneAndPhotograph(page, "booking-erased", SHOTS);
  const told = await waitForEmail(coach.membership.user.email, /cancel/i);
  expect(told.text).toContain("asked for their details to be erased");
  const booking = await e2eDb().booking.findFirstOrThrow({
    where: { uid: new URL(manageUrl).pathname.split("/").pop() },
  });
  expect(booking).toMatchObject({
    status: "CANCELLED",
    bookerName: "Erased person",
    bookerEmail: "erased@erased.invalid",
  });

  // The staff side of the same controls, photographed: a coach's client page, an owner's practice settings.
  const coachPage = await signedInAs(browser, baseURL!, members.COACH.id);
  await coachPage.goto(`/p/${practice.slug}/clients/${ids.clientId}`);
  await coachPage.getByText("Erase their data…").click();
  await expect(coachPage.getByLabel("Type the client's email address to confirm")).toBeVisible();
  await checkPhoneAndPhotograph(coachPage, "client-erase", SHOTS);
  const ownerPage = await signedInAs(browser, baseURL!, members.OWNER.id);
  await ownerPage.goto(`/p/${practice.slug}/settings`);
  await ownerPage.getByText("Delete this practice…").click();
  await expect(ownerPage.getByLabel("Type the practice's address to confirm")).toBeVisible();
  await checkPhoneAndPhotograph(ownerPage, "practice-delete", SHOTS);
});
