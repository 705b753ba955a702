import { expect, test } from "@playwright/test";
import { addMember, createCoachProfile, createPractice, createSessionType, createUser } from "../prisma/factories";
import { STARTER_PROJECT_TEMPLATE } from "../src/modules/projects/domain/starter-kit";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { hydrated } from "./support/hydration";
import { linkIn, uniqueEmail, waitForEmail } from "./support/mail";

// The path every practice walks, in one browser session after another: a visitor books the free
// discovery session and answers the coach's own question; the coach reads the answer on the
// leads page, activates the lead with a project; the client signs in from the email into the
// project, books a coaching session there; both sides get a calendar invite with the video
// link; the coach moves the session and the client's reminder moves with it.

const MEET = "https://whereby.com/harbour-robin";
const QUESTION = "What would make this conversation worth your time?";
const DAY_MS = 86_400_000;

/** The calendar invite of a captured email, unfolded into "NAME:value" lines. */
function inviteLocation(mail: { attachments?: { contentType: string; content: string }[] }) {
  const ics = mail.attachments?.find((part) => part.contentType.startsWith("text/calendar"))?.content ?? "";
  const lines = ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  return lines.find((line) => line.startsWith("LOCATION"))?.replace(/^[^:]*:/, "");
}

const localDate = (instant: Date) => instant.toISOString().slice(0, 10);

