import { describe, expect, it } from "vitest";
import {
  addMember,
  createClient,
  createCoachProfile,
  createPractice,
  createProjectFixture,
} from "../../../../prisma/factories";
import { ZodError } from "zod";
import { prisma } from "~/server/db/client";
import { fixedClock } from "~/server/clock";
import { AppError, zodFieldErrors } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";

// Assignment and the project list through the tRPC procedures, against a real database.

/** The field messages a form receives (what the error formatter in trpc.ts puts in `data.fields`). */
function fieldsOf(error: { cause?: unknown }): Record<string, string> {
  if (error.cause instanceof AppError) return error.cause.fields ?? {};
  if (error.cause instanceof ZodError) return zodFieldErrors(error.cause);
  return {};
}

const NOW = "2026-11-23T12:00:00Z";
const clock = fixedClock(NOW);

const TEMPLATE = {
  name: "Ten conversations, two fields",
  description: "Two tracks of five.",
  tracks: [
    { name: "Agency owners", targetCount: 5 },
    { name: "Employee engagement", targetCount: 5 },
  ],
  questionBank: ["What is your day to day really like?", "What are the challenges?"],
  outreachGoalCount: 2,
  outreachGoalPeriod: "DAY" as const,
};

/** A practice with two coaches; `lead` is Maya's lead (a signed-up client), `other` a client of Sam. */
async function practiceWithClients() {
  const { practice, owner } = await createPractice(prisma);
  const maya = await addMember(prisma, practice.id, "COACH");
  const sam = await addMember(prisma, practice.id, "COACH");
  const mayaProfile = await createCoachProfile(prisma, practice.id, {
    membershipId: maya.membership.id,
    displayName: "Maya Chen",
  });
  const samProfile = await createCoachProfile(prisma, practice.id, {
    membershipId: sam.membership.id,
    displayName: "Sam Rivera",
  });
  const clientMember = await addMember(prisma, practice.id, "CLIENT");
  const lead = await prisma.client.create({
    data: {
      practiceId: practice.id,
      email: clientMember.user.email,
      name: "Priya Nair",
      timeZone: "Asia/Kolkata",
      userId: clientMember.user.id,
      coachProfileId: mayaProfile.id,
    },
  });
  const otherMember = await addMember(prisma, practice.id, "CLIENT");
  const other = await prisma.client.create({
    data: {
      practiceId: practice.id,
      email: otherMember.user.email,
      name: "Jordan Lee",
      userId: otherMember.user.id,
      coachProfileId: samProfile.id,
      status: "ACTIVE",
    },
  });
  const slug = practice.slug;
  return {
    practice,
    slug,
    owner,
    maya: maya.user,
    sam: sam.user,
    samProfile,
    mayaProfile,
    lead,
    leadUser: clientMember.user,
    other,
    otherUser: otherMember.user,
  };
}

const assignInput = (clientId: string, overrides: Record<string, unknown> = {}) => ({
  clientId,
  title: "Agency or engagement?",
  northStar: "Something with people, maybe?",
  dueDate: "2027-01-31",
  tracks: TEMPLATE.tracks,
  questionBank: TEMPLATE.questionBank,
  outreachGoalCount: 2,
  outreachGoalPeriod: "DAY" as const,
  ...overrides,
});

