import { devices, expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { addMember, createClient, createCoachProfile, createPractice, createProjectFixture } from "../prisma/factories";
import { seedDemoData } from "../prisma/seed";
import { e2eDb } from "./support/db";
import { hydrated } from "./support/hydration";
import { sessionCookieFor } from "./support/session";

// The outreach pipeline as a board: a card moved by keyboard through its Move menu, the counts,
// the announcement and the move kept after a reload; and a move the server refuses put back.

async function signInAs(context: BrowserContext, baseURL: string, userId: string) {
  const [name, value] = (await sessionCookieFor(userId)).split("=") as [string, string];
  await context.addCookies([{ name, value, url: baseURL }]);
}

const column = (track: Locator, label: string) => track.getByRole("group", { name: new RegExp(`^${label} \\d+ `) });

/** The number of people a column's heading says it holds ("Contacted 2 people"). */
async function countOf(columnGroup: Locator) {
  const heading = await columnGroup.getByRole("heading", { level: 3 }).textContent();
  return Number(/(\d+) (person|people)$/.exec(heading ?? "")?.[1]);
}

async function openBoard(page: Page, path: string) {
  await page.goto(path);
  const board = page.getByRole("group", { name: "Show people as" }).getByRole("button", { name: "Board" });
  await hydrated(board);
  await board.click();
  await expect(board).toHaveAttribute("aria-pressed", "true");
}

async function moveByKeyboard(page: Page, card: Locator, person: string, to: string) {
  await card.getByRole("button", { name: `Move ${person}` }).focus();
  await page.keyboard.press("Enter");
  const item = page.getByRole("menuitem", { name: to, exact: true });
  // The menu opens on the first move the pipeline allows; step down to the one wanted.
  for (let step = 0; step < 8 && !(await item.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
}

test("a contact card moves between board columns by keyboard, and stays moved after a reload", async ({
  page,
  context,
  baseURL,
}) => {
  await seedDemoData(e2eDb());
  await signInAs(context, baseURL!, "demo-user-priya");
  await openBoard(page, "/p/northstar/projects/demo-project-priya");

  const track = page.getByRole("region", { name: "Employee engagement" });
  const identified = column(track, "Identified");
  const contacted = column(track, "Contacted");
  const before = { identified: await countOf(identified), contacted: await countOf(contacted) };
  await expect(identified.getByRole("article", { name: "Ravi Menon" })).toContainText("Send a first message");

  await moveByKeyboard(page, identified.getByRole("article", { name: "Ravi Menon" }), "Ravi Menon", "Contacted");

  await expect(page.getByRole("status").filter({ hasText: "Moved Ravi Menon to Contacted." })).toHaveCount(1);
  const moved = contacted.getByRole("article", { name: "Ravi Menon" });
  await expect(moved).toBeVisible();
  await expect(moved.getByRole("button", { name: "Move Ravi Menon" })).toBeFocused();
  await expect(identified.getByRole("article", { name: "Ravi Menon" })).toHaveCount(0);
  await expect.poll(() => countOf(identified)).toBe(before.identified - 1);
  await expect.poll(() => countOf(contacted)).toBe(before.contacted + 1);

  // Saved, and the layout chosen is remembered.
  await page.reload();
  await expect(page.getByRole("button", { name: "Board", pressed: true })).toBeVisible();
  await expect(contacted.getByRole("article", { name: "Ravi Menon" })).toContainText("Follow up");
  expect(await countOf(contacted)).toBe(before.contacted + 1);
  expect(await countOf(identified)).toBe(before.identified - 1);
});

test("a move the server refuses puts the card back and says why", async ({ page, context, baseURL }) => {
  const db = e2eDb();
  const { practice } = await createPractice(db);
  const coach = await addMember(db, practice.id, "COACH");
  const profile = await createCoachProfile(db, practice.id, {
    membershipId: coach.membership.id,
    displayName: "Robin Okafor",
  });
  const client = await addMember(db, practice.id, "CLIENT");
  const clientRow = await createClient(db, practice.id, { status: "ACTIVE", coachProfileId: profile.id });
  await db.client.update({ where: { id: clientRow.id }, data: { userId: client.user.id } });
  const ids = await createProjectFixture(db, {
    practiceId: practice.id,
    coachProfileId: profile.id,
    clientId: clientRow.id,
    authorUserId: coach.user.id,
  });
  const cleo = await db.contact.create({
    data: { practiceId: practice.id, projectId: ids.projectId, trackId: ids.trackId, name: "Cleo Park" },
  });
  await signInAs(context, baseURL!, client.user.id);
  await openBoard(page, `/p/${practice.slug}/projects/${ids.projectId}`);
  const track = page.getByRole("region", { name: "Agency owners" });
  const card = column(track, "Identified").getByRole("article", { name: "Cleo Park" });
  await expect(card).toBeVisible();

  // Meanwhile, in another tab, Cleo's interview was recorded: the board on this page is stale.
  await db.contact.update({ where: { id: cleo.id }, data: { status: "INTERVIEWED" } });
  await moveByKeyboard(page, card, "Cleo Park", "Contacted");

  await expect(page.getByRole("alert").filter({ hasText: "Cleo Park" })).toHaveText(
    "Cleo Park couldn't be moved and is back in Identified. A contact who is “Interviewed” can't be moved to “Contacted”.",
  );
  await expect(column(track, "Identified").getByRole("article", { name: "Cleo Park" })).toBeVisible();
  await expect(column(track, "Contacted").getByRole("article", { name: "Cleo Park" })).toHaveCount(0);
});

test("on a phone the list comes first, and a board chosen there scrolls sideways within the page", async ({
  browser,
  baseURL,
}) => {
  await seedDemoData(e2eDb());
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  await signInAs(context, baseURL!, "demo-user-priya");
  const page = await context.newPage();
  await page.goto("/p/northstar/projects/demo-project-priya");
  await expect(page.getByRole("button", { name: "List", pressed: true })).toBeVisible();

  await openBoard(page, "/p/northstar/projects/demo-project-priya");
  const track = page.getByRole("region", { name: "Marketing agency owners" });
  await expect(column(track, "Thanked")).toBeAttached();
  const pageOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(pageOverflow).toBeLessThanOrEqual(0);
  const boardOverflow = await column(track, "Identified").evaluate((element) => {
    const scroller = element.parentElement!.parentElement!;
    return scroller.scrollWidth - scroller.clientWidth;
  });
  expect(boardOverflow).toBeGreaterThan(0);
  await context.close();
});