test("a visitor becomes a client who books a coaching session from their project, and the coach moves it", async ({
  browser,
}) => {
  const db = e2eDb();
  const slug = `journey-${Date.now().toString(36)}`;
  const { practice } = await createPractice(db, { slug, name: "Harbour Careers" });
  await db.projectTemplate.create({ data: { ...STARTER_PROJECT_TEMPLATE, practiceId: practice.id } });
  const coach = await createUser(db, { email: uniqueEmail("robin"), name: "Robin Okafor", timeZone: "UTC" });
  const { membership } = await addMember(db, practice.id, "COACH", coach);
  const profile = await createCoachProfile(db, practice.id, {
    membershipId: membership.id,
    displayName: "Robin Okafor",
  });
  await db.sessionType.update({
    where: { id: profile.discovery.id },
    data: { intakeQuestions: [{ id: "worth", label: QUESTION, kind: "SHORT_TEXT", required: true }] },
  });
  await createSessionType(db, profile, {
    slug: "coaching",
    name: "Coaching session",
    kind: "COACHING",
    visibility: "CLIENTS",
    durationMinutes: 45,
    locationKind: "VIDEO",
    locationDetail: MEET,
  });
  const visitorEmail = uniqueEmail("priya");

  // 1. A visitor books the free discovery session and answers the coach's question.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/book/${slug}/${profile.slug}/discovery`);
  await visitor.locator("#times a").first().click();
  await expect(visitor.getByRole("heading", { name: "Your details" })).toBeVisible();
  await visitor.getByLabel("Your name").fill("Priya Raman");
  await visitor.getByLabel("Email address").fill(visitorEmail);
  await visitor.getByLabel(QUESTION).fill("Knowing whether agencies hire career changers");
  await visitor.getByRole("button", { name: "Book session" }).click();
  await expect(visitor.getByRole("heading", { name: "Free discovery session with Robin Okafor" })).toBeVisible();

  // 2. The coach sees the lead with the answer, activates her and assigns a project.
  const coachPage = await (await browser.newContext()).newPage();
  await signInByEmail(coachPage, coach.email, `/p/${slug}/clients`);
  const card = coachPage.getByRole("article", { name: "Priya Raman" });
  await card.getByText(/^Intake answers/).click();
  await expect(card.getByText("Knowing whether agencies hire career changers")).toBeVisible();
  await card.getByRole("link", { name: "Activate and assign a project to Priya Raman" }).click();
  await hydrated(coachPage.getByRole("button", { name: "Assign project" }));
  await coachPage.getByLabel("Start from").selectOption({ label: "Ten conversations, two fields" });
  await coachPage.getByLabel("Title").fill("Agency or in-house?");
  await coachPage.getByLabel("Track 1: field").fill("Agency owners");
  await coachPage.getByLabel("Track 2: field").fill("In-house recruiters");
  await coachPage.getByRole("button", { name: "Assign project" }).click();
  await expect(coachPage).toHaveURL(new RegExp(`/p/${slug}/projects/(?!new\\b)[^/?]+$`));
  const projectPath = new URL(coachPage.url()).pathname;

  // 3. The client signs in from the emailed link and lands in the project.
  const assigned = await waitForEmail(visitorEmail, /set up your project: Agency or in-house\?/);
  const client = await (await browser.newContext()).newPage();
  await client.goto(linkIn(assigned, "/signin/welcome/"));
  await client.getByRole("button", { name: "Continue" }).click();
  await expect(client).toHaveURL(new RegExp(`${projectPath}$`));

  // 4. She books a 45-minute coaching session from the workspace, three days out so both reminders are due later.
  const book = client.getByRole("button", { name: "Book coaching session" });
  await hydrated(book);
  await book.click();
  await client.getByLabel("Show free times from").fill(localDate(new Date(Date.now() + 3 * DAY_MS)));
  const firstTime = client
    .getByRole("list", { name: /^Free times on / })
    .first()
    .getByRole("button")
    .first();
  await firstTime.click();
  await expect(firstTime).toHaveAttribute("aria-pressed", "true");
  await client.getByRole("button", { name: /^Book \w{3}, / }).click();
  await expect(client.getByText("Booked: Coaching session with Robin Okafor")).toBeVisible();
  await expect(client.getByText(`Where: Video call: ${MEET}`).first()).toBeVisible();
  await expect(client.getByRole("link", { name: "Change or cancel this session" }).first()).toBeVisible();

  // 5. Both sides receive an invitation whose LOCATION is the video link.
  const toClient = await waitForEmail(visitorEmail, /^Confirmed: Coaching session with Robin Okafor/);
  const toCoach = await waitForEmail(coach.email, /^New booking: Coaching session with Priya Raman/);
  expect(inviteLocation(toClient)).toBe(MEET);
  expect(inviteLocation(toCoach)).toBe(MEET);
  const booked = await db.booking.findFirstOrThrow({
    where: { practiceId: practice.id, sessionType: { slug: "coaching" } },
  });
  expect(booked.endAt.getTime() - booked.startAt.getTime()).toBe(45 * 60_000);

  // 6. The coach moves it from the sessions page, and the client's 24-hour reminder moves with it.
  await coachPage.goto(`/p/${slug}/sessions`);
  const row = coachPage
    .getByRole("listitem")
    .filter({ hasText: "Coaching session" })
    .filter({ hasText: "Priya Raman" });
  const reschedule = row.getByRole("button", { name: "Reschedule" });
  await hydrated(reschedule);
  await reschedule.click();
  const choices = row.locator('input[type="radio"]');
  await expect(choices.first()).toBeAttached();
  const newStart = await choices.last().getAttribute("value");
  await row
    .locator("label")
    .filter({ has: coachPage.locator(`input[value="${newStart}"]`) })
    .click();
  await row.getByRole("button", { name: "Move and notify" }).click();
  await waitForEmail(visitorEmail, /^Rescheduled: /);

  const reminder = await db.emailMessage.findFirstOrThrow({
    where: {
      template: "booking-reminder",
      to: visitorEmail,
      status: "QUEUED",
      dedupeKey: { startsWith: `booking-reminder:${booked.uid}:1:1440:` },
    },
  });
  expect(reminder.runAt.toISOString()).toBe(new Date(new Date(newStart!).getTime() - DAY_MS).toISOString());
  expect(
    await db.emailMessage.count({
      where: {
        template: "booking-reminder",
        to: visitorEmail,
        status: "QUEUED",
        dedupeKey: { contains: `${booked.uid}:0:` },
      },
    }),
  ).toBe(0);
});
