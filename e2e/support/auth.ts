import { expect, type Page } from "@playwright/test";
import { linkIn, mailSeen, waitForEmail } from "./mail";

/** Signs in through the real magic link: form, SMTP, confirmation page, POST. */
export async function signInByEmail(page: Page, email: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin");
  await page.getByLabel("Email address").fill(email);
  const seen = mailSeen();
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForEmail(email, /sign-in link/i, seen);
  await page.goto(linkIn(mail, "/signin/confirm"));
  await expect(page.getByText(`Continue as ${email}`)).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
}
