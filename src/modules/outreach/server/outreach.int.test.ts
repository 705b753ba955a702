import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  addMember,
  createClient,
  createCoachProfile,
  createPractice,
  createProjectFixture,
} from "../../../../prisma/factories";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { AppError, zodFieldErrors } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";

// The client's workspace through the tRPC procedures, against a real database: contacts,
// outreach, interviews and Today, with the client in Los Angeles (UTC−8 in November).

const ZONE = "America/Los_Angeles";
const QUESTIONS = ["What is your day to day really like?", "What are the challenges?"];

/** The field messages a form receives (what the error formatter in trpc.ts puts in `data.fields`). */
function fieldsOf(error: { cause?: unknown }): Record<string, string> {
  if (error.cause instanceof AppError) return error.cause.fields ?? {};
  if (error.cause instanceof ZodError) return zodFieldErrors(error.cause);
  return {};
}

/** A practice whose client (in Los Angeles) has the fixture project; another client has a project of their own. */
async function workspace() {
  const { practice } = await createPractice(prisma);
  const coach = await addMember(prisma, practice.id, "COACH");
  const profile = await createCoachProfile(prisma, practice.id, {
    membershipId: coach.membership.id,
    displayName: "Maya",
  });
  const clientMember = await addMember(prisma, practice.id, "CLIENT");
  const client = await createClient(prisma, practice.id, {
    status: "ACTIVE",
    name: "Priya",
    coachProfileId: profile.id,
  });
  await prisma.client.update({ where: { id: client.id }, data: { userId: clientMember.user.id, timeZone: ZONE } });
  const ids = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: profile.id,
    clientId: client.id,
    authorUserId: coach.user.id,
  });
  await prisma.project.update({
    where: { id: ids.projectId },
    data: { questionBank: QUESTIONS, lastActivityAt: new Date("2026-11-01T00:00:00Z") },
  });
  const trackB = await prisma.projectTrack.findFirstOrThrow({ where: { projectId: ids.projectId, position: 1 } });

  const otherMember = await addMember(prisma, practice.id, "CLIENT");
  const otherClient = await createClient(prisma, practice.id, { status: "ACTIVE", coachProfileId: profile.id });
  await prisma.client.update({ where: { id: otherClient.id }, data: { userId: otherMember.user.id } });
  const other = await createProjectFixture(prisma, {
    practiceId: practice.id,
    coachProfileId: profile.id,
    clientId: otherClient.id,
    authorUserId: coach.user.id,
  });
  return {
    slug: practice.slug,
    client: clientMember.user,
    coach: coach.user,
    otherClient: otherMember.user,
    ids: { ...ids, trackBId: trackB.id },
    other,
  };
}

const at = (instant: string) => fixedClock(instant);

