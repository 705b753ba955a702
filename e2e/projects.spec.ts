import { expect, test, type Page } from "@playwright/test";
import { addMember, createClient, createCoachProfile, createPractice, createUser } from "../prisma/factories";
import { STARTER_OUTREACH_TEMPLATES, STARTER_PROJECT_TEMPLATE } from "../src/modules/projects/domain/starter-kit";
import { signInByEmail } from "./support/auth";
import { e2eDb } from "./support/db";
import { hydrated } from "./support/hydration";
import { linkIn, uniqueEmail, waitForEmail } from "./support/mail";

// The method's whole loop through the real UI: a coach assigns the standard project, the client
// works it (people, outreach, an interview, a reflection), the coach comments from the review
// queue, and the client reads the comment, the progress and the synthesis.

/**
 * A free-plan practice with one coach (the only coach seat) and a lead client who has signed up.
 * Factories write rows directly, so the starter kit a practice made in the UI gets is added here.
 */
async function practiceWithCoachAndClient() {
  const db = e2eDb();
  const slug = `proj-${Date.now().toString(36)}`;
  const { practice } = await createPractice(db, { slug, name: "Harbour Careers" });
  await db.projectTemplate.create({ data: { ...STARTER_PROJECT_TEMPLATE, practiceId: practice.id } });
  await db.outreachTemplate.createMany({
    data: STARTER_OUTREACH_TEMPLATES.map(({ key: _key, ...template }) => ({ ...template, practiceId: practice.id })),
  });

  const coach = await createUser(db, { email: uniqueEmail("coach"), name: "Robin Okafor" });
  const { membership } = await addMember(db, practice.id, "COACH", coach);
  const profile = await createCoachProfile(db, practice.id, {
    membershipId: membership.id,
    displayName: "Robin Okafor",
  });

  const clientUser = await createUser(db, { email: uniqueEmail("client"), name: "Priya Raman" });
  await addMember(db, practice.id, "CLIENT", clientUser);
  const lead = await createClient(db, practice.id, { name: "Priya Raman", coachProfileId: profile.id });
  const client = await db.client.update({
    where: { id: lead.id },
    data: { email: clientUser.email, userId: clientUser.id },
  });
  return { slug, coach, client };
}

const dayBefore = (date: Date) => new Date(date.getTime() - 24 * 60 * 60_000).toISOString().slice(0, 10);

const contactCard = (page: Page, name: string) => page.getByRole("article", { name });

