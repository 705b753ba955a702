import { expect, test, type Browser, type Page } from "@playwright/test";
import { createBookableCoach, createPractice } from "../prisma/factories";
import { addDays, localDateOf } from "../src/lib/time-zones";
import { e2eDb } from "./support/db";
import { hydrated } from "./support/hydration";
import { sessionCookieFor } from "./support/session";

// Times as people read them: the visitor's locale decides 9:00 AM or 09:00, a signed-in person's own choice beats it,
// and the zone picker finds zones by city, abbreviation and country, by keyboard, without losing the zone it has.

const COACH_ZONE = "America/New_York";

async function bookableCoach() {
  const db = e2eDb();
  const { practice } = await createPractice(db, { name: "Clockwise Careers" });
  const coach = await createBookableCoach(db, practice.id, { timeZone: COACH_ZONE });
  // Tomorrow on the coach's clock: its hours start at 09:00 and nothing is booked yet.
  const date = addDays(localDateOf(new Date(), COACH_ZONE), 1);
  return { db, coach, page: `/book/${practice.slug}/${coach.profile.slug}`, date };
}

async function firstTime(browser: Browser, locale: string, url: string, cookie?: string) {
  const context = await browser.newContext({ locale, timezoneId: COACH_ZONE });
  if (cookie) {
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, domain: "localhost", path: "/" }]);
  }
  const page = await context.newPage();
  await page.goto(url);
  const text = await page.locator("#times a").first().innerText();
  await context.close();
  return text;
}

test("a US visitor sees 9:00 AM and a UK one 09:00; a person's own clock setting beats the browser's", async ({
  browser,
}) => {
  const { db, coach, page, date } = await bookableCoach();
  const day = `${page}?tz=${encodeURIComponent(COACH_ZONE)}&date=${date}`;

  expect(await firstTime(browser, "en-US", day)).toBe("9:00 AM");
  expect(await firstTime(browser, "en-GB", day)).toBe("09:00");

  await db.user.update({ where: { id: coach.user.id }, data: { timeFormat: "H24" } });
  expect(await firstTime(browser, "en-US", day, await sessionCookieFor(coach.user.id))).toBe("09:00");
});

test("the profile keeps the clock a person chooses", async ({ browser }) => {
  const { db, coach } = await bookableCoach();
  const context = await browser.newContext({ locale: "en-GB" });
  const [name, value] = (await sessionCookieFor(coach.user.id)).split("=") as [string, string];
  await context.addCookies([{ name, value, domain: "localhost", path: "/" }]);
  const page = await context.newPage();
  await page.goto("/profile");
  await hydrated(page.getByRole("button", { name: "Save profile" }));
  await page.getByRole("radio", { name: /12-hour/ }).check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: coach.user.id } })).timeFormat).toBe("H12");
  await context.close();
});

const zoneBox = (page: Page) => page.getByRole("combobox", { name: "Your time zone" });

async function openPicker(page: Page) {
  await page.getByText("change", { exact: true }).click();
  await hydrated(zoneBox(page));
  await zoneBox(page).focus();
}

/** A new coach's booking page, and a browser in Kolkata (en-GB) that has not been there. */
async function firstVisitFromKolkata(browser: Browser) {
  const { page: bookingPage } = await bookableCoach();
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Asia/Kolkata" });
  return { bookingPage, context, page: await context.newPage() };
}

test("a first visit learns the browser's zone off the page's main thread, which builds no date formatter to start", async ({
  browser,
}) => {
  const { bookingPage, context, page } = await firstVisitFromKolkata(browser);
  // A page's first Intl call loads the locale data (50 ms and more of a phone's main thread), so the page's scripts
  // leave writing to the server and ask a worker for the zone. Counted on the page only: the worker is not wrapped.
  await page.addInitScript(() => {
    const Formatter = Intl.DateTimeFormat;
    const built: string[] = [];
    Object.assign(window, { formattersBuilt: built });
    Intl.DateTimeFormat = new Proxy(Formatter, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built.push(new Error().stack ?? "");
        return new target(...args);
      },
      apply(target, self, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built.push(new Error().stack ?? "");
        return target(...args);
      },
    });
  });
  await page.goto(bookingPage);
  await expect(page.getByRole("link", { name: "Show times in your own time zone" })).toHaveAttribute(
    "href",
    /tz=Asia%2FKolkata/,
  );
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { formattersBuilt: string[] }).formattersBuilt)).toEqual([]);
  // The server wrote the calendar out in the visitor's words instead.
  const day = page.locator("a[data-date]").first();
  await expect(day).toHaveAttribute("aria-label", /^\w+day \d{1,2} \w+, (today, )?(no|\d+) free times?$/);
  await expect(page.getByRole("heading", { level: 2, name: /^\w+ \d{4}$/ })).toBeVisible();
  await context.close();
});

