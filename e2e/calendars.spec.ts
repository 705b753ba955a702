import { expect, test } from "@playwright/test";
import { addMember, createCoachProfile, createPractice, createUser } from "../prisma/factories";
import { signInByEmail } from "./support/auth";
import { offeredStarts } from "./support/booking-page";
import { e2eDb } from "./support/db";
import { checkPhoneAndPhotograph } from "./support/screenshots";
import { uniqueEmail } from "./support/mail";
import { E2E_RADICALE, radicaleRequest, workCalendarUrl } from "./support/radicale";

// A coach connects their CalDAV account (a real Radicale, started by playwright.config.ts) on the Calendars page,
// and an event put in that calendar takes its time off their public booking page. The page also says so, in plain
// words, when the password is wrong and when the calendar has gone.

const ZONE = "Europe/London";
const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-calendars";
const HOUR_MS = 3_600_000;

/** A free-plan practice with one coach, Robin, open 09:00–17:00 every day in London. */
async function practiceWithCoach() {
  const db = e2eDb();
  const slug = `calendars-${Date.now().toString(36)}`;
  const { practice } = await createPractice(db, { slug, name: "Harbour Careers" });
  const coach = await createUser(db, { email: uniqueEmail("coach"), name: "Robin Okafor", timeZone: ZONE });
  const { membership } = await addMember(db, practice.id, "COACH", coach);
  const profile = await createCoachProfile(
    db,
    practice.id,
    { membershipId: membership.id, displayName: "Robin Okafor" },
    { timeZone: ZONE },
  );
  return { db, slug, coach, profile };
}

const icsStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** One event as a calendar app would store it: a plain busy appointment. */
function appointment(uid: string, start: Date, minutes: number): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Fieldnotes e2e//EN",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${icsStamp(new Date())}`,
    `DTSTART:${icsStamp(start)}`,
    `DTEND:${icsStamp(new Date(start.getTime() + minutes * 60_000))}`,
    "SUMMARY:Dentist",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

test("a coach connects a CalDAV calendar, and an event in it takes that time off their booking page", async ({
  page,
}) => {
  const { db, slug, coach, profile } = await practiceWithCoach();

  // A free time tomorrow, as the public booking page offers it; whichever day that is, it is open 09:00–17:00.
  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(Date.now() + 24 * HOUR_MS));
  const dayPage = `/book/${slug}/${profile.slug}/discovery?tz=${encodeURIComponent(ZONE)}&date=${tomorrow}`;
  const before = await offeredStarts(page, dayPage);
  expect(before.length).toBeGreaterThan(2);
  const taken = before[Math.floor(before.length / 2)]!;

  await signInByEmail(page, coach.email, `/p/${slug}/calendars`);
  await expect(page.getByRole("heading", { name: "Calendars", level: 1 })).toBeVisible();
  await expect(page.getByText("No calendars connected yet")).toBeVisible();
  await page.getByLabel("CalDAV account").check();
  await page.getByLabel("Server address").fill(E2E_RADICALE.url);
  await page.getByLabel("Username").fill(E2E_RADICALE.username);

  // A wrong app password is refused beside the field, and nothing is connected.
  await page.getByLabel("App password", { exact: true }).fill("not-the-app-password");
  await page.getByRole("button", { name: "Connect account" }).click();
  await expect(page.getByLabel("App password", { exact: true })).toHaveAccessibleDescription(/^Wrong password/);
  await expect(page.getByText("No calendars connected yet")).toBeVisible();

  await page.getByLabel("App password", { exact: true }).fill(E2E_RADICALE.password);
  await page.getByRole("button", { name: "Connect account" }).click();
  const card = page.getByRole("article", { name: `${E2E_RADICALE.username} at ${E2E_RADICALE.hostPort}` });
  await expect(card).toContainText("CalDAV account");
  await expect(card).toContainText("no busy times");
  const work = card.getByRole("group", { name: E2E_RADICALE.calendar.displayName });
  await expect(work.getByRole("checkbox", { name: "Blocks my booking page" })).toBeChecked();

  // The calendar also receives sessions from now on; the choice is kept.
  await expect(page.getByRole("radio", { name: "Don't add sessions to a calendar" })).toBeChecked();
  await work.getByRole("radio", { name: "Add my sessions here" }).check();
  await expect(page.getByRole("radio", { name: "Don't add sessions to a calendar" })).not.toBeChecked();
  await expect(page.getByText("New sessions go to “Work”.")).toBeVisible();
  await page.reload();
  await expect(work.getByRole("radio", { name: "Add my sessions here" })).toBeChecked();

  // An appointment is made in the calendar app at that free time; the coach has it read now.
  await radicaleRequest("PUT", workCalendarUrl("dentist.ics"), appointment(`dentist-${slug}@e2e`, new Date(taken), 20));
  await card.getByRole("button", { name: `Refresh now: ${E2E_RADICALE.username} at ${E2E_RADICALE.hostPort}` }).click();
  await expect(card.getByText("Up to date.")).toBeVisible({ timeout: 60_000 });
  await expect(card).toContainText("1 busy time");
  await expect(card).toContainText(/Updated (just now|1 minute ago)/);

  const after = await offeredStarts(page, dayPage);
  expect(after).not.toContain(taken);
  expect(after).toEqual(before.filter((start) => start !== taken));

  // The calendar is deleted on the server: the next read says so, out loud since it is new.
  await page.goto(`/p/${slug}/calendars`);
  await radicaleRequest("DELETE", workCalendarUrl());
  await card.getByRole("button", { name: `Refresh now: ${E2E_RADICALE.username} at ${E2E_RADICALE.hostPort}` }).click();
  await expect(card.getByRole("alert")).toContainText("The calendar was deleted or moved", { timeout: 60_000 });

  // Failing for over an hour, it is also named at the top of the Availability page.
  await db.calendarConnection.updateMany({
    where: { coachProfileId: profile.id },
    data: { failingSince: new Date(Date.now() - 2 * HOUR_MS) },
  });
  await page.goto(`/p/${slug}/availability`);
  const banner = page.getByRole("status").filter({ hasText: "A calendar isn't being read" });
  await expect(banner).toContainText("The calendar was deleted or moved");
  await banner.getByRole("link", { name: "Fix it on the Calendars page" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${slug}/calendars$`));
  await expect(card).toContainText("Failing since");
  await checkPhoneAndPhotograph(page, "calendars", SHOTS);
});
