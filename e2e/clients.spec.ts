import { expect, test, type Page } from "@playwright/test";
import { addMember, createBookingRow, createCoachProfile, createPractice, createUser } from "../prisma/factories";
import { STARTER_PROJECT_TEMPLATE } from "../src/modules/projects/domain/starter-kit";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { checkPhoneAndPhotograph } from "./support/screenshots";
import { hydrated } from "./support/hydration";
import { linkIn, uniqueEmail, waitForEmail } from "./support/mail";

// How clients come to a practice, through the real UI: a lead from a booking is activated and
// given a project, and signs in from the emailed link straight into it (and later, from the
// sign-in page, onto the practice home); a coach adds a client directly; a coach imports a CSV
// file, sees why rows are refused, and importing it again adds nobody. Each page is also checked
// on a 412 px phone, and photographed for review.

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-clients";

/** A free-plan practice with the starter template and one coach, Robin, who has a booking page. */
async function practiceWithCoach() {
  const db = e2eDb();
  const slug = `clients-${Date.now().toString(36)}`;
  const { practice } = await createPractice(db, { slug, name: "Harbour Careers" });
  await db.projectTemplate.create({ data: { ...STARTER_PROJECT_TEMPLATE, practiceId: practice.id } });
  const coach = await createUser(db, { email: uniqueEmail("coach"), name: "Robin Okafor", timeZone: "Europe/London" });
  const { membership } = await addMember(db, practice.id, "COACH", coach);
  const profile = await createCoachProfile(db, practice.id, {
    membershipId: membership.id,
    displayName: "Robin Okafor",
  });
  return { db, practice, slug, coach, profile };
}

const clientCard = (page: Page, name: string) => page.getByRole("article", { name });