describe("assigning a project", () => {
  it("from a template: creates the project and its tracks, asks for a check-in, activates the client and emails them", async () => {
    const p = await practiceWithClients();
    const coach = callerFor(p.maya, clock);
    const template = await coach.projects.createTemplate({ practiceSlug: p.slug, ...TEMPLATE });
    const [fromList] = await coach.projects.templates({ practiceSlug: p.slug });
    expect(fromList).toMatchObject({ name: TEMPLATE.name, tracks: TEMPLATE.tracks, outreachGoalCount: 2 });

    const { id } = await coach.projects.assign({
      practiceSlug: p.slug,
      ...assignInput(p.lead.id, { templateId: template.id, questionBank: [...TEMPLATE.questionBank, "Who else?"] }),
    });

    const project = await prisma.project.findUniqueOrThrow({
      where: { id },
      include: { tracks: { orderBy: { position: "asc" } }, checkIns: true },
    });
    expect(project).toMatchObject({
      practiceId: p.practice.id,
      clientId: p.lead.id,
      coachProfileId: p.mayaProfile.id,
      templateId: template.id,
      title: "Agency or engagement?",
      northStar: "Something with people, maybe?",
      dueDate: new Date("2027-01-31T00:00:00Z"),
      questionBank: [...TEMPLATE.questionBank, "Who else?"],
      outreachGoalCount: 2,
      outreachGoalPeriod: "DAY",
      status: "ACTIVE",
    });
    expect(project.tracks.map((t) => [t.name, t.targetCount, t.position, t.practiceId])).toEqual([
      ["Agency owners", 5, 0, p.practice.id],
      ["Employee engagement", 5, 1, p.practice.id],
    ]);
    expect(project.checkIns).toEqual([
      expect.objectContaining({ requestedById: p.maya.id, requestedAt: new Date(NOW), completedAt: null }),
    ]);
    expect(await prisma.client.findUniqueOrThrow({ where: { id: p.lead.id } })).toMatchObject({ status: "ACTIVE" });

    const emails = await prisma.emailMessage.findMany({ where: { dedupeKey: `project-assigned:${id}` } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "project-assigned", to: p.lead.email, practiceId: p.practice.id });
    expect((emails[0]!.data as { props: Record<string, unknown> }).props).toMatchObject({
      clientName: "Priya Nair",
      coachName: "Maya Chen",
      projectTitle: "Agency or engagement?",
      dueDate: "Sun, 31 Jan 2027",
      tracks: TEMPLATE.tracks,
      outreachGoal: "2 people a day",
      projectUrl: expect.stringMatching(new RegExp(`/p/${p.slug}/projects/${id}$`)),
    });

    // Editing the template afterwards leaves the project's copy alone.
    await coach.projects.updateTemplate({
      practiceSlug: p.slug,
      templateId: template.id,
      ...TEMPLATE,
      tracks: [{ name: "Something else", targetCount: 9 }],
    });
    const header = await callerFor(p.leadUser, clock).projects.get({ practiceSlug: p.slug, projectId: id });
    expect(header.tracks.map((t) => t.name)).toEqual(["Agency owners", "Employee engagement"]);
  });

  it("by an admin, to a client without a coach: the admin becomes the coach, with a profile that takes no bookings", async () => {
    const p = await practiceWithClients();
    const orphan = await createClient(prisma, p.practice.id, { name: "Alex Morgan" });
    const { id } = await callerFor(p.owner, clock).projects.assign({
      practiceSlug: p.slug,
      ...assignInput(orphan.id, { dueDate: null, northStar: "" }),
    });
    const project = await prisma.project.findUniqueOrThrow({ where: { id }, include: { coach: true } });
    expect(project).toMatchObject({ northStar: null, dueDate: null });
    expect(project.coach).toMatchObject({ bookingEnabled: false });
    expect(await prisma.client.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({
      status: "ACTIVE",
      coachProfileId: project.coachProfileId,
    });
    // An admin assigning to a coached client keeps that client's coach.
    const second = await callerFor(p.owner, clock).projects.assign({
      practiceSlug: p.slug,
      ...assignInput(p.other.id),
    });
    expect(await prisma.project.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      coachProfileId: p.samProfile.id,
    });
    // The client's reply reaches the coach who will guide the project, not the admin who set it up.
    const letter = await prisma.emailMessage.findFirstOrThrow({
      where: { dedupeKey: `project-assigned:${second.id}` },
    });
    expect(letter.data).toMatchObject({
      replyTo: p.sam.email,
      fromName: `${p.samProfile.displayName} via ${p.practice.name}`,
    });
  });

  it("refuses empty titles, targets of 0 and 101, no tracks and past due dates with clear messages", async () => {
    const p = await practiceWithClients();
    const coach = callerFor(p.maya, clock);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: "  " }, "title", "Give the project a title."],
      [
        { tracks: [{ name: "Design", targetCount: 0 }] },
        "tracks.0.targetCount",
        "A track needs a target between 1 and 100.",
      ],
      [
        { tracks: [{ name: "Design", targetCount: 101 }] },
        "tracks.0.targetCount",
        "A track needs a target between 1 and 100.",
      ],
      [{ tracks: [] }, "tracks", "Add at least one track: a field the client will explore."],
      [
        { tracks: [{ name: "", targetCount: 3 }] },
        "tracks.0.name",
        "Give the track a name, like “Marketing agency owners”.",
      ],
      [{ clientId: "" }, "clientId", "Choose the client."],
      [{ outreachGoalCount: 0 }, "outreachGoalCount", "Set an outreach goal between 1 and 50 people."],
      // Noon UTC on 23 Nov is already the 23rd in Kolkata: the 22nd has passed.
      [{ dueDate: "2026-11-22" }, "dueDate", "The due date can't be in the past. Pick today or a later date."],
      [{ title: "x".repeat(151) }, "title", "Keep the title under 150 characters."],
    ];
    for (const [overrides, field, message] of cases) {
      const error = await expectTRPCError(
        coach.projects.assign({ practiceSlug: p.slug, ...assignInput(p.lead.id, overrides) } as never),
        "BAD_REQUEST",
      );
      expect(fieldsOf(error)).toEqual({ [field]: message });
    }
    // Today, in the client's zone, is allowed.
    await coach.projects.assign({ practiceSlug: p.slug, ...assignInput(p.lead.id, { dueDate: "2026-11-23" }) });
    expect(await prisma.project.count({ where: { clientId: p.lead.id } })).toBe(1);
  });

  it("is refused on a lapsed plan, with the way out, and changes nothing", async () => {
    const p = await practiceWithClients();
    await prisma.practiceSubscription.create({
      data: { practiceId: p.practice.id, stripeCustomerId: `cus_${p.practice.id}`, status: "canceled" },
    });
    const coachError = await expectTRPCError(
      callerFor(p.maya, clock).projects.assign({ practiceSlug: p.slug, ...assignInput(p.lead.id) }),
      "PAYMENT_REQUIRED",
    );
    expect(coachError.message).toBe(
      "This practice is read-only because its subscription was canceled. Nothing has been deleted. Ask an owner or admin of the practice to upgrade the plan.",
    );
    const ownerError = await expectTRPCError(
      callerFor(p.owner, clock).projects.assign({ practiceSlug: p.slug, ...assignInput(p.other.id) }),
      "PAYMENT_REQUIRED",
    );
    expect(ownerError.message).toContain("You can restore it on the Billing page");
    expect(await prisma.project.count({ where: { practiceId: p.practice.id } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { practiceId: p.practice.id } })).toBe(0);
    expect(await prisma.client.findUniqueOrThrow({ where: { id: p.lead.id } })).toMatchObject({ status: "LEAD" });
  });

  it("answers NOT_FOUND to a coach for another coach's client, and refuses clients", async () => {
    const p = await practiceWithClients();
    await expectTRPCError(
      callerFor(p.sam, clock).projects.assign({ practiceSlug: p.slug, ...assignInput(p.lead.id) }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      callerFor(p.leadUser, clock).projects.assign({ practiceSlug: p.slug, ...assignInput(p.lead.id) }),
      "FORBIDDEN",
    );
    const pickable = await callerFor(p.sam, clock).projects.assignableClients({ practiceSlug: p.slug });
    expect(pickable.map((c) => c.name)).toEqual(["Jordan Lee"]);
    expect(await prisma.project.count({ where: { practiceId: p.practice.id } })).toBe(0);
  });
});

