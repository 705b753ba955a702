import { expect, test, type Locator, type Page } from "@playwright/test";
import { seedDemoData } from "../prisma/seed";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { checkPhoneAndPhotograph } from "./support/screenshots";

// Each role's home, from the demo data (prisma/seed.ts): Priya the client, Maya the coach and
// Olivia the owner sign in through the real magic link and find their today blocks filled in,
// on a desktop and on a 412 px phone. Each home is photographed for review. And the zone rule:
// a session reads the same on the home as on the pages its rows lead to.

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-home";
const HOME = "/p/northstar";

test.beforeAll(async () => {
  await seedDemoData(e2eDb());
});

const block = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

/**
 * The block is there with its count in its heading: exactly `count`, more than none ("some"), or
 * any number (omitted) where the demo's times fall either side of the reader's midnight.
 */
async function expectBlock(page: Page, name: string, count?: number | "some"): Promise<Locator> {
  // The count is a badge inside the heading; the region is named "Title (3)".
  const region = block(page, new RegExp(`^${name} \\(\\d+\\)$`));
  await expect(region).toBeVisible();
  const heading = region.getByRole("heading", { level: 2 });
  if (count === "some") await expect(heading).not.toHaveAccessibleName(`${name} (0)`);
  else if (count !== undefined) await expect(heading).toHaveAccessibleName(`${name} (${count})`);
  return region;
}

