import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { linkIn, uniqueEmail, waitForEmail } from "./support/mail";

test("a new person signs up by magic link, creates a practice, invites a coach who accepts and lands in it", async ({
  browser,
  page,
}) => {
  const founder = uniqueEmail("founder");
  const coach = uniqueEmail("coach");
  const slug = `e2e-${Date.now().toString(36)}`;

  await signInByEmail(page, founder);
  await expect(page.getByRole("heading", { name: "Your practices" })).toBeVisible();

  // The sign-in link worked once; used again (say, from another tab) it is refused.
  const signInMail = await waitForEmail(founder, /sign-in link/i);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto(linkIn(signInMail, "/signin/confirm"));
  await other.getByRole("button", { name: "Continue" }).click();
  await expect(other.getByRole("heading", { name: "That sign-in link no longer works" })).toBeVisible();
  await otherContext.close();
  await expect(page.getByText("You're not in a practice yet")).toBeVisible();

  await page.getByRole("link", { name: "Create your practice" }).click();
  await page.getByLabel("Practice name").fill("Wayfinder Coaching");
  await page.getByLabel("Web address").fill(slug);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${slug}$`));
  await expect(page.getByText("Wayfinder Coaching").first()).toBeVisible();

  await page.getByRole("navigation", { name: "Practice" }).getByRole("link", { name: "People" }).click();
  await page.getByLabel("Email address").fill(coach);
  await page.getByLabel("Role", { exact: true }).selectOption("COACH");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${coach}.`)).toBeVisible();
  await expect(page.getByText("Waiting for an answer")).toBeVisible();

  const invitation = await waitForEmail(coach, /Wayfinder Coaching/);
  const coachContext = await browser.newContext();
  const coachPage = await coachContext.newPage();
  await coachPage.goto(linkIn(invitation, "/invite/"));
  await expect(coachPage.getByRole("heading", { name: "Join Wayfinder Coaching" })).toBeVisible();
  await coachPage.getByRole("button", { name: "Accept and join Wayfinder Coaching" }).click();
  await expect(coachPage).toHaveURL(new RegExp(`/p/${slug}$`));
  // A coach's today: their sessions and reviews, without the owner's setup tasks.
  await expect(coachPage.getByRole("heading", { name: "Sessions today and tomorrow" })).toBeVisible();
  await expect(coachPage.getByRole("heading", { name: "Reflections to review" })).toBeVisible();
  await expect(coachPage.getByRole("link", { name: "Invite people" })).toHaveCount(0);

  // Opened again by the coach, the used link just leads back into the practice…
  await coachPage.goto(linkIn(invitation, "/invite/"));
  await expect(coachPage).toHaveURL(new RegExp(`/p/${slug}$`));
  // …and for anyone else it is spent.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  const reuse = await stranger.goto(linkIn(invitation, "/invite/"));
  expect(reuse?.status()).toBe(404);
  await expect(stranger.getByText("This invitation can't be used")).toBeVisible();
  await strangerContext.close();

  // The owner sees the coach as a member now.
  await page.reload();
  await expect(page.getByTestId("member-row").filter({ hasText: coach })).toBeVisible();
  await coachContext.close();
});

test("bad input gets a clear message and a 4xx, never a 500", async ({ page, request }) => {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill('"quoted"@example.com');
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Quoted or unusual email addresses are not accepted")).toBeVisible();
  await page.getByLabel("Email address").fill("user@exаmple.com"); // Cyrillic а
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("plain Latin letters")).toBeVisible();

  const owner = uniqueEmail("owner");
  await signInByEmail(page, owner);
  await page.goto("/practices/new");
  await page.getByLabel("Practice name").fill("Taken Name");
  await page.getByLabel("Web address").fill("northstar-taken");
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page).toHaveURL(/\/p\/northstar-taken$/);
  await page.goto("/practices/new");
  await page.getByLabel("Practice name").fill("Second");
  await page.getByLabel("Web address").fill("northstar-taken");
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page.getByText("That address is already taken")).toBeVisible();

  const unknown = await page.goto("/p/no-such-practice-here");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByText("couldn't find that page", { exact: false })).toBeVisible();

  const badInvite = await request.get("/invite/not-a-real-invitation-token-at-all");
  expect(badInvite.status()).toBe(404);
});