describe("the project list and header", () => {
  it("shows a client only their own projects, with interviews counted per track", async () => {
    const p = await practiceWithClients();
    const mine = await createProjectFixture(prisma, {
      practiceId: p.practice.id,
      coachProfileId: p.mayaProfile.id,
      clientId: p.lead.id,
      authorUserId: p.maya.id,
    });
    const theirs = await callerFor(p.sam, clock).projects.assign({ practiceSlug: p.slug, ...assignInput(p.other.id) });

    const list = await callerFor(p.leadUser, clock).projects.list({ practiceSlug: p.slug, status: "ALL" });
    expect(list.map((project) => project.id)).toEqual([mine.projectId]);
    // The fixture's one interview is with a contact on the second track.
    expect(list[0]!.tracks.map((t) => [t.name, t.interviewed, t.targetCount, t.contacts])).toEqual([
      ["Agency owners", 0, 5, 1],
      ["Employee engagement", 1, 5, 1],
    ]);
    expect(list[0]).toMatchObject({
      progress: { interviewed: 1, target: 10, complete: false },
      viewer: { isClient: true, canManage: false },
      coach: { displayName: "Maya Chen" },
    });

    await expectTRPCError(
      callerFor(p.leadUser, clock).projects.get({ practiceSlug: p.slug, projectId: theirs.id }),
      "NOT_FOUND",
    );
    const header = await callerFor(p.otherUser, clock).projects.get({ practiceSlug: p.slug, projectId: theirs.id });
    expect(header).toMatchObject({
      title: "Agency or engagement?",
      dueDate: "2027-01-31",
      client: { name: "Jordan Lee" },
    });

    // Staff: a coach sees their clients' projects, an admin all; closed ones only when asked.
    const sams = await callerFor(p.sam, clock).projects.list({ practiceSlug: p.slug, status: "ACTIVE" });
    expect(sams.map((project) => project.id)).toEqual([theirs.id]);
    await prisma.project.update({ where: { id: mine.projectId }, data: { status: "CLOSED" } });
    const owner = callerFor(p.owner, clock);
    expect((await owner.projects.list({ practiceSlug: p.slug, status: "ACTIVE" })).map((x) => x.id)).toEqual([
      theirs.id,
    ]);
    expect((await owner.projects.list({ practiceSlug: p.slug, status: "CLOSED" })).map((x) => x.id)).toEqual([
      mine.projectId,
    ]);
  });
});