test("a lead is activated with a project and signs in from the emailed link, straight into the project", async ({
  browser,
}) => {
  const { db, slug, coach, profile } = await practiceWithCoach();
  const booking = await createBookingRow(db, profile, new Date(Date.now() - 3 * 86_400_000));
  const lead = await db.client.update({
    where: { id: booking.clientId },
    data: { name: "Priya Raman", email: uniqueEmail("priya") },
  });
  await db.booking.update({
    where: { id: booking.id },
    data: {
      status: "COMPLETED",
      bookerEmail: lead.email,
      answers: [{ id: "fields", question: "Which fields are you curious about?", answer: "Agencies and HR" }],
    },
  });

  const coachPage = await (await browser.newContext()).newPage();
  await signInByEmail(coachPage, coach.email, `/p/${slug}/clients`);
  const card = clientCard(coachPage, "Priya Raman");
  await expect(card.getByText("Lead", { exact: true })).toBeVisible();
  await card.getByText(/^Intake answers/).click();
  await expect(card.getByText("Agencies and HR")).toBeVisible();
  await checkPhoneAndPhotograph(coachPage, "clients-leads", SHOTS);

  await card.getByRole("link", { name: "Activate and assign a project to Priya Raman" }).click();
  await expect(coachPage.getByRole("heading", { name: "Assign a project" })).toBeVisible();
  await expect(coachPage.getByLabel("Client")).toHaveValue(lead.id);
  await hydrated(coachPage.getByRole("button", { name: "Assign project" }));
  await coachPage.getByLabel("Start from").selectOption({ label: "Ten conversations, two fields" });
  await coachPage.getByLabel("Title").fill("Agency or engagement?");
  await coachPage.getByLabel("Track 1: field").fill("Agency owners");
  await coachPage.getByLabel("Track 2: field").fill("Employee engagement");
  await coachPage.getByRole("button", { name: "Assign project" }).click();
  await expect(coachPage).toHaveURL(new RegExp(`/p/${slug}/projects/(?!new\\b)[^/?]+$`));
  const projectPath = new URL(coachPage.url()).pathname;

  // Priya has never signed in: the email's button signs her in once and opens the project.
  const assigned = await waitForEmail(lead.email, /set up your project: Agency or engagement\?/);
  const clientContext = await browser.newContext();
  const clientPage = await clientContext.newPage();
  await clientPage.goto(linkIn(assigned, "/signin/welcome/"));
  await expect(clientPage.getByRole("heading", { name: "Welcome to Harbour Careers" })).toBeVisible();
  await checkPhoneAndPhotograph(clientPage, "signin-welcome", SHOTS);
  await clientPage.getByRole("button", { name: "Continue" }).click();
  await expect(clientPage).toHaveURL(new RegExp(`${projectPath}$`));
  await expect(clientPage.getByRole("heading", { name: "Agency or engagement?", level: 1 })).toBeVisible();
  await clientContext.close();

  // Later, signing in from the sign-in page lands her on the practice home, whose today opens the project.
  const again = await (await browser.newContext()).newPage();
  await signInByEmail(again, lead.email);
  await expect(again).toHaveURL(new RegExp(`/p/${slug}$`));
  await expect(again.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
  await expect(again.getByRole("heading", { name: "Agency or engagement?", level: 2 })).toBeVisible();
  await again.getByRole("link", { name: "Open your project" }).click();
  await expect(again).toHaveURL(new RegExp(`${projectPath}$`));
});

test("a coach adds a client directly, who is emailed a link that signs them in", async ({ browser }) => {
  const { db, practice, slug, coach } = await practiceWithCoach();
  const email = uniqueEmail("ada");
  const page = await (await browser.newContext()).newPage();
  await signInByEmail(page, coach.email, `/p/${slug}/clients`);
  await expect(page.getByText("No clients yet")).toBeVisible();

  const open = page.getByRole("button", { name: "Add a client" });
  await hydrated(open);
  await open.click();
  await page.getByLabel("Name", { exact: true }).fill("Ada Lovell");
  await page.getByLabel("Email", { exact: true }).fill(email);
  const zone = page.getByRole("combobox", { name: "Their time zone" });
  await zone.fill("New York");
  await zone.press("Enter");
  await expect(zone).toHaveAttribute("placeholder", /^New York \(E[SD]T\)$/);
  await page.getByLabel("Note (optional)").fill("Coming over from my spreadsheet.");
  await checkPhoneAndPhotograph(page, "clients-add-form", SHOTS);
  await page.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByText("Ada Lovell is now an active client.")).toBeVisible();
  await expect(clientCard(page, "Ada Lovell").getByText("Active", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Assign a project now" })).toHaveAttribute(
    "href",
    new RegExp(`/p/${slug}/projects/new\\?clientId=`),
  );

  // The same address again is refused with a sentence.
  await page.getByLabel("Name", { exact: true }).fill("Ada Again");
  await page.getByLabel("Email", { exact: true }).fill(email.toUpperCase());
  await page.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByText("Already a client of this practice.")).toBeVisible();
  expect(await db.client.findMany({ where: { practiceId: practice.id }, select: { timeZone: true } })).toEqual([
    { timeZone: "America/New_York" },
  ]);

  const welcome = await waitForEmail(email, /Robin Okafor added you to Harbour Careers/);
  const clientPage = await (await browser.newContext()).newPage();
  await clientPage.goto(linkIn(welcome, "/signin/welcome/"));
  await clientPage.getByRole("button", { name: "Continue" }).click();
  await expect(clientPage).toHaveURL(new RegExp(`/p/${slug}$`));
  await expect(clientPage.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
  await expect(clientPage.getByText("Your coach hasn't assigned you a project yet.")).toBeVisible();
});

test("a CSV import previews each bad row's reason, imports the good ones, and adds nobody the second time", async ({
  page,
}) => {
  const { db, practice, slug, coach } = await practiceWithCoach();
  const csv = [
    "Name,Email,Time Zone,Coach,Note",
    "Ben Achebe,ben-" + slug + "@example.com,Europe/Berlin,,Referred by Ada",
    '"Okafor, Cleo",cleo-' + slug + "@example.com,,robin-nobody,",
    "Dee Diaz,not-an-email,,,",
    "Eve Ito,eve-" + slug + "@example.com,Mars/Olympus,,",
    "Fay Lund,fay-" + slug + "@example.com,,,",
    "Fay Again,FAY-" + slug + "@example.com,,,",
  ].join("\r\n");
  const file = { name: "clients.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) };

  await signInByEmail(page, coach.email, `/p/${slug}/clients/import`);
  await expect(page.getByRole("heading", { name: "Import clients" })).toBeVisible();
  const chooser = page.getByLabel("CSV file");
  await hydrated(chooser);
  await chooser.setInputFiles(file);
  await expect(page.getByLabel("Or paste its text")).toHaveValue(/^Name,Email/);
  await page.getByRole("button", { name: "Preview" }).click();

  const rows = page.getByRole("list", { name: "Rows of the file" });
  await expect(page.getByText("2 new clients, 0 already clients, 4 rows with problems.")).toBeVisible();
  const row = (n: number) =>
    rows
      .getByRole("listitem")
      .filter({ hasText: `Row ${n}` })
      .first();
  await expect(row(3)).toContainText("No coach “robin-nobody” in this practice.");
  await expect(row(4)).toContainText("Enter a valid email address, like name@example.com.");
  await expect(row(5)).toContainText("Unknown time zone “Mars/Olympus”.");
  await expect(row(7)).toContainText("The same email as row 6.");
  await checkPhoneAndPhotograph(page, "clients-import-preview", SHOTS);

  await page.getByRole("button", { name: "Import 2 clients" }).click();
  await expect(page.getByText("2 clients were added and emailed a link to sign in.")).toBeVisible();
  const imported = await db.client.findMany({ where: { practiceId: practice.id }, orderBy: { name: "asc" } });
  expect(imported.map((client) => [client.name, client.status, client.timeZone])).toEqual([
    ["Ben Achebe", "ACTIVE", "Europe/Berlin"],
    // No zone written: the coach's (Robin's booking page is in UTC).
    ["Fay Lund", "ACTIVE", "UTC"],
  ]);

  // The same file again: both good rows are clients now, so nothing is new.
  await chooser.setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("0 new clients, 2 already clients, 4 rows with problems.")).toBeVisible();
  await expect(row(2)).toContainText("Already a client (active).");
  await expect(page.getByText("Nothing new to import.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  expect(await db.client.count({ where: { practiceId: practice.id } })).toBe(2);
});
