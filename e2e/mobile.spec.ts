import { expect, test, type Page } from "@playwright/test";
import { createBookableCoach, createPractice } from "../prisma/factories";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { uniqueEmail, waitForEmail } from "./support/mail";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("sign-in, practice creation and the people page work on a phone", async ({ page }) => {
  await page.goto("/signin");
  await expectNoHorizontalScroll(page);
  await signInByEmail(page, uniqueEmail("phone"));
  await page.getByRole("link", { name: "Create your practice" }).click();
  await page.getByLabel("Practice name").fill("Pocket Coaching");
  await page.getByLabel("Web address").fill(`pocket-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole("navigation", { name: "Practice" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("button", { name: "Send invitation" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  // The account menu is reachable by keyboard and touch.
  await page.getByRole("button", { name: /Account menu/ }).click();
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a visitor books a discovery session on a phone: calendar, times, intake and confirmation fit the screen", async ({
  page,
}) => {
  const db = e2eDb();
  const { practice } = await createPractice(db, { name: "Pocket Careers" });
  const coach = await createBookableCoach(db, practice.id, { timeZone: "Europe/London", slug: "jo" });
  const email = uniqueEmail("phone-visitor");

  await page.goto(`/book/${practice.slug}`);
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: new RegExp(`See times with ${coach.profile.displayName}`) }).click();
  await expect(page.getByText(/^Times shown in \S/).first()).toBeVisible(); // the visitor's zone is named
  await expectNoHorizontalScroll(page);

  // A time of the first day with free times, large enough to tap.
  const firstTime = page.locator("#times a").first();
  await expect(firstTime).toBeVisible();
  const box = (await firstTime.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(40);
  await firstTime.click();
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByLabel("Your name").fill("Sam Phone");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Book session" }).click();
  await expect(page.getByText("You're booked.")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await waitForEmail(email, /^Confirmed: Free discovery session with /);
});