test("the zone picker finds Kolkata, IST and New York by keyboard, and a miss keeps the detected zone", async ({
  browser,
}) => {
  const { bookingPage, context, page } = await firstVisitFromKolkata(browser);
  const renders: string[] = [];
  page.on("request", (request) => {
    const prefetch = request.headers()["next-router-prefetch"];
    if (new URL(request.url()).pathname === bookingPage && !prefetch) renders.push(request.url());
  });
  await page.goto(bookingPage);
  // A first visit renders once, in the coach's zone, and offers the browser's instead of reloading itself in it.
  const offer = page.getByRole("link", { name: "Show times in your own time zone" });
  await expect(offer).toHaveAttribute("href", /tz=Asia%2FKolkata/);
  await page.waitForLoadState("networkidle");
  expect(renders).toHaveLength(1);
  // The next render knows the zone from the cookie the first one left. Chromium reports "Asia/Calcutta"; the page
  // says where that is, by city and abbreviation.
  await page.reload();
  await expect(page.getByText("Times shown in Kolkata (IST)")).toBeVisible();
  expect(new URL(page.url()).search).toBe("");

  // The box starts empty, with the current zone as its placeholder: typing searches at once.
  await openPicker(page);
  await expect(zoneBox(page)).toHaveValue("");
  await expect(zoneBox(page)).toHaveAttribute("placeholder", "Kolkata (IST)");

  // A city: the first match is highlighted, Enter picks it, and the page stays in Kolkata.
  await page.keyboard.type("Kolkata");
  const listbox = page.getByRole("listbox", { name: "Time zones" });
  await expect(listbox.getByRole("option").first()).toHaveText(/Kolkata, India\s*IST · GMT\+5:30/);
  await expect(zoneBox(page)).toHaveAttribute("aria-expanded", "true");
  const activeId = await zoneBox(page).getAttribute("aria-activedescendant");
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute("aria-selected", "true");
  // Picking submits the zone form, which carries the month along: a new address, not the detected one.
  await Promise.all([page.waitForURL(/month=[\d-]+&tz=Asia%2FKolkata/), page.keyboard.press("Enter")]);
  await expect(page.getByText("Times shown in Kolkata (IST)")).toBeVisible();

  // An abbreviation; the arrows move the highlight and wrap, Escape closes the list, then clears the text.
  await openPicker(page);
  await page.keyboard.type("IST");
  await expect(listbox.getByRole("option").first()).toContainText("Kolkata");
  const options = await listbox.getByRole("option").count();
  await page.keyboard.press("ArrowUp");
  await expect(listbox.getByRole("option").nth(options - 1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(listbox.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Escape");
  await expect(listbox).toBeHidden();
  await expect(zoneBox(page)).toHaveValue("IST");
  await page.keyboard.press("Escape");
  await expect(zoneBox(page)).toHaveValue("");

  // Text that matches nothing says so and changes nothing.
  await page.keyboard.type("Atlantis");
  await page.keyboard.press("Enter");
  await expect(page.getByText("No time zone matches “Atlantis”, so it is still Kolkata (IST).")).toBeVisible();
  expect(page.url()).toMatch(/tz=Asia%2FKolkata/);

  // A city in another country: the page reloads in it.
  await page.keyboard.type("New York");
  await expect(listbox.getByRole("option").first()).toHaveText(/New York, United States\s*E[SD]T · GMT-[45]/);
  await Promise.all([page.waitForURL(/tz=America%2FNew_York/), page.keyboard.press("Enter")]);
  await expect(page.getByText(/Times shown in New York \(E[SD]T\)/)).toBeVisible();
  await context.close();
});

test("without a script, a city typed into the zone box still finds its zone", async ({ browser }) => {
  const { page: bookingPage } = await bookableCoach();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${bookingPage}?tz=UTC`);
  await page.getByText("change", { exact: true }).click();
  await page.getByLabel("Your time zone").fill("Kolkata");
  await page.getByRole("button", { name: "Show times" }).click();
  await expect(page).toHaveURL(/tz=Kolkata/);
  await expect(page.getByText("Times shown in Kolkata (IST)")).toBeVisible();
  await context.close();
});
