import { expect, test, type Browser, type Page } from "@playwright/test";
import { readMailbox } from "../src/server/email/mailbox";
import { linkIn, uniqueEmail, waitForEmail } from "./support/mail";
import { checkPhoneAndPhotograph } from "./support/screenshots";

// One person signed in on three browsers: from the first, they see the others, end one, then all the rest, and each
// ended browser's next page is the sign-in page. Every sign-in goes through the real emailed link, so the session
// rows carry the User-Agent the adapter read from the request.

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-security";
const AGENTS = {
  "Chrome on macOS":
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "Firefox on Windows": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
  "Edge on Windows":
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
} as const;

const signInLinksTo = (email: string) =>
  readMailbox(process.env.E2E_MAIL_DIR!).filter(
    (mail) => mail.to.includes(email) && /sign-in link/i.test(mail.subject),
  );

/** A browser of its own, signed in through the emailed link; waits for this sign-in's email, not an earlier one. */
async function signedInBrowser(browser: Browser, email: string, label: keyof typeof AGENTS): Promise<Page> {
  const context = await browser.newContext({ userAgent: AGENTS[label], viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const linksBefore = signInLinksTo(email).length;
  await page.goto("/signin?callbackUrl=%2Fprofile%2Fsecurity");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(() => signInLinksTo(email).length, { timeout: 15_000 }).toBe(linksBefore + 1);
  await page.goto(linkIn(signInLinksTo(email)[0]!, "/signin/confirm"));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/profile\/security$/);
  return page;
}

const sessionRow = (page: Page, label: string) => page.getByRole("listitem").filter({ hasText: label });

test("a person ends their other sessions from the security page, and those browsers are signed out", async ({
  browser,
}) => {
  // Three emailed sign-ins, each a form, an SMTP round trip and a confirmation: past the default on a loaded machine.
  test.setTimeout(300_000);
  const email = uniqueEmail("sessions");
  const here = await signedInBrowser(browser, email, "Chrome on macOS");
  const there = await signedInBrowser(browser, email, "Firefox on Windows");

  // The account had signed in before, on another browser: the person hears of it.
  const notice = await waitForEmail(email, /New sign-in to Fieldnotes/);
  expect(notice.text).toContain("Device and browser: Firefox on Windows");
  expect(linkIn(notice, "/profile/security")).toContain("/profile/security");

  await here.reload();
  await expect(sessionRow(here, "Chrome on macOS")).toContainText("This device");
  await expect(sessionRow(here, "Firefox on Windows")).toContainText("Last active just now");
  await expect(sessionRow(here, "Chrome on macOS").getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await checkPhoneAndPhotograph(here, "security-sessions", SHOTS);

  // By keyboard: focus the other session's button and press Enter.
  await sessionRow(here, "Firefox on Windows").getByRole("button", { name: "Sign out" }).focus();
  await here.keyboard.press("Enter");
  await expect(here.getByRole("status").filter({ hasText: "Signed out Firefox on Windows." })).toBeVisible();
  await expect(sessionRow(here, "Firefox on Windows")).toHaveCount(0);
  await expect(here.getByText("This is the only browser signed in to your account.")).toBeVisible();
  await checkPhoneAndPhotograph(here, "security-sessions-one", SHOTS);

  await there.goto("/profile");
  await expect(there).toHaveURL(/\/signin\?callbackUrl=/);

  const third = await signedInBrowser(browser, email, "Edge on Windows");
  await here.reload();
  await here.getByRole("button", { name: "Sign out everywhere else" }).click();
  const confirm = here.getByRole("dialog", { name: "Sign out 1 other session?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(confirm).toBeHidden();
  await expect(here.getByText("Signed out 1 other session.")).toBeVisible();

  await third.goto("/profile/security");
  await expect(third).toHaveURL(/\/signin\?callbackUrl=/);
  await here.reload();
  await expect(sessionRow(here, "Chrome on macOS")).toContainText("This device");
});
