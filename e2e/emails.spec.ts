import { expect, test } from "@playwright/test";
import { createBookableCoach, createPractice } from "../prisma/factories";
import { e2eDb } from "./support/db";
import { uniqueEmail, waitForEmail } from "./support/mail";

// Emails that come from the coach: a visitor books, and the confirmation the real SMTP catcher receives names the
// coach via the practice in From (at the app's own sending address), replies reach the coach, and the message's
// document is titled with its subject.

test("a booking confirmation comes from the coach via the practice, replies reach the coach, and its <title> is the subject", async ({
  page,
}) => {
  const db = e2eDb();
  const { practice } = await createPractice(db, { name: "Harbor Career Studio" });
  const coach = await createBookableCoach(db, practice.id, { slug: "sam" });
  await db.coachProfile.update({ where: { id: coach.profile.id }, data: { displayName: "Sam Rivera" } });
  const visitorEmail = uniqueEmail("mail-visitor");

  await page.goto(`/book/${practice.slug}`);
  await page.getByRole("link", { name: /See times with Sam Rivera/ }).click();
  await page.locator("#times a").first().click();
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible();
  await page.getByLabel("Your name").fill("Priya Raman");
  await page.getByLabel("Email address").fill(visitorEmail);
  await page.getByRole("button", { name: "Book session" }).click();
  await expect(page.getByText("You're booked.")).toBeVisible();

  const confirmation = await waitForEmail(visitorEmail, /^Confirmed: Free discovery session with Sam Rivera/);
  expect(confirmation.from).toMatch(/^Sam Rivera via Harbor Career Studio <[^<>\s]+@[^<>\s]+>$/);
  expect(confirmation.headers["reply-to"]).toBe(coach.user.email);
  const title = confirmation.html.match(/<title>([^<]*)<\/title>/)?.[1];
  expect(title).toBe(confirmation.subject);
  expect(confirmation.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
  expect(confirmation.text).toContain("Sam Rivera\n\nHarbor Career Studio\n\nSent by Fieldnotes");

  // The coach's copy comes from the practice, and a reply reaches the visitor.
  const toCoach = await waitForEmail(coach.user.email, /^New booking: Free discovery session with Priya Raman/);
  expect(toCoach.from).toMatch(/^Harbor Career Studio </);
  expect(toCoach.headers["reply-to"]).toBe(visitorEmail);
});
