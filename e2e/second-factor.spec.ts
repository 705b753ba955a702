import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { generate } from "otplib";
import { addMember, createPasskeyRow, createPractice, createUser } from "../prisma/factories";
import { readMailbox } from "../src/server/email/mailbox";
import { e2eDb } from "./support/db";
import { linkIn, uniqueEmail, waitForEmail } from "./support/mail";
import { checkPhoneAndPhotograph } from "./support/screenshots";
import { sessionCookieFor } from "./support/session";

// Two-step sign-in, in Chromium: a passkey through the browser's virtual authenticator, an authenticator app whose
// codes the test computes from the secret on the page, recovery codes, a practice that requires a factor, and an
// invitation accepted by someone who has one.

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-second-factor";

const signInLinksTo = (email: string) =>
  readMailbox(process.env.E2E_MAIL_DIR!).filter(
    (mail) => mail.to.includes(email) && /sign-in link/i.test(mail.subject),
  );

/** The emailed link up to its Continue button; waits for this sign-in's email, not an earlier one. */
async function useEmailedLink(page: Page, email: string, callbackUrl = "/profile/security") {
  const linksBefore = signInLinksTo(email).length;
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(() => signInLinksTo(email).length, { timeout: 15_000 }).toBe(linksBefore + 1);
  await page.goto(linkIn(signInLinksTo(email)[0]!, "/signin/confirm"));
  await page.getByRole("button", { name: "Continue" }).click();
}

async function signOut(context: BrowserContext, page: Page) {
  await context.clearCookies();
  await page.goto("/profile/security");
  await expect(page).toHaveURL(/\/signin/);
}

const sessionRows = (email: string) => e2eDb().session.count({ where: { user: { email } } });

/** Adds an authenticator app on the security page; answers its secret and the recovery codes shown once. */
async function addAuthenticator(page: Page) {
  await page.getByRole("button", { name: "Add an authenticator app" }).click();
  await page.getByRole("button", { name: "Show the setup code" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from the app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
  return { secret, recoveryCodes };
}

test("a person adds a passkey and, signed out, signs in with the passkey alone", async ({ page, context }) => {
  test.setTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  const email = uniqueEmail("passkey");
  await useEmailedLink(page, email);
  await expect(page).toHaveURL(/\/profile\/security$/);

  await page.getByRole("button", { name: "Add a passkey" }).click();
  await page.getByLabel("Passkey name").fill("Work laptop");
  await page.getByRole("button", { name: "Create passkey" }).click();
  await expect(page.getByText("The passkey was added.")).toBeVisible();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await checkPhoneAndPhotograph(page, "security-two-step-codes", SHOTS);
  await page.getByRole("button", { name: "I've saved them" }).click();
  await expect(page.getByText("Passkey: Work laptop")).toBeVisible();
  const notice = await waitForEmail(email, /A passkey was added/);
  expect(notice.text).toContain("Passkey: Work laptop");

  await signOut(context, page);
  const sessionsBefore = await sessionRows(email);
  await page.goto("/signin?callbackUrl=%2Fprofile%2Fsecurity");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/profile\/security$/);
  await expect(page.getByText("Passkey: Work laptop")).toContainText("Work laptop");
  await expect(page.getByText(/last used/)).toBeVisible();
  expect(await sessionRows(email)).toBe(sessionsBefore + 1);
  await checkPhoneAndPhotograph(page, "security-two-step", SHOTS);
});

test("a person with an authenticator app signs in with the emailed link plus a code", async ({ page, context }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("totp");
  await useEmailedLink(page, email);
  await expect(page).toHaveURL(/\/profile\/security$/);
  const { secret } = await addAuthenticator(page);
  await waitForEmail(email, /An authenticator app was added/);

  await signOut(context, page);
  const sessionsBefore = await sessionRows(email);
  await useEmailedLink(page, email, "/profile");
  await expect(page).toHaveURL(/\/signin\/second-factor\?ticket=/);
  await expect(page.getByRole("heading", { name: "One more step" })).toBeVisible();
  // The link was used, yet no session exists until the factor passes.
  expect(await sessionRows(email)).toBe(sessionsBefore);
  await checkPhoneAndPhotograph(page, "signin-second-factor", SHOTS);

  await page.getByLabel("Code from your authenticator app").fill("000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That code didn't work.")).toBeVisible();
  // The setup used this step's code: the next step's, which the app shows in a moment, is accepted.
  const nextCode = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
  await page.getByLabel("Code from your authenticator app").fill(nextCode);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  expect(await sessionRows(email)).toBe(sessionsBefore + 1);
});

