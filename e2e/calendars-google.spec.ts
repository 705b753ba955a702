import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createBookableCoach, createPractice } from "../prisma/factories";
import { addDays, localDateOf } from "../src/lib/time-zones";
import { signInByEmail } from "./support/auth";
import { offeredStarts } from "./support/booking-page";
import { e2eDb } from "./support/db";
import { E2E_GOOGLE, addGoogleEvent, googleRequests } from "./support/google";

// A coach connects Google Calendar through the OAuth round trip, against the local Google double that
// playwright.config.ts starts (its consent page agrees at once and sends the browser back), and an appointment then
// put in their primary calendar takes its time off their public booking page.

const ZONE = "Europe/London";
const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-calendars";
const MINUTE_MS = 60_000;
// What Fieldnotes needs from Google: free/busy in, sessions out, the calendar list to choose from.
const CALENDAR_SCOPES = [
  "https://www.googleapis.com/auth/calendar.freebusy",
  "https://www.googleapis.com/auth/calendar.calendarlist.readonly",
  "https://www.googleapis.com/auth/calendar.events",
];

test("a coach connects Google Calendar through Google's consent page, and a busy time there leaves their booking page", async ({
  page,
  baseURL,
}) => {
  const db = e2eDb();
  const { practice } = await createPractice(db, { name: "Harbour Careers" });
  const { user: coach, profile } = await createBookableCoach(db, practice.id, { timeZone: ZONE });

  // A free time tomorrow, as the public booking page offers it; whichever day that is, it is open 09:00–17:00.
  const tomorrow = addDays(localDateOf(new Date(), ZONE), 1);
  const dayPage = `/book/${practice.slug}/${profile.slug}/discovery?tz=${encodeURIComponent(ZONE)}&date=${tomorrow}`;
  const before = await offeredStarts(page, dayPage);
  expect(before.length).toBeGreaterThan(2);
  const taken = before[Math.floor(before.length / 2)]!;

  await signInByEmail(page, coach.email, `/p/${practice.slug}/calendars`);
  await expect(page.getByText("No calendars connected yet")).toBeVisible();
  await page.getByLabel("Google Calendar").check();
  await page.getByRole("button", { name: "Connect Google Calendar" }).click();

  // The browser went to Google's consent page and came back through the callback.
  await expect(page).toHaveURL(new RegExp(`/p/${practice.slug}/calendars\\?google=connected$`));
  await expect(page.getByText("Google Calendar is connected.")).toBeVisible();
  const card = page.getByRole("article", { name: E2E_GOOGLE.email });
  await expect(card).toContainText("Google Calendar");
  await expect(card).toContainText("no busy times");
  const primary = card.getByRole("group", { name: E2E_GOOGLE.email });
  await expect(primary.getByRole("checkbox", { name: "Blocks my booking page" })).toBeChecked();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/calendars-google.png`, fullPage: true });

  // Google was asked for lasting (offline) access to the calendar scopes, to come back to this app's callback.
  const sent = await googleRequests();
  const authorization = sent.find(
    (request) => request.path === "/o/oauth2/v2/auth" && request.query.login_hint === coach.email,
  );
  expect(authorization?.query).toMatchObject({
    client_id: E2E_GOOGLE.clientId,
    response_type: "code",
    access_type: "offline",
    redirect_uri: `${baseURL}/api/calendars/google/callback`,
  });
  expect(authorization!.query.scope!.split(" ")).toEqual(expect.arrayContaining(CALENDAR_SCOPES));

  // An appointment is made in Google Calendar at that free time; the coach has it read now.
  const start = new Date(taken);
  await addGoogleEvent({ start, end: new Date(start.getTime() + 20 * MINUTE_MS), summary: "Dentist" });
  const askedBefore = sent.length;
  await card.getByRole("button", { name: `Refresh now: ${E2E_GOOGLE.email}` }).click();
  await expect(card.getByText("Up to date.")).toBeVisible({ timeout: 60_000 });
  await expect(card).toContainText("1 busy time");
  const freeBusy = (await googleRequests())
    .slice(askedBefore)
    .find((request) => request.path === "/calendar/v3/freeBusy");
  expect(freeBusy?.body).toMatchObject({ items: [{ id: E2E_GOOGLE.email }] });

  const after = await offeredStarts(page, dayPage);
  expect(after).not.toContain(taken);
  expect(after).toEqual(before.filter((offered) => offered !== taken));
});
