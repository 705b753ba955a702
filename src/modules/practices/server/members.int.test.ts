import { describe, expect, it } from "vitest";
import { createPasskeyRow, createPractice, createUser } from "../../../../prisma/factories";
import { callerFor, expectTRPCError } from "~/test/callers";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { firstLink } from "~/server/email/mailbox";
import { deliverAndReadMailbox } from "~/test/outbox";
import { acceptInvitation } from "./invitations.service";

async function waitForMail(to: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const mail = (await deliverAndReadMailbox()).find((message) => message.to.includes(to));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email to ${to}`);
}

describe("practices and invitations", () => {
  it("creates a practice with its creator as owner, and refuses a taken or malformed slug", async () => {
    const user = await createUser(prisma);
    const api = callerFor(user);
    const created = await api.practices.create({
      name: "Bright Paths",
      slug: "bright-paths",
      timeZone: "Europe/Paris",
    });
    expect(created.slug).toBe("bright-paths");
    expect((await api.practices.get({ practiceSlug: "bright-paths" })).role).toBe("OWNER");
    expect(await prisma.auditEvent.count({ where: { action: "practices.create", actorUserId: user.id } })).toBe(1);

    const taken = await expectTRPCError(
      api.practices.create({ name: "Other", slug: "bright-paths", timeZone: "UTC" }),
      "CONFLICT",
    );
    expect(taken.message).toMatch(/already taken/);
    const bad = await expectTRPCError(
      api.practices.create({ name: "Other", slug: "Bad Slug!", timeZone: "UTC" }),
      "BAD_REQUEST",
    );
    expect(bad.message).toMatch(/lowercase letters/);
    await expectTRPCError(
      api.practices.create({ name: "Other", slug: "fine-slug", timeZone: "Mars/Base" }),
      "BAD_REQUEST",
    );
  });

  it("invites by email, and the emailed link signs the invitee in and adds them once", async () => {
    const { practice, owner } = await createPractice(prisma, { name: "Harbour Coaching" });
    const api = callerFor(owner);
    await api.members.invite({ practiceSlug: practice.slug, email: "  New.Coach@Example.com ", role: "COACH" });

    const mail = await waitForMail("new.coach@example.com");
    expect(mail.subject).toContain("Harbour Coaching");
    const link = firstLink(mail, "/invite/");
    expect(link).toBeDefined();
    const token = new URL(link!).pathname.split("/").at(-1)!;
    expect(await prisma.invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored

    const accepted = await acceptInvitation(token, new Date());
    expect(accepted.practiceSlug).toBe(practice.slug);
    const session = await prisma.session.findUniqueOrThrow({
      where: { sessionToken: accepted.session!.sessionToken },
      include: { user: true },
    });
    expect(session.user.email).toBe("new.coach@example.com");
    expect((await callerFor(session.user).practices.get({ practiceSlug: practice.slug })).role).toBe("COACH");

    const reused = await acceptInvitation(token, new Date()).catch((error: Error) => error);
    expect(reused).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already been used/) });
    expect(
      await prisma.auditEvent.count({
        where: { practiceId: practice.id, action: { in: ["members.invite", "invitations.accept"] } },
      }),
    ).toBe(2);
  });

  it("asks an invitee who has a second factor for it before any session exists", async () => {
    const { practice, owner } = await createPractice(prisma, { name: "Factor Coaching" });
    const invitee = await createUser(prisma, { email: "has.passkey@example.com" });
    await createPasskeyRow(prisma, invitee.id);
    await callerFor(owner).members.invite({ practiceSlug: practice.slug, email: invitee.email, role: "COACH" });
    const token = new URL(firstLink(await waitForMail(invitee.email), "/invite/")!).pathname.split("/").at(-1)!;

    const accepted = await acceptInvitation(token, new Date());

    expect(accepted.session).toBeNull();
    expect(accepted.secondFactorPath).toMatch(/^\/signin\/second-factor\?ticket=/);
    expect(await prisma.session.count({ where: { userId: invitee.id } })).toBe(0);
    const pending = await prisma.pendingSignIn.findMany({ where: { userId: invitee.id } });
    expect(pending.map((row) => row.callbackPath)).toEqual(["/app"]);
  });

  it("lets a client in on a lapsed plan, and no one who would work in it", async () => {
    const { practice, owner } = await createPractice(prisma, { name: "Lapsed Coaching" });
    const api = callerFor(owner);
    await api.members.invite({ practiceSlug: practice.slug, email: "client.l@example.com", role: "CLIENT" });
    await api.members.invite({ practiceSlug: practice.slug, email: "admin.l@example.com", role: "ADMIN" });
    const tokenFor = async (email: string) =>
      new URL(firstLink(await waitForMail(email), "/invite/")!).pathname.split("/").at(-1)!;
    const clientToken = await tokenFor("client.l@example.com");
    const adminToken = await tokenFor("admin.l@example.com");
    await prisma.practiceSubscription.create({
      data: { practiceId: practice.id, stripeCustomerId: `cus_${practice.id}`, status: "canceled" },
    });

    expect((await acceptInvitation(clientToken, new Date())).practiceSlug).toBe(practice.slug);
    expect(await acceptInvitation(adminToken, new Date()).catch((e: Error) => e.message)).toMatch(/read-only/);
    const roles = await prisma.membership.findMany({ where: { practiceId: practice.id }, select: { role: true } });
    expect(roles.map((m) => m.role).sort()).toEqual(["CLIENT", "OWNER"]);
  });

  it("refuses expired, withdrawn and unknown invitations with a reason", async () => {
    const { practice, owner } = await createPractice(prisma);
    const start = new Date("2026-11-23T10:00:00Z");
    const api = callerFor(owner, fixedClock(start));
    await api.members.invite({ practiceSlug: practice.slug, email: "late@example.com", role: "CLIENT" });
    const token = new URL(firstLink(await waitForMail("late@example.com"), "/invite/")!).pathname.split("/").at(-1)!;
    const eightDaysLater = new Date("2026-12-01T10:00:00Z");
    expect(await acceptInvitation(token, eightDaysLater).catch((e: Error) => e.message)).toMatch(/expired/);

    const invitation = await api.members.invite({
      practiceSlug: practice.slug,
      email: "withdrawn@example.com",
      role: "CLIENT",
    });
    const withdrawnToken = new URL(firstLink(await waitForMail("withdrawn@example.com"), "/invite/")!).pathname
      .split("/")
      .at(-1)!;
    await api.members.revokeInvitation({ practiceSlug: practice.slug, invitationId: invitation.id });
    expect(await acceptInvitation(withdrawnToken, start).catch((e: Error) => e.message)).toMatch(/withdrawn/);
    expect(await acceptInvitation("not-a-real-token-but-long-enough", start).catch((e: Error) => e.message)).toMatch(
      /not valid/,
    );
  });

  it("refuses to invite an existing member or a malformed address, and keeps the last owner", async () => {
    const { practice, owner } = await createPractice(prisma);
    const api = callerFor(owner);
    const dup = await expectTRPCError(
      api.members.invite({ practiceSlug: practice.slug, email: owner.email, role: "COACH" }),
      "CONFLICT",
    );
    expect(dup.message).toMatch(/already a member/);
    const bad = await expectTRPCError(
      api.members.invite({ practiceSlug: practice.slug, email: "not an email", role: "COACH" }),
      "BAD_REQUEST",
    );
    expect(bad.message).toMatch(/Quoted or unusual|valid email/);
    const ownerMembership = await prisma.membership.findFirstOrThrow({
      where: { practiceId: practice.id, userId: owner.id },
    });
    const lastOwner = await expectTRPCError(
      api.members.remove({ practiceSlug: practice.slug, membershipId: ownerMembership.id }),
      "FORBIDDEN",
    );
    expect(lastOwner.message).toMatch(/at least one owner/);
    // The failed mutation rolled back: no audit event for it.
    expect(await prisma.auditEvent.count({ where: { practiceId: practice.id, action: "members.remove" } })).toBe(0);
  });
});
