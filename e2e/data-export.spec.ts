import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { addMember, createCoachProfile, createPractice, createProjectFixture, createUser } from "../prisma/factories";
import { e2eDb } from "./support/db";
import { signInByEmail } from "./support/auth";
import { uniqueEmail } from "./support/mail";
import { checkPhoneAndPhotograph } from "./support/screenshots";
import { sessionCookieFor } from "./support/session";

// A client signs in through the emailed link, downloads their archive from the Your data page, and the zip holds the
// reflection they kept private. The owner's export control on the settings page, with a queued export's states.

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-data-export";

async function practiceWithPrivateReflection(privateText: string) {
  const db = e2eDb();
  const { practice, owner } = await createPractice(db, { name: "Export Studio" });
  const coach = await addMember(db, practice.id, "COACH");
  const profile = await createCoachProfile(db, practice.id, {
    membershipId: coach.membership.id,
    displayName: coach.user.name!,
  });
  const user = await createUser(db, { email: uniqueEmail("export-client"), name: "Robin Exporter" });
  await addMember(db, practice.id, "CLIENT", user);
  const client = await db.client.create({
    data: {
      practiceId: practice.id,
      email: user.email,
      name: user.name!,
      userId: user.id,
      coachProfileId: profile.id,
      status: "ACTIVE",
    },
  });
  const fixture = await createProjectFixture(db, {
    practiceId: practice.id,
    coachProfileId: profile.id,
    clientId: client.id,
    authorUserId: coach.user.id,
  });
  await db.reflection.update({ where: { id: fixture.reflectionId }, data: { learned: privateText, isPrivate: true } });
  return { practice, owner, user };
}

test("a client downloads their archive and finds the reflection they kept private", async ({ page }) => {
  test.setTimeout(120_000);
  const privateText = `Kept to myself ${Date.now().toString(36)}`;
  const { user } = await practiceWithPrivateReflection(privateText);

  await signInByEmail(page, user.email, "/profile/data");
  await expect(page.getByRole("heading", { name: "Your data", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Your data" })).toHaveAttribute("aria-current", "page");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download your data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^fieldnotes-robin-exporter-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(readFileSync(await download.path()));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["README.md", "fieldnotes-export.json", "reflections.md"]));
  expect(strFromU8(files["reflections.md"]!)).toContain(privateText);
  const json = JSON.parse(strFromU8(files["fieldnotes-export.json"]!));
  expect(json.data.reflections).toEqual([expect.objectContaining({ learned: privateText, isPrivate: true })]);
  // The page stays where it was, ready for another look.
  await expect(page).toHaveURL(/\/profile\/data$/);
  await checkPhoneAndPhotograph(page, "your-data", SHOTS);
});

test("the owner's export control, and a queued export's states", async ({ page, baseURL }) => {
  const { practice, owner } = await practiceWithPrivateReflection("Not for the owner");
  const db = e2eDb();
  const day = 86_400_000;
  const rows = [
    { status: "PENDING" as const, createdAt: new Date() },
    {
      status: "READY" as const,
      createdAt: new Date(Date.now() - 2 * day),
      readyAt: new Date(Date.now() - 2 * day),
      expiresAt: new Date(Date.now() + 5 * day),
      byteSize: 2_400_000,
    },
    {
      status: "EXPIRED" as const,
      createdAt: new Date(Date.now() - 20 * day),
      readyAt: new Date(Date.now() - 20 * day),
      expiresAt: new Date(Date.now() - 13 * day),
    },
  ];
  for (const row of rows) {
    await db.dataExport.create({
      data: { scope: "PRACTICE", requestedById: owner.id, practiceId: practice.id, rowCount: 9_000, ...row },
    });
  }
  const [name, value] = (await sessionCookieFor(owner.id)).split("=");
  await page.context().addCookies([{ name: name!, value: value!, url: baseURL! }]);
  await page.goto(`/p/${practice.slug}/settings?export=queued`);
  await expect(page.getByRole("heading", { name: "Export the practice" })).toBeVisible();
  await expect(page.getByText("That is a large archive")).toBeVisible();
  for (const state of ["Preparing", "Ready", "Expired"])
    await expect(page.getByText(state, { exact: true })).toBeVisible();
  await checkPhoneAndPhotograph(page, "practice-export", SHOTS);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export practice" }).click();
  const files = unzipSync(readFileSync(await (await downloading).path()));
  const json = JSON.parse(strFromU8(files["fieldnotes-export.json"]!));
  expect(json.kind).toBe("practice");
  expect(json.data.clients.map((c: { name: string }) => c.name)).toContain("Robin Exporter");
  expect(JSON.stringify(json)).not.toContain("Not for the owner");
});