describe("working a project: contacts, outreach, interviews and Today", () => {
  it("walks one referred person from identified to thanked, with Today following along", async () => {
    const { slug, client, ids } = await workspace();
    // Mon 16 Nov 2026, 09:00 in Los Angeles.
    const monday = at("2026-11-16T17:00:00Z");
    const api = callerFor(client, monday);

    const { id: cleo } = await api.outreach.createContact({
      practiceSlug: slug,
      projectId: ids.projectId,
      trackId: ids.trackId,
      name: "  Cleo Park ",
      role: "Founder",
      organisation: "",
      howFound: "Ada suggested her",
      link: "https://example.com/cleo",
      referredById: ids.referrerContactId,
    });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: cleo } })).toMatchObject({
      name: "Cleo Park",
      organisation: null,
      status: "IDENTIFIED",
      referredById: ids.referrerContactId,
    });

    // 21:00 in Los Angeles is already Tuesday in UTC: dates stay on the client's calendar.
    const mondayEvening = at("2026-11-17T05:00:00Z");
    const message = "Hi Cleo,\nAda suggested I talk to you.\n— Priya";
    await callerFor(client, mondayEvening).outreach.logOutreach({
      practiceSlug: slug,
      contactId: cleo,
      kind: "INITIAL",
      subject: "A short conversation?",
      message,
    });
    const contacted = await prisma.contact.findUniqueOrThrow({ where: { id: cleo } });
    expect(contacted).toMatchObject({
      status: "CONTACTED",
      firstContactedAt: new Date("2026-11-17T05:00:00Z"),
      lastContactedAt: new Date("2026-11-17T05:00:00Z"),
      nextFollowUpOn: new Date("2026-11-21T00:00:00Z"), // Monday 16th + 5 days
      followUpCount: 0,
    });
    expect((await prisma.outreachEvent.findFirstOrThrow({ where: { contactId: cleo } })).message).toBe(message);
    expect((await prisma.project.findUniqueOrThrow({ where: { id: ids.projectId } })).lastActivityAt).toEqual(
      new Date("2026-11-17T05:00:00Z"),
    );

    const mondayView = await callerFor(client, mondayEvening).outreach.workspace({
      practiceSlug: slug,
      projectId: ids.projectId,
    });
    expect(mondayView.today).toMatchObject({ date: "2026-11-16", goal: { done: 1, target: 2 }, followUps: [] });
    expect(mondayView.canEdit).toBe(true);

    // Saturday the 21st: the follow-up is due.
    const saturday = at("2026-11-21T18:00:00Z");
    const saturdayView = await callerFor(client, saturday).outreach.workspace({
      practiceSlug: slug,
      projectId: ids.projectId,
    });
    expect(saturdayView.today.followUps).toEqual([
      expect.objectContaining({ contactId: cleo, daysSinceContact: 5, attempts: 0, suggestNoReply: false }),
    ]);
    const shown = saturdayView.tracks[0]!.contacts.find((c) => c.id === cleo)!;
    expect(shown).toMatchObject({ shownStatus: "FOLLOW_UP_DUE", nextFollowUpOn: "2026-11-21" });
    expect(shown.outreach.map((event) => event.message)).toEqual([message]);

    await callerFor(client, saturday).outreach.logOutreach({
      practiceSlug: slug,
      contactId: cleo,
      kind: "FOLLOW_UP",
      message: "Just following up.",
    });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: cleo } })).toMatchObject({
      followUpCount: 1,
      nextFollowUpOn: new Date("2026-11-26T00:00:00Z"),
    });

    // She answers; the client prepares the interview for Tuesday 24th, 10:00 Los Angeles time.
    const prepared = await callerFor(client, saturday).outreach.saveInterview({
      practiceSlug: slug,
      contactId: cleo,
      date: "2026-11-24",
      time: "10:00",
      questions: [QUESTIONS[1]!],
    });
    expect(prepared.happened).toBe(false);
    expect(await prisma.interview.findUniqueOrThrow({ where: { id: prepared.id } })).toMatchObject({
      occurredAt: new Date("2026-11-24T18:00:00Z"),
      chosenQuestions: [QUESTIONS[1]],
    });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: cleo } })).toMatchObject({
      status: "SCHEDULED",
      nextFollowUpOn: null,
    });

    // Tuesday afternoon she records it.
    const tuesday = at("2026-11-24T22:00:00Z");
    const recorded = await callerFor(client, tuesday).outreach.saveInterview({
      practiceSlug: slug,
      contactId: cleo,
      interviewId: prepared.id,
      date: "2026-11-24",
      time: "10:00",
      questions: QUESTIONS,
      notes: "Agencies live and die by referrals.",
    });
    expect(recorded).toMatchObject({ id: prepared.id, happened: true, status: "INTERVIEWED" });
    const afterInterview = await callerFor(client, tuesday).outreach.workspace({
      practiceSlug: slug,
      projectId: ids.projectId,
    });
    expect(afterInterview.today.thankYous).toEqual([
      expect.objectContaining({ contactId: cleo, dueBy: new Date("2026-11-25T18:00:00Z"), overdue: false }),
    ]);
    expect(afterInterview.today.referrerUpdates).toEqual([
      { contactId: cleo, contactName: "Cleo Park", referrerName: "Ada Referrer" },
    ]);
    expect(afterInterview.progress.tracks[0]).toMatchObject({ interviewed: 1, targetCount: 5 });
    const interview = afterInterview.tracks[0]!.contacts.find((c) => c.id === cleo)!.interviews[0]!;
    expect(interview).toMatchObject({
      local: { date: "2026-11-24", time: "10:00" },
      questions: QUESTIONS,
      reflection: null,
    });

    // The thank-you a day and a half later is overdue until logged; then the referrer is told.
    const thursday = at("2026-11-26T06:00:00Z");
    expect(
      (await callerFor(client, thursday).outreach.workspace({ practiceSlug: slug, projectId: ids.projectId })).today
        .thankYous[0]!.overdue,
    ).toBe(true);
    await callerFor(client, thursday).outreach.logOutreach({
      practiceSlug: slug,
      contactId: cleo,
      kind: "THANK_YOU",
      message: "Thank you, Cleo!",
    });
    await callerFor(client, thursday).outreach.logOutreach({
      practiceSlug: slug,
      contactId: cleo,
      kind: "REFERRER_UPDATE",
      message: "Ada, I talked to Cleo — thank you.",
    });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: cleo } })).toMatchObject({
      status: "THANKED",
      thankedAt: new Date("2026-11-26T06:00:00Z"),
      referrerToldAt: new Date("2026-11-26T06:00:00Z"),
    });
    const done = await callerFor(client, thursday).outreach.workspace({ practiceSlug: slug, projectId: ids.projectId });
    expect(done.today.thankYous.map((t) => t.contactId)).not.toContain(cleo);
    expect(done.today.referrerUpdates.map((r) => r.contactId)).not.toContain(cleo);
  });

  it("refuses moves off the pipeline, and follows the ones it allows", async () => {
    const { slug, client, ids } = await workspace();
    const api = callerFor(client, at("2026-11-23T18:00:00Z"));
    const { id } = await api.outreach.createContact({
      practiceSlug: slug,
      projectId: ids.projectId,
      trackId: ids.trackId,
      name: "Dee",
    });
    const refused = await expectTRPCError(
      api.outreach.moveContact({ practiceSlug: slug, contactId: id, status: "INTERVIEWED" }),
      "CONFLICT",
    );
    expect(refused.message).toBe("Record the interview to mark someone as interviewed.");
    await api.outreach.moveContact({ practiceSlug: slug, contactId: id, status: "CONTACTED" });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONTACTED",
      nextFollowUpOn: new Date("2026-11-28T00:00:00Z"),
    });
    await api.outreach.moveContact({ practiceSlug: slug, contactId: id, status: "NO_REPLY" });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "NO_REPLY",
      nextFollowUpOn: null,
    });
    const thanks = await expectTRPCError(
      api.outreach.logOutreach({ practiceSlug: slug, contactId: id, kind: "THANK_YOU", message: "Thanks" }),
      "CONFLICT",
    );
    expect(thanks.message).toBe("Record the interview before logging a thank-you.");
  });

  it("moves from the status the client sees: a follow-up that came due goes back to contacted", async () => {
    const { slug, client, ids } = await workspace();
    const api = (instant: string) => callerFor(client, at(instant)).outreach;
    const shownStatusOf = async (instant: string, contactId: string) => {
      const { tracks } = await api(instant).workspace({ practiceSlug: slug, projectId: ids.projectId });
      return tracks.flatMap((track) => track.contacts).find((contact) => contact.id === contactId)?.shownStatus;
    };
    // Mon 23 Nov, 10:00 in Los Angeles: reached out, so the follow-up falls on Sat 28 Nov.
    const monday = "2026-11-23T18:00:00Z";
    const { id } = await api(monday).createContact({
      practiceSlug: slug,
      projectId: ids.projectId,
      trackId: ids.trackId,
      name: "Dee",
    });
    await api(monday).moveContact({ practiceSlug: slug, contactId: id, status: "CONTACTED" });

    const saturday = "2026-11-28T18:00:00Z";
    expect(await shownStatusOf(saturday, id)).toBe("FOLLOW_UP_DUE");
    const again = await expectTRPCError(
      api(saturday).moveContact({ practiceSlug: slug, contactId: id, status: "FOLLOW_UP_DUE" }),
      "CONFLICT",
    );
    expect(again.message).toBe("A contact who is “Follow-up due” can't be moved to “Follow-up due”.");
    await api(saturday).moveContact({ practiceSlug: slug, contactId: id, status: "CONTACTED" });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONTACTED",
      nextFollowUpOn: new Date("2026-12-03T00:00:00Z"),
    });
    expect(await shownStatusOf(saturday, id)).toBe("CONTACTED");
  });

  it("refuses questions that are not in the project's bank, and a time the clocks skip", async () => {
    const { slug, client, ids } = await workspace();
    const api = callerFor(client, at("2026-11-23T18:00:00Z"));
    const question = await expectTRPCError(
      api.outreach.saveInterview({
        practiceSlug: slug,
        contactId: ids.contactId,
        date: "2026-11-25",
        time: "10:00",
        questions: ["Salary?"],
      }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(question)).toEqual({ questions: "Pick questions from the project's question bank." });
    const gap = await expectTRPCError(
      api.outreach.saveInterview({ practiceSlug: slug, contactId: ids.contactId, date: "2027-03-14", time: "02:30" }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(gap).time).toMatch(/doesn't exist on 2027-03-14 in America\/Los_Angeles/);
  });
});

describe("who may do what", () => {
  it("shows staff the workspace read-only, without reflections the client kept private", async () => {
    const { slug, coach, ids } = await workspace();
    await prisma.reflection.update({ where: { id: ids.reflectionId }, data: { isPrivate: true } });
    const view = await callerFor(coach).outreach.workspace({ practiceSlug: slug, projectId: ids.projectId });
    expect(view.canEdit).toBe(false);
    const ben = view.tracks[1]!.contacts.find((c) => c.id === ids.contactId)!;
    expect(ben.interviews[0]!.reflection).toBeNull();
    await expectTRPCError(
      callerFor(coach).outreach.createContact({
        practiceSlug: slug,
        projectId: ids.projectId,
        trackId: ids.trackId,
        name: "X",
      }),
      "FORBIDDEN",
    );
  });

  it("answers NOT_FOUND for another client's project and contacts", async () => {
    const { slug, client, other } = await workspace();
    const api = callerFor(client);
    await expectTRPCError(api.outreach.workspace({ practiceSlug: slug, projectId: other.projectId }), "NOT_FOUND");
    await expectTRPCError(api.outreach.deleteContact({ practiceSlug: slug, contactId: other.contactId }), "NOT_FOUND");
    await expectTRPCError(
      api.outreach.logOutreach({ practiceSlug: slug, contactId: other.contactId, kind: "INITIAL", message: "Hi" }),
      "NOT_FOUND",
    );
    expect(await prisma.contact.count({ where: { projectId: other.projectId } })).toBe(2);
  });

  it("keeps a closed project read-only, but still lets the client delete a person", async () => {
    const { slug, client, ids } = await workspace();
    await prisma.project.update({ where: { id: ids.projectId }, data: { status: "CLOSED" } });
    const api = callerFor(client);
    const closed = await expectTRPCError(
      api.outreach.createContact({ practiceSlug: slug, projectId: ids.projectId, trackId: ids.trackId, name: "Late" }),
      "CONFLICT",
    );
    expect(closed.message).toMatch(/This project is closed/);
    expect((await api.outreach.workspace({ practiceSlug: slug, projectId: ids.projectId })).canEdit).toBe(false);
    await api.outreach.deleteContact({ practiceSlug: slug, contactId: ids.contactId });
    expect(await prisma.contact.count({ where: { id: ids.contactId } })).toBe(0);
  });
});

describe("referrals", () => {
  it("link contacts of the same project only, and never in a loop", async () => {
    const { slug, client, ids, other } = await workspace();
    const api = callerFor(client);
    const base = { practiceSlug: slug, projectId: ids.projectId, trackId: ids.trackId, name: "Eli" };

    const foreign = await expectTRPCError(
      api.outreach.createContact({ ...base, referredById: other.referrerContactId }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(foreign)).toEqual({
      referredById: "Pick the person who referred them from this project's contacts.",
    });
    const track = await expectTRPCError(api.outreach.createContact({ ...base, trackId: other.trackId }), "BAD_REQUEST");
    expect(fieldsOf(track)).toEqual({ trackId: "Pick one of this project's tracks." });

    // Ada referred Ben; Ada cannot now be "referred by" Ben, nor by herself.
    const edit = { practiceSlug: slug, contactId: ids.referrerContactId, trackId: ids.trackId, name: "Ada Referrer" };
    const loop = await expectTRPCError(
      api.outreach.updateContact({ ...edit, referredById: ids.contactId }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(loop).referredById).toMatch(/referral loop/);
    const self = await expectTRPCError(
      api.outreach.updateContact({ ...edit, referredById: ids.referrerContactId }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(self).referredById).toBe("Someone can't refer themselves.");

    const { id } = await api.outreach.createContact({ ...base, referredById: ids.contactId });
    expect((await prisma.contact.findUniqueOrThrow({ where: { id } })).referredById).toBe(ids.contactId);
  });
});

describe("deleting a person", () => {
  it("removes their outreach, interviews, reflections and comments, unlinks referrals and redacts the audit trail", async () => {
    const { slug, client, ids } = await workspace();
    const api = callerFor(client);
    // Gus, referred by Ben. Inputs name the track before the contact, as a form may send them.
    const { id: gus } = await api.outreach.createContact({
      trackId: ids.trackId,
      practiceSlug: slug,
      projectId: ids.projectId,
      name: " Gus Tan ",
      referredById: ids.contactId,
    });
    await api.outreach.updateContact({
      trackId: ids.trackBId,
      practiceSlug: slug,
      contactId: gus,
      name: "Gus Tan",
      howFound: "Met at the meetup",
      referredById: ids.contactId,
    });
    await api.outreach.logOutreach({ practiceSlug: slug, contactId: gus, kind: "INITIAL", message: "Hi Gus" });

    // Deleting Ada (who referred Ben) leaves Ben, unlinked.
    await api.outreach.deleteContact({ practiceSlug: slug, contactId: ids.referrerContactId });
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: ids.contactId } })).referredById).toBeNull();

    await api.outreach.deleteContact({ practiceSlug: slug, contactId: ids.contactId });
    expect(await prisma.outreachEvent.count({ where: { id: ids.outreachEventId } })).toBe(0);
    expect(await prisma.interview.count({ where: { id: ids.interviewId } })).toBe(0);
    expect(await prisma.reflection.count({ where: { id: ids.reflectionId } })).toBe(0);
    expect(await prisma.reflectionComment.count({ where: { id: ids.commentId } })).toBe(0);
    expect((await prisma.contact.findUniqueOrThrow({ where: { id: gus } })).referredById).toBeNull();

    await api.outreach.deleteContact({ practiceSlug: slug, contactId: gus });
    expect(await prisma.contact.count({ where: { projectId: ids.projectId } })).toBe(0);
    expect(await prisma.outreachEvent.count({ where: { contactId: gus } })).toBe(0);
    const audit = await prisma.auditEvent.findMany({
      where: { practice: { slug }, action: { startsWith: "outreach." } },
      orderBy: { createdAt: "asc" },
    });
    // The audit trail says what was done to which row, and nothing the client wrote about the person.
    expect(JSON.stringify(audit.map((event) => event.data))).not.toMatch(/Gus|Hi Gus|meetup/);
    expect(audit.map((event) => event.action)).toContain("outreach.logOutreach");
  });
});

