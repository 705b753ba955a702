import { expect, test, type Page } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { uniqueEmail } from "./support/mail";

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
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
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
