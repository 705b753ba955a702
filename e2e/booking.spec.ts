import { expect, test, type Page } from "@playwright/test";
import { createSessionType } from "../prisma/factories";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { linkIn, uniqueEmail, waitForEmail } from "./support/mail";
import { chooseTimeZone } from "./support/time-zone";

const VISITOR_ZONE = "Asia/Kolkata";
const COACH_ZONE = "America/New_York";
const MEETING_URL = "https://whereby.com/compass-robin";

const clockIn = (zone: string, iso: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(iso),
  );

const icsStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** The calendar invite of a captured email, unfolded into "NAME:value" lines. */
function inviteIn(mail: { attachments?: { contentType: string; content: string }[] }) {
  const ics = mail.attachments?.find((part) => part.contentType.startsWith("text/calendar"))?.content;
  expect(ics, "a text/calendar part").toBeDefined();
  const lines = ics!.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const value = (name: string) => lines.find((line) => line.split(/[;:]/)[0] === name)?.replace(/^[^:]*:/, "");
  return { value, lines };
}

/** The free times listed for the chosen day, with the instant each one books. */
async function listedSlots(page: Page) {
  const links = page.locator("#times a");
  await expect(links.first()).toBeVisible();
  return Promise.all(
    (await links.all()).map(async (link) => ({
      link,
      label: (await link.textContent())!.trim(),
      start: new URL((await link.getAttribute("href"))!, "http://x").searchParams.get("start")!,
    })),
  );
}