describe("validation", () => {
  it("refuses an empty name, a link that is not a web address and overlong texts, with messages", async () => {
    const { slug, client, ids } = await workspace();
    const api = callerFor(client);
    const base = { practiceSlug: slug, projectId: ids.projectId, trackId: ids.trackId, name: "Fay" };
    const refused = async (input: Record<string, unknown>) =>
      fieldsOf(await expectTRPCError(api.outreach.createContact({ ...base, ...input } as typeof base), "BAD_REQUEST"));

    expect(await refused({ name: "   " })).toEqual({ name: "Give the contact a name." });
    expect(await refused({ link: "javascript:alert(1)" })).toEqual({
      link: "Use a web link starting with http:// or https://.",
    });
    expect(await refused({ link: "linkedin.com/in/fay" })).toEqual({
      link: "Use a web link starting with http:// or https://.",
    });
    expect(await refused({ name: "x".repeat(2_001) })).toEqual({ name: "Keep the name under 200 characters." });
    expect(await refused({ howFound: "x".repeat(2_001) })).toEqual({
      howFound: "Keep how you found them under 1,000 characters.",
    });
    expect(await refused({ link: `https://example.com/${"x".repeat(2_001)}` })).toEqual({
      link: "Keep the link under 2,000 characters.",
    });
    const message = await expectTRPCError(
      api.outreach.logOutreach({
        practiceSlug: slug,
        contactId: ids.contactId,
        kind: "INITIAL",
        message: "x".repeat(10_001),
      }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(message)).toEqual({ message: "Keep the message under 10,000 characters." });
    const notes = await expectTRPCError(
      api.outreach.saveInterview({
        practiceSlug: slug,
        contactId: ids.contactId,
        date: "2026-11-05",
        time: "09:00",
        notes: "x".repeat(20_001),
      }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(notes)).toEqual({ notes: "Keep the notes under 20,000 characters." });
    expect(await prisma.contact.count({ where: { projectId: ids.projectId } })).toBe(2);
  });
});
