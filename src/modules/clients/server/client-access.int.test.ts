import { describe, expect, it } from "vitest";
import { addMember, createBookableCoach, createClient, createPractice, createUser } from "../../../../prisma/factories";
import { acceptInvitation, describeInvitation } from "~/modules/practices/server/invitations.service";
import { signInHooks } from "~/server/api/root";
import { authAdapter } from "~/server/auth/adapter";
import { resolveDatabaseSession } from "~/server/auth/database-session";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";
import { landingAfterSignIn, welcomeLanding } from "../domain/sign-in-landing";

/** A practice with a coach (Maya) and a lead of hers who has never signed in. */
async function practiceWithLead() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await createBookableCoach(prisma, practice.id);
  const lead = await createClient(prisma, practice.id, { name: "Priya Lead", coachProfileId: maya.profile.id });
  return { practice, slug: practice.slug, owner, maya, lead };
}

/** Signing in through the emailed magic link, as Auth.js does it: the user by address (made if none), then the hooks. */
async function signInWithMagicLink(email: string) {
  const now = new Date();
  const found = await authAdapter.getUserByEmail!(email);
  const user = found
    ? await authAdapter.updateUser!({ id: found.id, emailVerified: now })
    : await authAdapter.createUser!({ id: "", email, emailVerified: now });
  for (const hook of signInHooks) await hook({ id: user.id, email: user.email });
  return { id: user.id, email: user.email, name: user.name ?? null };
}

/** Where the post-sign-in page sends this user, by the same call it makes. */
async function landingOf(user: { id: string }) {
  return landingAfterSignIn(await callerFor(user).practices.mine());
}

const assignInput = (slug: string, clientId: string) => ({
  practiceSlug: slug,
  clientId,
  title: "Agency or engagement?",
  tracks: [{ name: "Agency owners", targetCount: 5 }],
  questionBank: ["What is your day to day really like?"],
  outreachGoalCount: 2,
  outreachGoalPeriod: "DAY" as const,
});

const emailsTo = (to: string, template: string) =>
  prisma.emailMessage.findMany({ where: { to, template }, orderBy: { createdAt: "asc" } });
const propsOf = (message: { data: unknown }) => (message.data as { props: Record<string, string | null> }).props;
const tokenOf = (url: string) => new URL(url).pathname.split("/").at(-1)!;

