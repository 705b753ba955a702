import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { addMember, createBookableCoach, createClient, createPractice } from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { zodFieldErrors } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";

async function practiceWithCoaches() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await createBookableCoach(prisma, practice.id, { timeZone: "Europe/London" });
  const sam = await createBookableCoach(prisma, practice.id, { timeZone: "America/Los_Angeles" });
  return { practice, slug: practice.slug, owner, maya, sam };
}

const newClient = (slug: string, email = "ada.lovell@example.com") => ({
  practiceSlug: slug,
  name: "Ada Lovell",
  email,
  timeZone: "Asia/Calcutta",
});

describe("adding a client directly", () => {
  it("makes the coach's own active client, who is a member, welcomed, with the coach's private note", async () => {
    const { practice, slug, maya } = await practiceWithCoaches();
    const { id } = await callerFor(maya.user).clients.add({
      ...newClient(slug, "  Ada.Lovell@Example.com "),
      note: "Moving over from my spreadsheet.",
    });

    expect(await prisma.client.findUniqueOrThrow({ where: { id } })).toMatchObject({
      email: "ada.lovell@example.com",
      name: "Ada Lovell",
      status: "ACTIVE",
      timeZone: "Asia/Kolkata",
      coachProfileId: maya.profile.id,
      userId: expect.any(String),
    });
    const client = await prisma.client.findUniqueOrThrow({ where: { id }, include: { user: true } });
    expect(
      await prisma.membership.findFirst({ where: { practiceId: practice.id, userId: client.userId! } }),
    ).toMatchObject({ role: "CLIENT", removedAt: null });
    expect(await prisma.coachNote.findMany({ where: { clientId: id } })).toEqual([
      expect.objectContaining({
        body: "Moving over from my spreadsheet.",
        authorUserId: maya.user.id,
        sharedWithTeam: false,
      }),
    ]);
    const welcome = await prisma.emailMessage.findFirstOrThrow({
      where: { to: client.email, template: "client-welcome" },
    });
    expect((welcome.data as { props: { signInUrl: string } }).props.signInUrl).toMatch(/\/signin\/welcome\//);
    // They can be given a project at once.
    const assignable = await callerFor(maya.user).projects.assignableClients({ practiceSlug: slug });
    expect(assignable.map((row) => row.id)).toContain(id);
  });

  it("lets an admin choose the coach, and a coach add only to themselves", async () => {
    const { slug, owner, maya, sam } = await practiceWithCoaches();
    const { id } = await callerFor(owner).clients.add({ ...newClient(slug), coachProfileId: sam.profile.id });
    expect(await prisma.client.findUniqueOrThrow({ where: { id } })).toMatchObject({ coachProfileId: sam.profile.id });

    const refused = await expectTRPCError(
      callerFor(maya.user).clients.add({ ...newClient(slug, "ben@example.com"), coachProfileId: sam.profile.id }),
      "FORBIDDEN",
    );
    expect(refused.message).toBe("Only an owner or admin can add a client for another coach.");
    await expectTRPCError(
      callerFor(owner).clients.add({ ...newClient(slug, "cleo@example.com"), coachProfileId: "no-such-coach" }),
      "NOT_FOUND",
    );
  });

  it("refuses an address that is already a client, and a zone that does not exist", async () => {
    const { practice, slug, maya } = await practiceWithCoaches();
    const lead = await createClient(prisma, practice.id, { coachProfileId: maya.profile.id });
    const duplicate = await expectTRPCError(
      callerFor(maya.user).clients.add(newClient(slug, lead.email.toUpperCase())),
      "CONFLICT",
    );
    expect(duplicate.message).toBe(`${lead.email} is already a client of this practice. Find them in the list below.`);
    const zone = await expectTRPCError(
      callerFor(maya.user).clients.add({ ...newClient(slug), timeZone: "Mars/Olympus" }),
      "BAD_REQUEST",
    );
    expect(zodFieldErrors(zone.cause as ZodError).timeZone).toBe(
      "Choose a time zone from the list, like Europe/London.",
    );
    expect(await prisma.client.count({ where: { practiceId: practice.id } })).toBe(1);
  });

  it("counts against the free plan's active clients, with a message that says what to do", async () => {
    const { practice, slug, owner, maya } = await practiceWithCoaches();
    for (let i = 0; i < 3; i++) {
      await createClient(prisma, practice.id, { status: "ACTIVE", coachProfileId: maya.profile.id });
    }
    const coachRefused = await expectTRPCError(callerFor(maya.user).clients.add(newClient(slug)), "PAYMENT_REQUIRED");
    expect(coachRefused.message).toBe(
      "The free plan includes up to 3 active clients, and this practice has 3. Upgrade to a paid plan to activate more. Ask an owner or admin of the practice to upgrade the plan.",
    );
    const ownerRefused = await expectTRPCError(
      callerFor(owner).clients.add({ ...newClient(slug), coachProfileId: maya.profile.id }),
      "PAYMENT_REQUIRED",
    );
    expect(ownerRefused.message).toMatch(/You can upgrade on the Billing page/);
    expect(await prisma.client.count({ where: { practiceId: practice.id, email: "ada.lovell@example.com" } })).toBe(0);
  });

  it("refuses a client for staff without changing their role", async () => {
    const { practice, slug, owner, maya } = await practiceWithCoaches();
    const admin = await addMember(prisma, practice.id, "ADMIN");
    await expectTRPCError(
      callerFor(owner).clients.add({ ...newClient(slug, admin.user.email), coachProfileId: maya.profile.id }),
      "CONFLICT",
    );
    expect(await prisma.client.count({ where: { practiceId: practice.id } })).toBe(0);
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: admin.membership.id } })).toMatchObject({
      role: "ADMIN",
    });
  });

  it("adds one person to several practices at the same moment, each a client or told to try again", async () => {
    const practices = await Promise.all(Array.from({ length: 6 }, () => practiceWithCoaches()));
    const outcomes = await Promise.allSettled(
      practices.map(({ slug, maya }) => callerFor(maya.user).clients.add(newClient(slug, "shared.person@example.com"))),
    );
    const codes = outcomes.map((outcome) =>
      outcome.status === "fulfilled" ? "OK" : (outcome.reason as { code: string }).code,
    );
    expect(codes.filter((code) => code !== "OK" && code !== "CONFLICT")).toEqual([]);
    expect(codes).toContain("OK");
    expect(await prisma.user.count({ where: { email: "shared.person@example.com" } })).toBe(1);
  });
});
