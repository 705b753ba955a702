import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { addMember, createBookableCoach, createClient, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { zodFieldErrors } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";
import { IMPORT_LIMITS } from "../domain/client-import";

async function practiceWithCoach() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await createBookableCoach(prisma, practice.id, { slug: "maya-chen", timeZone: "Europe/London" });
  return { practice, slug: practice.slug, owner, maya };
}

/** A paid practice: no limit on active clients. */
async function upgrade(practiceId: string) {
  await prisma.practiceSubscription.create({
    data: { practiceId, stripeCustomerId: `cus_${practiceId}`, status: "active" },
  });
}

const csvOf = (...lines: string[]) => ["name,email,time_zone,coach,note", ...lines].join("\r\n");
const activeClients = (practiceId: string) => prisma.client.count({ where: { practiceId, status: "ACTIVE" } });

describe("CSV import", () => {
  it("previews each row with its reasons and writes nothing", async () => {
    const { practice, slug, owner, maya } = await practiceWithCoach();
    const lead = await createClient(prisma, practice.id, { coachProfileId: maya.profile.id });
    const preview = await callerFor(owner).clients.previewImport({
      practiceSlug: slug,
      csv: csvOf(
        "Ada Lovell,ada@example.com,,maya-chen,From my spreadsheet",
        "Ben,not-an-email,,,",
        "Cleo,cleo@example.com,Mars/Olympus,,",
        "Dee,dee@example.com,,nobody@example.com,",
        `Lead,${lead.email},,,`,
      ),
    });
    expect(preview.counts).toEqual({ create: 1, skip: 1, error: 3 });
    expect(preview.room).toBe(3);
    expect(preview.rows.map((row) => [row.row, row.outcome, row.reasons])).toEqual([
      [2, "create", []],
      [3, "error", ["Enter a valid email address, like name@example.com."]],
      [4, "error", ["Unknown time zone “Mars/Olympus”. Use a name like Europe/London or America/New_York."]],
      [5, "error", ["No coach “nobody@example.com” in this practice. Use a coach's email or booking-page name."]],
      [6, "skip", ["Already a client (lead)."]],
    ]);
    expect(await prisma.client.count({ where: { practiceId: practice.id } })).toBe(1);
  });

  it("creates the good rows as members with notes and welcomes; the same file again creates nothing", async () => {
    const { practice, slug, maya } = await practiceWithCoach();
    const csv = csvOf(
      "Ada Lovell,ada@example.com,,,Met at the fair",
      "Ben,ben@example.com,America/New_York,,",
      "Bad,bad,,,",
    );
    const coach = callerFor(maya.user);

    const first = await coach.clients.import({ practiceSlug: slug, csv });
    expect(first).toMatchObject({ created: 2, skipped: 0, refused: 1 });
    const clients = await prisma.client.findMany({
      where: { practiceId: practice.id },
      orderBy: { email: "asc" },
      include: { notes: true },
    });
    expect(clients.map((c) => [c.email, c.status, c.timeZone, c.coachProfileId, c.notes.map((n) => n.body)])).toEqual([
      ["ada@example.com", "ACTIVE", "Europe/London", maya.profile.id, ["Met at the fair"]],
      ["ben@example.com", "ACTIVE", "America/New_York", maya.profile.id, []],
    ]);
    const members = await prisma.membership.findMany({
      where: { practiceId: practice.id, role: "CLIENT", userId: { in: clients.map((c) => c.userId!) } },
    });
    expect(members).toHaveLength(2);
    expect(await prisma.emailMessage.count({ where: { practiceId: practice.id, template: "client-welcome" } })).toBe(2);

    const again = await coach.clients.import({ practiceSlug: slug, csv });
    expect(again).toMatchObject({ created: 0, skipped: 2, refused: 1 });
    expect(again.rows.filter((row) => row.outcome === "skip").map((row) => row.reasons)).toEqual([
      ["Already a client (active)."],
      ["Already a client (active)."],
    ]);
    expect(await prisma.client.count({ where: { practiceId: practice.id } })).toBe(2);
    expect(await prisma.emailMessage.count({ where: { practiceId: practice.id, template: "client-welcome" } })).toBe(2);
  });

  it("refuses an import that would pass the plan's limit as a whole, saying how many fit", async () => {
    const { practice, slug, owner, maya } = await practiceWithCoach();
    await createClient(prisma, practice.id, { status: "ACTIVE", coachProfileId: maya.profile.id });
    const refused = await expectTRPCError(
      callerFor(owner).clients.import({
        practiceSlug: slug,
        csv: csvOf("A,a@example.com,,,", "B,b@example.com,,,", "C,c@example.com,,,"),
      }),
      "PAYMENT_REQUIRED",
    );
    expect(refused.message).toBe(
      "This import would add 3 active clients, but the free plan has room for only 2 more (up to 3 active clients). Nothing was imported: import at most 2 rows, or upgrade first. You can upgrade on the Billing page (Settings → Billing).",
    );
    expect(await prisma.client.count({ where: { practiceId: practice.id } })).toBe(1);
    expect(await prisma.membership.count({ where: { practiceId: practice.id, role: "CLIENT" } })).toBe(0);
  });

  it("keeps to the plan's limit with ten imports and additions at once", async () => {
    const { practice, slug, maya } = await practiceWithCoach();
    const coach = callerFor(maya.user);
    const attempts = Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0
        ? coach.clients.import({ practiceSlug: slug, csv: csvOf(`Import ${i},import${i}@example.com,,,`) })
        : coach.clients.add({
            practiceSlug: slug,
            name: `Added ${i}`,
            email: `added${i}@example.com`,
            timeZone: "UTC",
          }),
    );
    const outcomes = await Promise.allSettled(attempts);
    const succeeded = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refusals = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(succeeded).toHaveLength(3);
    expect(refusals.map((error: { code: string }) => error.code)).toEqual(Array(7).fill("PAYMENT_REQUIRED"));
    expect(await activeClients(practice.id)).toBe(3);
  });

  it("refuses files past the bounds with a sentence, and a coach's rows for someone else", async () => {
    const { practice, slug, owner, maya } = await practiceWithCoach();
    const tooMany = csvOf(...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `P${i},p${i}@example.com,,,`));
    const rows = await expectTRPCError(
      callerFor(owner).clients.previewImport({ practiceSlug: slug, csv: tooMany }),
      "BAD_REQUEST",
    );
    expect(rows.message).toBe("The file has more than 300 rows. Import at most 300 at a time: split the file.");
    const big = await expectTRPCError(
      callerFor(owner).clients.previewImport({ practiceSlug: slug, csv: "x".repeat(IMPORT_LIMITS.characters + 1) }),
      "BAD_REQUEST",
    );
    expect(zodFieldErrors(big.cause as ZodError).csv).toMatch(/^The file is larger than 500 KB/);

    const sam = await addMember(prisma, practice.id, "COACH");
    await prisma.coachProfile.create({
      data: {
        practiceId: practice.id,
        membershipId: sam.membership.id,
        slug: "sam",
        displayName: "Sam",
        timeZone: "UTC",
        weeklyHours: [],
      },
    });
    const preview = await callerFor(maya.user).clients.previewImport({
      practiceSlug: slug,
      csv: csvOf("Ada,ada@example.com,,sam,"),
    });
    expect(preview.rows[0]!.reasons).toEqual([
      "You can import only your own clients. Leave the coach empty, or ask an owner or admin.",
    ]);
  });

  it("imports the largest file it accepts in one transaction", async () => {
    const { practice, slug, owner } = await practiceWithCoach();
    await upgrade(practice.id);
    const rows = Array.from({ length: IMPORT_LIMITS.rows }, (_, i) => `Person ${i},person${i}@example.com,,maya-chen,`);
    const started = Date.now();
    const result = await callerFor(owner).clients.import({ practiceSlug: slug, csv: csvOf(...rows) });
    expect(result.created).toBe(IMPORT_LIMITS.rows);
    expect(await activeClients(practice.id)).toBe(IMPORT_LIMITS.rows);
    // Well inside the transaction's 15 s limit (src/server/db/tenant.ts), with room for a busy machine.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
