import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import {
  addMember,
  createBookableCoach,
  createClient,
  createPractice,
  createProjectFixture,
} from "../../../../prisma/factories";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { callerFor, expectTRPCError } from "~/test/callers";
import { projectCsv } from "../domain/project-export";

const interviewAt = new Date("2026-11-23T09:00:00Z");
const at = (minutes: number) => fixedClock(new Date(interviewAt.getTime() + minutes * 60_000));

/** A coach, their client (a signed-in member) with a project, and a fresh interview awaiting its reflection. */
async function setup() {
  const { practice, owner } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id);
  const clientMember = await addMember(prisma, practice.id, "CLIENT");
  const client = await createClient(prisma, practice.id, { status: "ACTIVE", coachProfileId: coach.profile.id });
  await prisma.client.update({ where: { id: client.id }, data: { userId: clientMember.user.id } });
  const ids = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: coach.profile.id,
    clientId: client.id,
    authorUserId: coach.user.id,
  });
  const contact = await prisma.contact.create({
    data: { practiceId: practice.id, projectId: ids.projectId, trackId: ids.trackId, name: "Cleo Owner" },
  });
  const interview = await prisma.interview.create({
    data: {
      practiceId: practice.id,
      projectId: ids.projectId,
      contactId: contact.id,
      occurredAt: interviewAt,
      chosenQuestions: ["What are the challenges?"],
      notes: "Met at her studio",
    },
  });
  const slug = { practiceSlug: practice.slug };
  return {
    practice,
    owner,
    coach,
    client,
    clientUser: clientMember.user,
    ids,
    interviewId: interview.id,
    contactId: contact.id,
    slug,
    asClient: (minutes = 35) => callerFor(clientMember.user, at(minutes)),
    asCoach: (minutes = 60) => callerFor(coach.user, at(minutes)),
  };
}

const answers = {
  learned: "  Clients first.\n\n<script>alert('x')</script>  ",
  feelingBody: "Shoulders down",
  resonance: 4,
  nextStep: '=HYPERLINK("http://evil")',
};