test("a visitor in Kolkata books a coach's session type in New York without an account, then reschedules and cancels from the email", async ({
  browser,
  page,
}) => {
  const coachEmail = uniqueEmail("coach");
  const visitorEmail = uniqueEmail("visitor");
  const practiceSlug = `book-${Date.now().toString(36)}`;

  // A new coach opens a practice and saves the suggested hours in their own zone.
  await signInByEmail(page, coachEmail);
  await page.goto("/practices/new");
  await page.getByLabel("Practice name").fill("Compass Careers");
  await page.getByLabel("Web address").fill(practiceSlug);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${practiceSlug}$`));
  await page.goto(`/p/${practiceSlug}/availability`);
  await page.getByLabel("Public name").fill("Robin Okafor");
  await page.getByLabel("Booking page address").fill("robin");
  await chooseTimeZone(page, "Time zone", "New York", /^New York, United States/);
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByText("Availability saved.")).toBeVisible();
  // Besides the free discovery session, the coach offers a video session with a question of their own.
  const db = e2eDb();
  const profile = await db.coachProfile.findFirstOrThrow({
    where: { slug: "robin", practice: { slug: practiceSlug } },
  });
  await createSessionType(db, profile, {
    slug: "career-conversation",
    name: "Career conversation",
    durationMinutes: 20,
    bufferAfterMinutes: 10,
    locationKind: "VIDEO",
    locationDetail: MEETING_URL,
    intakeQuestions: [
      {
        id: "jobTitle",
        label: "Which job title are you most curious about?",
        kind: "SHORT_TEXT",
        required: true,
        maxLength: 120,
        options: [],
      },
    ],
  });

  // The visitor, with no account, finds the coach and the session; the pages pick up the browser's zone (the first
  // one leaves it in a cookie, so the times render in it straight away, without a reload), and its language's
  // 24-hour clock.
  const visitorContext = await browser.newContext({ timezoneId: VISITOR_ZONE, locale: "en-GB" });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/book/${practiceSlug}`);
  await expect
    .poll(async () => (await visitorContext.cookies()).find((c) => c.name === "visitor-tz")?.value)
    .toBe(encodeURIComponent(VISITOR_ZONE));
  await visitor.getByRole("link", { name: "See times with Robin Okafor" }).click();
  await expect(visitor.getByRole("heading", { name: "Choose a session" })).toBeVisible();
  await expect(visitor.getByText("Free discovery session")).toBeVisible();
  await expect(visitor.getByText("20 minutes · Video call on whereby.com")).toBeVisible();
  await visitor.getByRole("link", { name: "See times for Career conversation" }).click();
  await expect(visitor).toHaveURL(/\/robin\/career-conversation$/);
  await expect(visitor.getByText("Times shown in Kolkata (IST)")).toBeVisible();

  // Every listed time is the visitor's clock for an instant inside the coach's 09:00–17:00.
  const slots = await listedSlots(visitor);
  for (const slot of slots) {
    expect(slot.label).toBe(clockIn(VISITOR_ZONE, slot.start));
    const coachTime = clockIn(COACH_ZONE, slot.start);
    expect(coachTime >= "09:00" && coachTime <= "16:40", `${coachTime} in New York`).toBe(true);
  }
  // The page and the public API offer the same instants.
  const day = new URL(visitor.url()).searchParams.get("date");
  const picked = slots[0]!;
  const dayOfPick = new Intl.DateTimeFormat("en-CA", { timeZone: VISITOR_ZONE }).format(new Date(picked.start));
  const api = await visitor.request.get(
    `/api/public/practices/${practiceSlug}/coaches/robin/slots?from=${day ?? dayOfPick}&to=${day ?? dayOfPick}&timeZone=${VISITOR_ZONE}&sessionType=career-conversation`,
  );
  expect(api.status()).toBe(200);
  const offered = ((await api.json()) as { slots: { start: string }[] }).slots.map((slot) => slot.start);
  expect(slots.map((slot) => new Date(slot.start).toISOString())).toEqual(offered);

  await picked.link.click();
  await expect(visitor.getByRole("heading", { name: "Your details" })).toBeVisible();
  await visitor.getByRole("button", { name: "Book session" }).click();
  await expect(visitor.getByText("Enter your name")).toBeVisible(); // nothing typed yet: a clear message, no request lost
  await visitor.getByLabel("Your name").fill("Priya Raman");
  await visitor.getByLabel("Email address").fill(visitorEmail);
  await visitor.getByRole("button", { name: "Book session" }).click();
  await expect(visitor.getByText("Answer this question to book.")).toBeVisible(); // the coach's own question
  await visitor.getByLabel("Which job title are you most curious about?").fill("Urban planner");
  await visitor.getByRole("button", { name: "Book session" }).click();
  await expect(visitor.getByText("You're booked.")).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Career conversation with Robin Okafor" })).toBeVisible();
  await expect(visitor.getByText(picked.label, { exact: false }).first()).toBeVisible();
  await expect(visitor.getByText("For Robin Okafor: ", { exact: false })).toContainText(/E[SD]T \(New York\)/);
  // Where it happens, and the calendar links beside the .ics file.
  await expect(visitor.getByRole("link", { name: `Video call: ${MEETING_URL}` })).toHaveAttribute("href", MEETING_URL);
  const google = new URL((await visitor.getByRole("link", { name: "Add to Google Calendar" }).getAttribute("href"))!);
  expect(google.searchParams.get("dates")).toMatch(new RegExp(`^${icsStamp(picked.start)}/`));
  expect(google.searchParams.get("location")).toBe(MEETING_URL);
  const outlook = new URL((await visitor.getByRole("link", { name: "Add to Outlook" }).getAttribute("href"))!);
  expect(outlook.searchParams.get("startdt")).toBe(new Date(picked.start).toISOString().replace(/\.\d{3}/, ""));
  const icsFile = await visitor.request.get(
    (await visitor.getByRole("link", { name: "Add to Apple Calendar" }).getAttribute("href"))!,
  );
  expect(icsFile.headers()["content-type"]).toContain("text/calendar");
  expect(await icsFile.text()).toContain(`LOCATION:${MEETING_URL}`);

  // Both sides are emailed; the visitor's email carries the manage link, the visitor's own clock and the place.
  const confirmation = await waitForEmail(visitorEmail, /^Confirmed: Career conversation with Robin Okafor/);
  expect(confirmation.text).toContain(" IST");
  expect(confirmation.text).toContain(`Where: Video call: ${MEETING_URL}`);
  const invite = inviteIn(confirmation);
  expect(invite.value("METHOD")).toBe("REQUEST");
  expect(invite.value("DTSTART")).toBe(icsStamp(picked.start));
  expect(invite.value("SEQUENCE")).toBe("0");
  expect(invite.value("LOCATION")).toBe(MEETING_URL);
  expect(invite.lines.find((line) => line.startsWith("ORGANIZER"))).toContain(`mailto:${coachEmail}`);
  const eventUid = invite.value("UID");
  const toCoach = await waitForEmail(coachEmail, /^New booking: Career conversation with Priya Raman/);
  expect(toCoach.text).toContain("Which job title are you most curious about? Urban planner");
  const manageLink = linkIn(confirmation, "/bookings/");

  // Reschedule from the emailed link, in a fresh browser (no cookies, only the token).
  const fromEmail = await browser.newContext({ timezoneId: VISITOR_ZONE, locale: "en-GB" });
  const manage = await fromEmail.newPage();
  await manage.goto(manageLink);
  await expect(manage.getByRole("heading", { name: "Career conversation with Robin Okafor" })).toBeVisible();
  await manage.getByRole("link", { name: "Reschedule" }).click();
  await expect(manage.getByRole("heading", { name: "Choose a new time" })).toBeVisible();
  const newTimes = await listedSlots(manage);
  const other = newTimes.find((slot) => slot.start !== picked.start)!;
  await other.link.click();
  await manage.getByRole("button", { name: "Confirm new time" }).click();
  await expect(manage.getByText("Your session has moved.")).toBeVisible();
  await expect(manage.getByText(other.label, { exact: false }).first()).toBeVisible();
  const moved = inviteIn(await waitForEmail(visitorEmail, /^Rescheduled: /));
  expect(moved.value("UID")).toBe(eventUid); // the same event, updated in the visitor's calendar
  expect(moved.value("SEQUENCE")).toBe("1");
  expect(moved.value("DTSTART")).toBe(icsStamp(other.start));

  // The coach sees the new time among upcoming sessions, on their own clock.
  await page.goto(`/p/${practiceSlug}/sessions`);
  // The coach's browser here runs on UTC: their account's zone, whatever the zone of their booking hours.
  await expect(page.getByText("Times in UTC.", { exact: false })).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: "Priya Raman" });
  await expect(row.locator(`time[datetime="${new Date(other.start).toISOString()}"]`)).toBeVisible();
  await expect(row).toContainText("Career conversation");
  await expect(row.getByRole("link", { name: `Video call: ${MEETING_URL}` })).toBeVisible();
  await expect(row).toContainText("Urban planner");

  // The old time is free again for anyone.
  const api2 = await manage.request.get(
    `/api/public/practices/${practiceSlug}/coaches/robin/slots?from=${dayOfPick}&to=${dayOfPick}&timeZone=${VISITOR_ZONE}&sessionType=career-conversation`,
  );
  const offeredAfter = ((await api2.json()) as { slots: { start: string }[] }).slots.map((slot) => slot.start);
  expect(offeredAfter).toContain(new Date(picked.start).toISOString());

  // Cancel, with a reason the coach will read.
  await manage.getByText("Cancel session").click();
  await manage.getByLabel("Reason (optional)").fill("I found a mentor at work.");
  await manage.getByRole("button", { name: "Yes, cancel this session" }).click();
  await expect(manage.getByText("Your session is cancelled.")).toBeVisible();
  await expect(manage.getByRole("link", { name: "Reschedule" })).toHaveCount(0);
  const cancelled = await waitForEmail(coachEmail, /^Cancelled: /);
  expect(cancelled.text).toContain("I found a mentor at work.");
  expect(inviteIn(cancelled).value("METHOD")).toBe("CANCEL");

  // The coach sees the visitor as a lead and the session under past and cancelled.
  await page.goto(`/p/${practiceSlug}/sessions?scope=past`);
  await expect(page.getByText("Priya Raman").first()).toBeVisible();
  await page.goto(`/p/${practiceSlug}/clients`);
  await expect(page.getByText(visitorEmail).first()).toBeVisible();

  // A wrong token is a plain 404.
  const wrong = await manage.goto(manageLink.replace(/token=[^&]+/, "token=abcdefghijklmnopqrstuvwxyz012345"));
  expect(wrong?.status()).toBe(404);
  await visitorContext.close();
  await fromEmail.close();
});