test("a recovery code signs in once and is refused the second time", async ({ page, context }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("recovery");
  await useEmailedLink(page, email);
  const { recoveryCodes } = await addAuthenticator(page);
  const [code] = recoveryCodes;

  await signOut(context, page);
  await useEmailedLink(page, email);
  await page.getByLabel("Code from your authenticator app").fill(code!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/profile\/security$/);
  await expect(page.getByText("9 unused codes left")).toBeVisible();
  await waitForEmail(email, /A recovery code was used/);

  await signOut(context, page);
  await useEmailedLink(page, email);
  await page.getByLabel("Code from your authenticator app").fill(code!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That code didn't work.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin\/second-factor/);
});

test("a staff member of a practice that requires a second factor is sent to set one up", async ({ page, context }) => {
  test.setTimeout(180_000);
  const db = e2eDb();
  const { practice, owner } = await createPractice(db);
  await createPasskeyRow(db, owner.id);
  await db.practice.update({ where: { id: practice.id }, data: { requireStaffSecondFactor: true } });
  const coach = await createUser(db, { email: uniqueEmail("required-coach") });
  await addMember(db, practice.id, "COACH", coach);

  await useEmailedLink(page, coach.email, `/p/${practice.slug}/caseload`);
  await expect(page).toHaveURL(/\/profile\/security\?required=1#two-step$/);
  await expect(page.getByText("Your practice requires two-step sign-in")).toBeVisible();
  await checkPhoneAndPhotograph(page, "security-two-step-required", SHOTS);

  // Once they have a factor, the practice opens.
  await addAuthenticator(page);
  await page.getByRole("button", { name: "I've saved them" }).click();
  await page.goto(`/p/${practice.slug}/caseload`);
  await expect(page).toHaveURL(new RegExp(`/p/${practice.slug}/caseload$`));

  // The owner's switch on the settings page, as the owner sees it.
  const [name, value] = (await sessionCookieFor(owner.id)).split("=") as [string, string];
  await context.clearCookies();
  await context.addCookies([{ name, value, url: page.url() }]);
  await page.goto(`/p/${practice.slug}/settings`);
  await expect(page.getByRole("switch", { name: "Require two-step sign-in for staff" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await checkPhoneAndPhotograph(page, "practice-settings-two-step", SHOTS);
});

test("a person with an authenticator app who accepts an invitation passes the code before joining", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(180_000);
  // Signed in by cookie, not by emailed link: the specs before this one have spent the network's sign-in links.
  const db = e2eDb();
  const person = await createUser(db, { email: uniqueEmail("invited-totp") });
  const email = person.email;
  const signInAs = async (userId: string) => {
    const [name, value] = (await sessionCookieFor(userId)).split("=") as [string, string];
    await context.clearCookies();
    // For the whole site: a cookie set for a page's own address would hold for that page's folder only.
    await context.addCookies([{ name, value, url: new URL("/", page.url()).href }]);
  };
  await page.goto("/signin");
  await signInAs(person.id);
  await page.goto("/profile/security");
  const { secret } = await addAuthenticator(page);

  const { practice, owner } = await createPractice(db);
  await signInAs(owner.id);
  await page.goto(`/p/${practice.slug}/members`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("COACH");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const invitation = await waitForEmail(email, new RegExp(practice.name));

  // Signed out, in a browser of its own: the link alone must not open a session for an account with a factor.
  const invitedContext = await browser.newContext();
  const invited = await invitedContext.newPage();
  const sessionsBefore = await sessionRows(email);
  await invited.goto(linkIn(invitation, "/invite/"));
  await invited.getByRole("button", { name: `Accept and join ${practice.name}` }).click();
  await expect(invited).toHaveURL(/\/signin\/second-factor\?ticket=/);
  expect(await sessionRows(email)).toBe(sessionsBefore);
  const nextCode = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
  await invited.getByLabel("Code from your authenticator app").fill(nextCode);
  await invited.getByRole("button", { name: "Continue" }).click();
  await expect(invited).toHaveURL(new RegExp(`/p/${practice.slug}$`));
  expect(await sessionRows(email)).toBe(sessionsBefore + 1);
  await invitedContext.close();
});