describe("reflections", () => {
  it("autosaves drafts exactly as typed, and a reload returns the same text", async () => {
    const { asClient, slug, interviewId } = await setup();
    const first = await asClient(35).reflections.saveDraft({ ...slug, interviewId, answers: { learned: "Cli" } });
    expect(first.status).toBe("DRAFT");
    await asClient(40).reflections.saveDraft({ ...slug, interviewId, answers });

    const page = await asClient(50).reflections.page({ ...slug, interviewId });
    expect(page.viewer).toBe("client");
    expect(page.canEdit).toBe(true);
    expect(page.reflection).toMatchObject({ ...answers, feelingThoughts: "", status: "DRAFT" });
    // The first save started the clock; later saves do not move it.
    expect(page.reflection?.startedAt).toEqual(new Date(interviewAt.getTime() + 35 * 60_000));
    expect(page.writtenAfter).toBe("written 35 minutes after the conversation");
    expect(page.interview).toMatchObject({ chosenQuestions: ["What are the challenges?"], notes: "Met at her studio" });
  });

  it("refuses a 100 KB reflection with BAD_REQUEST and a sentence, and saves nothing", async () => {
    const { asClient, slug, interviewId } = await setup();
    const error = await expectTRPCError(
      asClient().reflections.saveDraft({ ...slug, interviewId, answers: { learned: "x".repeat(100_000) } }),
      "BAD_REQUEST",
    );
    expect((error.cause as ZodError).issues.map((issue) => issue.message)).toEqual([
      "Keep what you learned under 10,000 characters — that is about four pages.",
    ]);
    expect(await prisma.reflection.count({ where: { interviewId } })).toBe(0);
    await expectTRPCError(
      asClient().reflections.saveDraft({ ...slug, interviewId, answers: { resonance: 6 } }),
      "BAD_REQUEST",
    );
  });

  it("shares with the coach: in their queue oldest first, emailed, activity recorded, then frozen", async () => {
    const { asClient, asCoach, slug, interviewId, ids, coach, practice } = await setup();
    await asClient().reflections.finish({ ...slug, interviewId, answers, visibility: "SHARED" });

    const queue = await asCoach().reflections.reviewQueue({ ...slug });
    expect(queue.total).toBe(2);
    // The fixture's reflection was shared on 5 November, so it waits longest and comes first.
    expect(queue.items.map((item) => item.id)).toEqual([ids.reflectionId, expect.any(String)]);
    expect(queue.items[1]).toMatchObject({
      interviewId,
      contactName: "Cleo Owner",
      trackName: "Agency owners",
      resonance: 4,
      waiting: "waiting 25 minutes",
    });
    const firstPage = await asCoach().reflections.reviewQueue({ ...slug, limit: 1 });
    expect(firstPage.items).toHaveLength(1);
    const secondPage = await asCoach().reflections.reviewQueue({ ...slug, limit: 1, cursor: firstPage.nextCursor });
    expect(secondPage).toMatchObject({ items: [{ interviewId }], nextCursor: null });

    const reflection = await prisma.reflection.findUniqueOrThrow({ where: { interviewId } });
    const email = await prisma.emailMessage.findFirstOrThrow({
      where: { template: "reflection-submitted", practiceId: practice.id },
    });
    expect(email).toMatchObject({ to: coach.user.email, dedupeKey: `reflection-submitted:${reflection.id}` });
    expect((email.data as { props: Record<string, unknown> }).props).toMatchObject({
      contactName: "Cleo Owner",
      trackName: "Agency owners",
      resonance: 4,
      reviewUrl: expect.stringContaining(`/interviews/${interviewId}/reflection`),
    });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: ids.projectId } })).lastActivityAt).toEqual(
      new Date(interviewAt.getTime() + 35 * 60_000),
    );

    const coachView = await asCoach().reflections.page({ ...slug, interviewId });
    expect(coachView).toMatchObject({ viewer: "staff", canEdit: false, reflection: { learned: answers.learned } });
    await expectTRPCError(
      asClient().reflections.saveDraft({ ...slug, interviewId, answers: { learned: "changed" } }),
      "CONFLICT",
    );
  });

  it("keeps a private reflection from staff entirely, and out of their export", async () => {
    const { asClient, asCoach, owner, slug, interviewId, ids, practice } = await setup();
    const finished = await asClient().reflections.finish({ ...slug, interviewId, answers, visibility: "PRIVATE" });
    expect(finished).toMatchObject({ status: "SUBMITTED", isPrivate: true });

    for (const staff of [asCoach(), callerFor(owner)]) {
      await expectTRPCError(staff.reflections.page({ ...slug, interviewId }), "NOT_FOUND");
      await expectTRPCError(staff.reflections.comment({ ...slug, reflectionId: finished.id, body: "?" }), "NOT_FOUND");
      await expectTRPCError(staff.reflections.markReviewed({ ...slug, reflectionId: finished.id }), "NOT_FOUND");
      expect((await staff.reflections.reviewQueue({ ...slug })).items.map((item) => item.id)).toEqual([
        ids.reflectionId,
      ]);
      const staffExport = await staff.reflections.exportProject({ ...slug, projectId: ids.projectId });
      expect(staffExport.reflections.map((r) => r.contactName)).toEqual(["Ben Referred"]);
    }
    expect(
      await prisma.emailMessage.count({ where: { template: "reflection-submitted", practiceId: practice.id } }),
    ).toBe(0);

    const own = await asClient().reflections.exportProject({ ...slug, projectId: ids.projectId, timeZone: "UTC" });
    expect(own.reflections.map((r) => r.contactName)).toEqual(["Ben Referred", "Cleo Owner"]);
    // Formula-looking text is neutralised and quoted in the CSV the client downloads.
    const row = projectCsv(own).split("\r\n")[2]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`Private`);
    expect(row.startsWith("Agency owners,Cleo Owner,,,")).toBe(true);

    // A private reflection can still be shared later.
    await asClient().reflections.finish({ ...slug, interviewId, answers, visibility: "SHARED" });
    expect((await asCoach().reflections.page({ ...slug, interviewId })).reflection?.isPrivate).toBe(false);
  });

  it("threads comments, emails the other side, and leaves the queue once reviewed", async () => {
    const { asClient, asCoach, slug, interviewId, client, coach, practice } = await setup();
    const shared = await asClient().reflections.finish({ ...slug, interviewId, answers, visibility: "SHARED" });

    const question = await asCoach().reflections.comment({
      ...slug,
      reflectionId: shared.id,
      body: "What made your shoulders drop?",
    });
    const reply = await asClient(70).reflections.comment({
      ...slug,
      reflectionId: shared.id,
      parentId: question.id,
      body: "Her calm about money.",
    });
    const emails = await prisma.emailMessage.findMany({
      where: { template: "reflection-comment", practiceId: practice.id },
      orderBy: { createdAt: "asc" },
    });
    expect(emails.map((email) => [email.to, email.dedupeKey])).toEqual([
      [client.email, `reflection-comment:${question.id}:${client.email}`],
      [coach.user.email, `reflection-comment:${reply.id}:${coach.user.email}`],
    ]);

    const clientView = await asClient(80).reflections.page({ ...slug, interviewId });
    expect(clientView.comments).toMatchObject([
      { id: question.id, parentId: null, body: "What made your shoulders drop?", authorRole: "Coach", mine: false },
      { id: reply.id, parentId: question.id, authorRole: "Client", mine: true },
    ]);

    // A reply must answer a comment on the same reflection.
    const other = await asCoach().reflections.page({ ...slug, interviewId });
    expect(other.comments).toHaveLength(2);
    await expectTRPCError(
      asCoach().reflections.comment({ ...slug, reflectionId: shared.id, parentId: "nope", body: "x" }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      asCoach().reflections.comment({ ...slug, reflectionId: shared.id, body: "   " }),
      "BAD_REQUEST",
    );

    await asCoach().reflections.markReviewed({ ...slug, reflectionId: shared.id });
    const queue = await asCoach().reflections.reviewQueue({ ...slug });
    expect(queue.items.map((item) => item.id)).not.toContain(shared.id);
    expect(await prisma.reflection.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({
      status: "REVIEWED",
      reviewedById: coach.user.id,
    });
  });

  it("answers NOT_FOUND for another client's reflection and a coach who is not theirs", async () => {
    const { practice, asClient, slug, interviewId, ids } = await setup();
    await asClient().reflections.finish({ ...slug, interviewId, answers, visibility: "SHARED" });
    const otherClient = await addMember(prisma, practice.id, "CLIENT");
    const otherCoach = await createBookableCoach(prisma, practice.id);
    for (const stranger of [callerFor(otherClient.user), callerFor(otherCoach.user)]) {
      await expectTRPCError(stranger.reflections.page({ ...slug, interviewId }), "NOT_FOUND");
      await expectTRPCError(
        stranger.reflections.comment({ ...slug, reflectionId: ids.reflectionId, body: "hi" }),
        "NOT_FOUND",
      );
      await expectTRPCError(stranger.reflections.synthesis({ ...slug, projectId: ids.projectId }), "NOT_FOUND");
    }
    await expectTRPCError(
      callerFor(otherClient.user).reflections.saveDraft({ ...slug, interviewId, answers: { learned: "mine" } }),
      "NOT_FOUND",
    );
    expect((await callerFor(otherCoach.user).reflections.reviewQueue({ ...slug })).total).toBe(0);
  });

  it("turns a recommended person into a contact referred by the interviewee", async () => {
    const { asClient, slug, interviewId, contactId, ids } = await setup();
    const added = await asClient().reflections.addReferredContact({
      ...slug,
      interviewId,
      name: "Dev Studio",
      organisation: "Studio Nine",
    });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      referredById: contactId,
      trackId: ids.trackId,
      organisation: "Studio Nine",
      role: null,
      howFound: "Recommended by Cleo Owner",
    });
    await expectTRPCError(
      asClient().reflections.addReferredContact({ ...slug, interviewId, name: " " }),
      "BAD_REQUEST",
    );
    const page = await asClient().reflections.page({ ...slug, interviewId });
    expect(page.contact.referrals.map((contact) => contact.name)).toEqual(["Dev Studio"]);
  });

  it("lays the tracks side by side, saves the synthesis, and lets the coach close and reopen", async () => {
    const { asClient, asCoach, slug, interviewId, ids } = await setup();
    await asClient().reflections.finish({ ...slug, interviewId, answers, visibility: "SHARED" });
    const view = await asClient().reflections.synthesis({ ...slug, projectId: ids.projectId });
    expect(view.tracks.map((t) => [t.name, t.interviews, t.targetCount, t.averageResonance])).toEqual([
      ["Agency owners", 1, 5, 4],
      ["Employee engagement", 1, 5, 4],
    ]);
    expect(view.targetsMet).toBe(false);
    expect(view.referralChains).toEqual([
      [
        expect.objectContaining({ name: "Ada Referrer", depth: 0, trackName: "Agency owners" }),
        expect.objectContaining({ name: "Ben Referred", depth: 1, trackName: "Employee engagement" }),
      ],
    ]);

    await asClient().reflections.saveSynthesis({
      ...slug,
      projectId: ids.projectId,
      synthesis: "Agencies light me up.",
      decision: "Agencies",
    });
    await expectTRPCError(
      asClient().reflections.saveSynthesis({
        ...slug,
        projectId: ids.projectId,
        synthesis: "x".repeat(10_001),
        decision: "",
      }),
      "BAD_REQUEST",
    );
    await expectTRPCError(asClient().reflections.closeProject({ ...slug, projectId: ids.projectId }), "FORBIDDEN");
    await asCoach().reflections.closeProject({ ...slug, projectId: ids.projectId });
    const closed = await asCoach().reflections.synthesis({ ...slug, projectId: ids.projectId });
    expect(closed.project).toMatchObject({
      status: "CLOSED",
      synthesis: "Agencies light me up.",
      decision: "Agencies",
    });
    await expectTRPCError(
      asClient().reflections.saveSynthesis({ ...slug, projectId: ids.projectId, synthesis: "late", decision: "" }),
      "CONFLICT",
    );
    await asCoach().reflections.reopenProject({ ...slug, projectId: ids.projectId });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: ids.projectId } })).closedAt).toBeNull();
  });
});