async function signInAndOpenHome(page: Page, who: string) {
  await signInByEmail(page, `${who}@demo.fieldnotes.test`);
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto(HOME);
  await expect(page.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
}

test("the client's home shows her project's today, what she owes people, her coach's asks and her sessions", async ({
  page,
}) => {
  await signInAndOpenHome(page, "priya");
  await expect(page.getByText(/ · Times in Kolkata \(IST\)$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Agency or engagement?", level: 2 })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: /^Outreach goal: \d+ of 2 today$/ })).toBeVisible();
  await expect(page.getByText("Your coach hasn't assigned you a project yet")).toHaveCount(0);

  const due = await expectBlock(page, "Messages to send", "some");
  // Overdue first: Tom's follow-up fell due yesterday, Marcus's thank-you a day after his interview.
  await expect(due.getByRole("listitem").first()).toContainText("Overdue");
  await expect(due.getByRole("link", { name: "Follow up with Tom Hale" })).toBeVisible();
  await expect(due.getByRole("link", { name: "Thank Marcus Webb" })).toBeVisible();

  const interviews = await expectBlock(page, "Coming interviews", 1);
  await expect(interviews.getByRole("link", { name: "Leah Kim, Northwind Creative" })).toBeVisible();
  const checkIns = await expectBlock(page, "Check-ins for you", 1);
  await expect(checkIns.getByRole("link", { name: "Your coach asked for a check-in" })).toHaveAttribute(
    "href",
    /\/projects\/demo-project-priya\/check-in$/,
  );
  const comments = await expectBlock(page, "From your coach", 1);
  await expect(comments.getByText("You replied")).toBeVisible();
  const sessions = await expectBlock(page, "Your next sessions", 2);
  await expect(sessions.getByRole("link", { name: "Join the video call" }).first()).toHaveAttribute(
    "href",
    "https://whereby.com/fieldnotes-maya",
  );
  // The booking card below offers another session without listing the next one a second time.
  await expect(page.getByRole("heading", { name: "Book another session" })).toBeVisible();
  await expect(page.getByText("Your next session:")).toHaveCount(0);

  // A row opens the workspace at that person's card.
  await due.getByRole("link", { name: "Follow up with Tom Hale" }).click();
  await expect(page).toHaveURL(/\/projects\/demo-project-priya#contact-demo-project-priya-contact-tom$/);
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
  await checkPhoneAndPhotograph(page, "home-client", SHOTS);
});

test("the coach's home shows her sessions of today and tomorrow, reviews, quiet clients, leads and check-ins", async ({
  page,
}) => {
  await signInAndOpenHome(page, "maya");
  await expect(page.getByText(/ · Times in London/)).toBeVisible();

  // Taylor's discovery session is tomorrow on the seeding's UTC calendar: today or tomorrow in London.
  const sessions = await expectBlock(page, "Sessions today and tomorrow", "some");
  await expect(sessions.getByText(/^(Today|Tomorrow)$/).first()).toBeVisible();
  await expect(sessions.getByRole("link", { name: "Taylor Brooks", exact: true })).toBeVisible();
  await expect(sessions.getByRole("link", { name: /^Join/ })).toHaveAttribute(
    "href",
    "https://whereby.com/fieldnotes-maya",
  );

  const reviews = await expectBlock(page, "Reflections to review", 1);
  await expect(reviews.getByRole("link", { name: "Priya Nair on Marcus Webb" })).toBeVisible();
  await expect(reviews.getByText(/^waiting \d+ (day|days|hours?)$/)).toBeVisible();
  const stalled = await expectBlock(page, "Stalled clients", 1);
  await expect(stalled.getByRole("link", { name: "Alex Morgan" })).toBeVisible();
  const leads = await expectBlock(page, "New leads", 1);
  await expect(leads.getByRole("link", { name: "Taylor Brooks", exact: true })).toBeVisible();
  const checkIns = await expectBlock(page, "Check-ins received", 1);
  await expect(checkIns.getByRole("link", { name: "Priya Nair" })).toBeVisible();
  // A coach's home is about her own clients: no other coach's, no setup, no plan.
  await expect(page.getByText("Jordan Lee")).toHaveCount(0);
  await expect(block(page, /^Set up your practice/)).toHaveCount(0);

  await reviews.getByRole("link", { name: "Priya Nair on Marcus Webb" }).click();
  await expect(page).toHaveURL(/\/interviews\/demo-project-priya-interview-marcus\/reflection$/);
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
  await checkPhoneAndPhotograph(page, "home-coach", SHOTS);
});

test("the owner's home covers every coach, with the setup still to do and the plan's standing", async ({ page }) => {
  await signInAndOpenHome(page, "olivia");
  await expect(page.getByText(/ · Times in New York/)).toBeVisible();

  await expect(page.getByRole("region", { name: "Your plan: Free trial" })).toContainText(
    /The trial ends in 1[34] days/,
  );
  const setup = await expectBlock(page, "Set up your practice", 1);
  await expect(setup.getByRole("link", { name: "Open settings" })).toHaveAttribute("href", `${HOME}/settings`);

  await expectBlock(page, "Sessions today and tomorrow");
  await expectBlock(page, "Reflections to review", 2);
  const stalled = await expectBlock(page, "Stalled clients", 1);
  await expect(stalled.getByText(/Maya Chen/)).toBeVisible();
  await expectBlock(page, "New leads", 1);
  const checkIns = await expectBlock(page, "Check-ins received", 2);
  await expect(checkIns.getByRole("link", { name: "Jordan Lee" })).toBeVisible();
  await checkPhoneAndPhotograph(page, "home-owner", SHOTS);
});

test("one zone rule: a coach in London reads a session at the same time and zone on her home, sessions and client pages", async ({
  browser,
}) => {
  // Maya's account is in London and the practice in New York; she reads clocks the American way.
  const taylor = await e2eDb().booking.findUniqueOrThrow({
    where: { uid: "demo-booking-taylor" },
    select: { startAt: true },
  });
  const time = new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/London",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h12",
  }).format(taylor.startAt);
  const abbreviation = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "short" })
    .formatToParts(taylor.startAt)
    .find((part) => part.type === "timeZoneName")!.value;
  const zoneSentence = new RegExp(`Times in London \\(${abbreviation}\\)`);
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();

  await signInAndOpenHome(page, "maya");
  await expect(page.getByText(zoneSentence)).toBeVisible();
  const onHome = block(page, /^Sessions today and tomorrow/)
    .getByRole("listitem")
    .filter({ hasText: "Taylor Brooks" });
  await expect(onHome).toContainText(time);
  await expect(onHome).toContainText(abbreviation);

  await page.goto(`${HOME}/sessions`);
  await expect(page.getByText(zoneSentence)).toBeVisible();
  const onSessions = page.getByRole("listitem").filter({ hasText: "Taylor Brooks" });
  await expect(onSessions.getByText(`${time} ${abbreviation}`).first()).toBeVisible();
  // Taylor books from New York: the row also gives her clock, named by its city.
  await expect(onSessions).toContainText(/Client's time: .* in New York \(E[SD]T\)/);
  await checkPhoneAndPhotograph(page, "sessions", SHOTS);

  await page.goto(HOME);
  await onHome.getByRole("link", { name: "Taylor Brooks", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Taylor Brooks", level: 1 })).toBeVisible();
  await expect(page.getByText(zoneSentence).first()).toBeVisible();
  await expect(page.getByText(`${time} ${abbreviation}`).first()).toBeVisible();

  await page.goto(`${HOME}/caseload`);
  await expect(page.getByText(zoneSentence).first()).toBeVisible();
  await checkPhoneAndPhotograph(page, "caseload", SHOTS);
  await context.close();
});
