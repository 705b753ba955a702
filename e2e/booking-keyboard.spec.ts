import { expect, test, type Page } from "@playwright/test";
import { createBookableCoach, createPractice } from "../prisma/factories";
import { addDays, weekdayOf, type LocalDate } from "../src/lib/time-zones";
import { e2eDb } from "./support/db";
import { uniqueEmail } from "./support/mail";

const ZONE = "Europe/London";
const WEEKDAYS_ONLY = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ranges: [{ start: "09:00", end: "17:00" }] }));

const focusedAttribute = (page: Page, name: string) =>
  page.evaluate((attribute) => document.activeElement?.getAttribute(attribute) ?? null, name);
const focusIsIn = (page: Page, selector: string) =>
  page.evaluate((inside) => Boolean(document.activeElement?.closest(inside)), selector);

/** Presses Tab until focus is inside `selector`, as a keyboard user would; fails after `limit` presses. */
async function tabInto(page: Page, selector: string, limit = 20) {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press("Tab");
    if (await focusIsIn(page, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("a visitor books by keyboard alone: the calendar grid, a time, the form's errors and the calendar links", async ({
  browser,
}) => {
  const db = e2eDb();
  const { practice } = await createPractice(db, { name: "Keyboard Careers" });
  const coach = await createBookableCoach(db, practice.id, { timeZone: ZONE, slug: "kai" });
  // Weekends off, so the grid has days without times to pass through.
  await db.coachProfile.update({ where: { id: coach.profile.id }, data: { weeklyHours: WEEKDAYS_ONLY } });
  const email = uniqueEmail("keyboard");

  const context = await browser.newContext({ timezoneId: ZONE });
  const page = await context.newPage();
  await page.goto(`/book/${practice.slug}/kai`);
  const grid = page.getByRole("grid");
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1); // the script runs: one tab stop for the month

  // Tab reaches the grid once; the arrows then walk to a weekday two or more days ahead, across a month if need be.
  // (One whose Saturday is in its month too, for the next step.)
  await tabInto(page, '[role="grid"]');
  const start = (await focusedAttribute(page, "data-date"))!;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
  const saturdayOf = (date: LocalDate) => addDays(date, 6 - weekdayOf(date));
  let target: LocalDate = addDays(today, 2);
  while (weekdayOf(target) > 5 || target === start || saturdayOf(target).slice(0, 7) !== target.slice(0, 7)) {
    target = addDays(target, 1);
  }
  const days = Math.round((Date.parse(target) - Date.parse(start)) / 86_400_000);
  for (let i = 0; i < Math.floor(days / 7); i++) await page.keyboard.press("ArrowDown");
  for (let i = 0; i < days % 7; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => focusedAttribute(page, "data-date")).toBe(target);

  // That week's Saturday can be focused but says it has no times, and Enter does nothing there.
  const toSaturday = 6 - weekdayOf(target);
  for (let i = 0; i < toSaturday; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => focusedAttribute(page, "data-date")).toBe(saturdayOf(target));
  expect(await focusedAttribute(page, "aria-disabled")).toBe("true");
  expect(await focusedAttribute(page, "aria-label")).toMatch(/, no free times$/);
  const before = page.url();
  await page.keyboard.press("Enter");
  await page.keyboard.press(" ");
  expect(page.url()).toBe(before);
  for (let i = 0; i < toSaturday; i++) await page.keyboard.press("ArrowLeft");
  await expect.poll(() => focusedAttribute(page, "data-date")).toBe(target);

  // Enter shows that day's times; while they load, the list is busy and says so.
  await page.route(/.*/, async (route) => {
    if (route.request().headers()["rsc"]) await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.keyboard.press("Enter");
  await expect(page.locator('[aria-busy="true"]').getByRole("status")).toHaveText(/^Loading times for /);
  await expect(page).toHaveURL(new RegExp(`date=${target}`));
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(grid.locator('[aria-selected="true"] a')).toHaveAttribute("data-date", target);
  await expect.poll(() => focusedAttribute(page, "data-date")).toBe(target);

  // Tab leaves the grid for the first time; Enter opens the form with focus in its first field.
  await page.keyboard.press("Tab");
  expect(await focusIsIn(page, "#times")).toBe(true);
  const timeHref = (await focusedAttribute(page, "href"))!;
  const picked = new URL(timeHref, page.url()).searchParams.get("start")!;
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Your name")).toBeFocused();
  await page.unrouteAll({ behavior: "ignoreErrors" });

  // Submitting with the required fields empty lands on the first of them, with a summary read out.
  await tabInto(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("alert").filter({ hasText: "2 answers need a look: Your name, Email address." }),
  ).toBeVisible();
  await expect(page.getByLabel("Your name")).toBeFocused();
  await page.keyboard.type("Kai Keys");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email address")).toBeFocused();
  await page.keyboard.type(email);
  await tabInto(page, 'button[type="submit"]');
  await page.keyboard.press("Enter");

  // The confirmation: the three calendars, each for the picked time.
  await expect(page.getByText("You're booked.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
  const stamp = new Date(picked)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const google = new URL((await page.getByRole("link", { name: "Add to Google Calendar" }).getAttribute("href"))!);
  expect(google.searchParams.get("dates")).toMatch(new RegExp(`^${stamp}/`));
  const outlook = new URL((await page.getByRole("link", { name: "Add to Outlook" }).getAttribute("href"))!);
  expect(outlook.searchParams.get("startdt")).toBe(new Date(picked).toISOString().replace(/\.\d{3}/, ""));
  const apple = page.getByRole("link", { name: "Add to Apple Calendar" });
  const ics = await page.request.get((await apple.getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(`DTSTART:${stamp}`);
  await context.close();
});