describe("project settings", () => {
  it("renames, retargets, adds and removes empty tracks, and refuses to remove one with contacts", async () => {
    const p = await practiceWithClients();
    const ids = await createProjectFixture(prisma, {
      practiceId: p.practice.id,
      coachProfileId: p.mayaProfile.id,
      clientId: p.lead.id,
      authorUserId: p.maya.id,
    });
    const coach = callerFor(p.maya, clock);
    const before = await coach.projects.get({ practiceSlug: p.slug, projectId: ids.projectId });
    const [agency, engagement] = before.tracks;
    const settings = {
      practiceSlug: p.slug,
      projectId: ids.projectId,
      title: "Agency, engagement or design?",
      northStar: "Pick a direction by March",
      dueDate: "2027-03-01",
      questionBank: ["What is your day to day really like?"],
      outreachGoalCount: 5,
      outreachGoalPeriod: "WEEK" as const,
      followUpAfterDays: 4,
      maxFollowUps: 1,
    };

    const refused = await expectTRPCError(
      coach.projects.update({ ...settings, tracks: [{ id: agency!.id, name: "Agency owners", targetCount: 5 }] }),
      "CONFLICT",
    );
    expect(refused.message).toMatch(/^“Employee engagement” can't be removed: it has 1 contact/);

    // Swap the order, retarget, add a third track.
    const saved = await coach.projects.update({
      ...settings,
      tracks: [
        { id: engagement!.id, name: "People & engagement", targetCount: 4 },
        { id: agency!.id, name: "Agency owners", targetCount: 6 },
        { name: "Product design", targetCount: 3 },
      ],
    });
    expect(saved.tracks.map((t) => [t.name, t.targetCount, t.interviewed])).toEqual([
      ["People & engagement", 4, 1],
      ["Agency owners", 6, 0],
      ["Product design", 3, 0],
    ]);
    expect(saved).toMatchObject({
      title: "Agency, engagement or design?",
      dueDate: "2027-03-01",
      outreachGoal: { count: 5, period: "WEEK", label: "5 people a week" },
      followUpAfterDays: 4,
      maxFollowUps: 1,
    });

    // The empty new track can go again.
    const trimmed = await coach.projects.update({
      ...settings,
      tracks: saved.tracks.slice(0, 2).map(({ id, name, targetCount }) => ({ id, name, targetCount })),
    });
    expect(trimmed.tracks).toHaveLength(2);

    const badRule = await expectTRPCError(
      coach.projects.update({ ...settings, tracks: [], followUpAfterDays: 31 } as never),
      "BAD_REQUEST",
    );
    expect(fieldsOf(badRule)).toEqual({
      tracks: "Add at least one track: a field the client will explore.",
      followUpAfterDays: "Follow up after 1 to 30 days.",
    });
    await expectTRPCError(
      callerFor(p.sam, clock).projects.update({ ...settings, tracks: [{ name: "X", targetCount: 1 }] }),
      "NOT_FOUND",
    );
  });
});

describe("outreach templates", () => {
  it("refuses a placeholder that cannot be filled in, and every member can read them", async () => {
    const p = await practiceWithClients();
    const error = await expectTRPCError(
      callerFor(p.maya, clock).projects.createOutreachTemplate({
        practiceSlug: p.slug,
        name: "First note",
        kind: "INITIAL",
        subject: "Hello",
        body: "Hi {{nickname}}",
      }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(error).body).toMatch(/^\{\{nickname\}\} isn't a placeholder/);
    await callerFor(p.maya, clock).projects.createOutreachTemplate({
      practiceSlug: p.slug,
      name: "First note",
      kind: "INITIAL",
      subject: "A short conversation, {{name}}?",
      body: "Hi {{name}}, {{referrer}} suggested I talk to you. — {{client}}",
    });
    const read = await callerFor(p.leadUser, clock).projects.outreachTemplates({ practiceSlug: p.slug });
    expect(read).toEqual([expect.objectContaining({ name: "First note", kind: "INITIAL" })]);
  });
});

describe("project templates", () => {
  it("validates like the assignment form, and deleting one leaves the projects made from it", async () => {
    const p = await practiceWithClients();
    const coach = callerFor(p.maya, clock);
    const refused = await expectTRPCError(
      coach.projects.createTemplate({
        practiceSlug: p.slug,
        ...TEMPLATE,
        name: "",
        tracks: [
          { name: "Design", targetCount: 3 },
          { name: "design", targetCount: 101 },
        ],
      }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(refused)).toEqual({
      name: "Give the template a name.",
      "tracks.1.targetCount": "A track needs a target between 1 and 100.",
      "tracks.1.name": "Two tracks have the same name. Give each field its own name.",
    });

    const template = await coach.projects.createTemplate({ practiceSlug: p.slug, ...TEMPLATE });
    const { id } = await coach.projects.assign({
      practiceSlug: p.slug,
      ...assignInput(p.lead.id, { templateId: template.id }),
    });
    await coach.projects.deleteTemplate({ practiceSlug: p.slug, templateId: template.id });
    expect(await coach.projects.templates({ practiceSlug: p.slug })).toEqual([]);
    expect(await prisma.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ templateId: null });
    await expectTRPCError(
      coach.projects.deleteTemplate({ practiceSlug: p.slug, templateId: template.id }),
      "NOT_FOUND",
    );
  });
});