test("a coach assigns the standard project; the client works it and reflects; the coach comments from the review queue", async ({
  browser,
}) => {
  const { slug, coach, client } = await practiceWithCoachAndClient();
  const coachContext = await browser.newContext();
  const clientContext = await browser.newContext();
  const coachPage = await coachContext.newPage();
  const clientPage = await clientContext.newPage();

  // The coach assigns "Ten conversations, two fields", naming the two fields.
  await signInByEmail(coachPage, coach.email, `/p/${slug}/projects/new?clientId=${client.id}`);
  await expect(coachPage.getByRole("heading", { name: "Assign a project" })).toBeVisible();
  await expect(coachPage.getByLabel("Client")).toHaveValue(client.id);
  await hydrated(coachPage.getByRole("button", { name: "Assign project" }));
  await coachPage.getByLabel("Start from").selectOption({ label: "Ten conversations, two fields" });
  await coachPage.getByLabel("Title").fill("Agency or engagement?");
  await coachPage.getByLabel("Track 1: field").fill("Agency owners");
  await coachPage.getByLabel("Track 2: field").fill("Employee engagement");
  await coachPage.getByRole("button", { name: "Assign project" }).click();
  await expect(coachPage).toHaveURL(new RegExp(`/p/${slug}/projects/(?!new\\b)[^/?]+$`));
  await expect(coachPage.getByRole("heading", { name: "Agency or engagement?", level: 1 })).toBeVisible();

  // The client is told by email and follows its link into the workspace.
  const assigned = await waitForEmail(client.email, /^Robin Okafor set up your project: Agency or engagement\?/);
  await signInByEmail(clientPage, client.email);
  await clientPage.goto(linkIn(assigned, `/p/${slug}/projects/`));
  await expect(clientPage.getByRole("heading", { name: "Agency or engagement?", level: 1 })).toBeVisible();

  // The client works from the list view (a wide screen opens on the board; the board has its own spec).
  const listView = clientPage.getByRole("group", { name: "Show people as" }).getByRole("button", { name: "List" });
  await hydrated(listView);
  await listView.click();
  await expect(listView).toHaveAttribute("aria-pressed", "true");

  // Two people: Ada, and Ben whom Ada referred, in the other field.
  await hydrated(clientPage.getByRole("button", { name: "Add a person to Agency owners" }));
  await clientPage.getByRole("button", { name: "Add a person to Agency owners" }).click();
  await clientPage.getByLabel("Name", { exact: true }).fill("Ada Lovell");
  await clientPage.getByLabel("Role (optional)").fill("Founder");
  await clientPage.getByLabel("Organisation (optional)").fill("Brightside Studio");
  await clientPage.getByRole("button", { name: "Add person" }).click();
  await expect(contactCard(clientPage, "Ada Lovell")).toBeVisible();

  await clientPage.getByRole("button", { name: "Add a person to Employee engagement" }).click();
  await clientPage.getByLabel("Name", { exact: true }).fill("Ben Achebe");
  await clientPage.getByLabel("Referred by (optional)").selectOption({ label: "Ada Lovell" });
  await clientPage.getByRole("button", { name: "Add person" }).click();
  const ben = contactCard(clientPage, "Ben Achebe");
  await expect(ben).toBeVisible();
  await expect(ben.getByRole("link", { name: "Ada Lovell" })).toBeVisible();

  // Outreach to Ada, drafted from the practice's first-note template and logged as sent.
  const ada = contactCard(clientPage, "Ada Lovell");
  await ada.getByRole("button", { name: "Draft a message" }).click();
  await expect(ada.getByLabel("Start from").locator("option:checked")).toHaveText("First note");
  const message = ada.getByRole("textbox", { name: "Message" });
  await expect(message).toHaveValue(/^Hi Ada,/); // the starter note greets by first name
  await expect(message).toHaveValue(/as Founder at Brightside Studio/);
  await expect(message).toHaveValue(/Priya Raman$/);
  const sentText = await message.inputValue();
  await ada.getByRole("button", { name: "Log as sent" }).click();
  await expect(ada.getByText("Contacted", { exact: true })).toBeVisible();
  await ada.getByText("Outreach log and interviews (1 message)").click();
  await expect(ada.getByText(sentText.split("\n")[2]!)).toBeVisible();

  // The interview happened yesterday; Priya picked a question from the bank.
  await ada.getByRole("button", { name: "Add an interview" }).click();
  await ada.getByLabel("Date", { exact: true }).fill(dayBefore(new Date()));
  await ada.getByLabel(/^Time in /).fill("10:00");
  await ada.getByRole("checkbox", { name: "What is your day to day really like?" }).check();
  await ada.getByLabel("Notes (optional)").fill("Long days, but she sets the direction.");
  await ada.getByRole("button", { name: "Save interview" }).click();
  await expect(ada.getByText("Interview recorded")).toBeVisible();
  await ada.getByRole("link", { name: "Write your reflection" }).click();

  // The reflection saves as she types and is still there after a reload.
  await expect(clientPage.getByRole("heading", { name: "Reflection on Ada Lovell" })).toBeVisible();
  const learned = clientPage.getByLabel("What I learned");
  await learned.fill("Running an agency is mostly selling.");
  await expect(clientPage.getByRole("status").filter({ hasText: /^Saved / })).toBeVisible();
  await clientPage.reload();
  await expect(learned).toHaveValue("Running an agency is mostly selling.");
  await hydrated(learned);
  await expect(clientPage.getByText("Restored from this browser")).toHaveCount(0);
  await clientPage.locator("label").filter({ hasText: "Drawn to it" }).click();
  await expect(clientPage.getByRole("radio", { name: /Drawn to it/ })).toBeChecked();
  await clientPage.getByLabel("Next step").fill("Ask Ben about his team.");
  await clientPage.getByRole("button", { name: "Share with your coach" }).click();
  await expect(clientPage.getByText("Shared with your coach")).toBeVisible();

  // The coach is emailed, and answers from the review queue.
  await waitForEmail(coach.email, /^Priya Raman shared a reflection on Ada Lovell/);
  await coachPage.getByRole("navigation", { name: "Practice" }).getByRole("link", { name: "Reviews" }).click();
  await expect(coachPage.getByRole("heading", { name: "Reviews", level: 1 })).toBeVisible();
  await coachPage.getByRole("link", { name: /Priya Raman on Ada Lovell/ }).click();
  await expect(coachPage.getByRole("heading", { name: "Reflection on Ada Lovell" })).toBeVisible();
  await expect(coachPage.getByText("Running an agency is mostly selling.")).toBeVisible();
  const comment = "Notice how much you lit up at “sets the direction”. What would that look like in a team?";
  await coachPage.getByLabel("Add a comment").fill(comment);
  await coachPage.getByRole("button", { name: "Send comment" }).click();
  await expect(coachPage.getByText(comment)).toBeVisible();

  // The client follows the comment email and reads it beside her reflection.
  const commented = await waitForEmail(client.email, /^Robin Okafor commented on your reflection on Ada Lovell/);
  await clientPage.goto(linkIn(commented, `/p/${slug}/interviews/`));
  await expect(clientPage.getByRole("heading", { name: "Reflection on Ada Lovell" })).toBeVisible();
  await expect(clientPage.getByText(comment)).toBeVisible();

  // Progress: one interview of ten, in the first field.
  await clientPage.getByRole("link", { name: "← Agency or engagement?" }).click();
  await expect(clientPage.getByRole("progressbar", { name: /^Project:/ })).toHaveAttribute("aria-valuetext", "1 of 10");
  await expect(clientPage.getByRole("progressbar", { name: /^Agency owners:/ })).toHaveAttribute(
    "aria-valuetext",
    "1 of 5",
  );
  await expect(clientPage.getByRole("progressbar", { name: /^Employee engagement:/ })).toHaveAttribute(
    "aria-valuetext",
    "0 of 5",
  );

  // The synthesis lays the two tracks side by side, with the referral chain across them.
  await clientPage.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Synthesis" }).click();
  const tracks = clientPage.getByRole("region", { name: "Tracks side by side" });
  await expect(tracks.getByRole("heading", { name: "Agency owners" })).toBeVisible();
  await expect(tracks.getByRole("heading", { name: "Employee engagement" })).toBeVisible();
  await expect(tracks.getByRole("progressbar", { name: "Agency owners: 1 of 5 interviews" })).toBeVisible();
  await expect(tracks.getByRole("progressbar", { name: "Employee engagement: 0 of 5 interviews" })).toBeVisible();
  const chains = clientPage.getByRole("listitem").filter({ hasText: "Ada Lovell" }).filter({ hasText: "Ben Achebe" });
  await expect(chains.first()).toContainText("referred, level 1");

  await coachContext.close();
  await clientContext.close();
});