describe("a lead becomes a client who can get in", () => {
  it("after activation and a project, signing in with their address lands them on the practice home", async () => {
    const { slug, maya, lead } = await practiceWithLead();
    const coach = callerFor(maya.user);
    await coach.clients.setStatus({ practiceSlug: slug, clientId: lead.id, status: "ACTIVE" });
    const project = await coach.projects.assign(assignInput(slug, lead.id));

    // The path: she signs in with the address her coach has for her.
    const priya = await signInWithMagicLink(lead.email);
    expect(await callerFor(priya).practices.mine()).toEqual([expect.objectContaining({ slug, role: "CLIENT" })]);
    expect((await callerFor(priya).projects.get({ practiceSlug: slug, projectId: project.id })).viewer.isClient).toBe(
      true,
    );
    expect(await landingOf(priya)).toBe(`/p/${slug}`);
    // One account: the one the coach's activation made is the one she signed in to.
    expect(await prisma.client.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ userId: priya.id });
  });

  it("activation welcomes her with a link that signs her in once and lands in the practice", async () => {
    const { practice, slug, maya, lead } = await practiceWithLead();
    await callerFor(maya.user).clients.setStatus({ practiceSlug: slug, clientId: lead.id, status: "ACTIVE" });

    const membership = await prisma.membership.findFirstOrThrow({
      where: { practiceId: practice.id, user: { email: lead.email } },
    });
    expect(membership).toMatchObject({ role: "CLIENT", removedAt: null });
    const [welcome, ...more] = await emailsTo(lead.email, "client-welcome");
    expect(more).toEqual([]);
    const props = propsOf(welcome!);
    expect(props).toMatchObject({ clientName: "Priya Lead", addedBy: maya.profile.displayName });
    const link = new URL(props.signInUrl!);
    expect(link.pathname).toMatch(/^\/signin\/welcome\/[A-Za-z0-9_-]{20,}$/);
    expect(welcomeLanding(link.searchParams.get("next"), slug)).toBe(`/p/${slug}`);

    const accepted = await acceptInvitation(tokenOf(props.signInUrl!), new Date());
    const session = await resolveDatabaseSession(accepted.session!.sessionToken, new Date());
    expect(session?.user).toMatchObject({ id: membership.userId, email: lead.email });
    await expect(acceptInvitation(tokenOf(props.signInUrl!), new Date())).rejects.toThrow(/already been used/);
    expect(await landingOf({ id: membership.userId })).toBe(`/p/${slug}`);
  });

  it("assigning a lead a project lets her in too, and the project email's link opens the project", async () => {
    const { practice, slug, maya, lead } = await practiceWithLead();
    const project = await callerFor(maya.user).projects.assign(assignInput(slug, lead.id));

    expect(await prisma.client.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "ACTIVE" });
    const [assigned] = await emailsTo(lead.email, "project-assigned");
    const props = propsOf(assigned!);
    expect(props.projectUrl).toMatch(new RegExp(`/p/${slug}/projects/${project.id}$`));
    const next = new URL(props.signInUrl!).searchParams.get("next");
    expect(welcomeLanding(next, slug)).toBe(`/p/${slug}/projects/${project.id}`);
    const found = await describeInvitation(tokenOf(props.signInUrl!), new Date());
    expect(found).toMatchObject({ state: "pending", invitation: { role: "CLIENT", practice: { id: practice.id } } });
    // A project email replaces the welcome: one email, not two.
    expect(await emailsTo(lead.email, "client-welcome")).toEqual([]);
  });

  it("gives someone who has signed in before a plain link, and welcomes nobody twice", async () => {
    const { slug, maya, lead } = await practiceWithLead();
    await signInWithMagicLink(lead.email); // she signed in once to manage her booking
    const coach = callerFor(maya.user);
    await coach.clients.setStatus({ practiceSlug: slug, clientId: lead.id, status: "ACTIVE" });
    await coach.clients.setStatus({ practiceSlug: slug, clientId: lead.id, status: "COMPLETED" });
    await coach.clients.setStatus({ practiceSlug: slug, clientId: lead.id, status: "ACTIVE" });

    const welcomes = await emailsTo(lead.email, "client-welcome");
    expect(welcomes).toHaveLength(1);
    expect(propsOf(welcomes[0]!)).toMatchObject({ signInUrl: null, practiceUrl: expect.stringMatching(`/p/${slug}$`) });
    expect(await prisma.invitation.count({ where: { email: lead.email } })).toBe(0);
  });

  it("brings a removed client back, and refuses to make a member of staff a client", async () => {
    const { practice, slug, owner, maya } = await practiceWithLead();
    const former = await addMember(prisma, practice.id, "CLIENT");
    await prisma.membership.update({ where: { id: former.membership.id }, data: { removedAt: new Date() } });
    const returning = await prisma.client.create({
      data: { practiceId: practice.id, email: former.user.email, name: "Returning", coachProfileId: maya.profile.id },
    });
    await callerFor(maya.user).clients.setStatus({ practiceSlug: slug, clientId: returning.id, status: "ACTIVE" });
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: former.membership.id } })).toMatchObject({
      role: "CLIENT",
      removedAt: null,
    });

    const colleague = await createUser(prisma);
    await addMember(prisma, practice.id, "ADMIN", colleague);
    const staffLead = await prisma.client.create({
      data: { practiceId: practice.id, email: colleague.email, name: "A colleague", coachProfileId: maya.profile.id },
    });
    const refused = await expectTRPCError(
      callerFor(owner).clients.setStatus({ practiceSlug: slug, clientId: staffLead.id, status: "ACTIVE" }),
      "CONFLICT",
    );
    expect(refused.message).toBe(
      `${colleague.email} already works in this practice (admin), so they can't also be one of its clients.`,
    );
    // Refused as a whole: still a lead, still an admin.
    expect(await prisma.client.findUniqueOrThrow({ where: { id: staffLead.id } })).toMatchObject({ status: "LEAD" });
    expect(await prisma.membership.findFirstOrThrow({ where: { userId: colleague.id } })).toMatchObject({
      role: "ADMIN",
    });
  });
});
