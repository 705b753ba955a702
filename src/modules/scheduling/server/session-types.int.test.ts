import { describe, expect, it } from "vitest";
import {
  addMember,
  createBookableCoach,
  createBookingRow,
  createPractice,
  createSessionType,
} from "../../../../prisma/factories";
import { prisma } from "~/server/db/client";
import { AppError } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";

type Fields = Record<string, unknown>;

const debrief = (patch: Fields = {}) => ({
  name: "Interview debrief",
  description: "Right after an informational interview.",
  kind: "COACHING" as const,
  visibility: "LINK" as const,
  durationMinutes: 30,
  slotIntervalMinutes: 15,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 120,
  horizonDays: 30,
  maxSessionsPerDay: null,
  location: { kind: "PHONE_BOOKER" as const, detail: null },
  intakeQuestions: [
    {
      label: "Which interview would you like to debrief?",
      kind: "SINGLE_CHOICE" as const,
      required: true,
      options: ["Today's", "This week's"],
    },
  ],
  reminderMinutesBefore: [60],
  changeWindowHours: 12,
  ...patch,
});

/** The field messages a form receives: AppError fields, or the zod issues the formatter turns into them. */
function fieldsOf(error: { cause?: unknown }): Record<string, string> {
  if (error.cause instanceof AppError) return error.cause.fields ?? {};
  const issues = (error.cause as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path.join("."), issue.message]));
}

/** A practice whose coach has a booking profile (with its discovery session) and an admin. */
async function practiceWithCoach() {
  const { practice, owner } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id);
  const admin = await addMember(prisma, practice.id, "ADMIN");
  return { practice, owner, coach, admin: admin.user, slug: practice.slug };
}

describe("session types", () => {
  it("lets a coach add a type: an address from its name, a secret link, question ids, last in the order", async () => {
    const { coach, slug } = await practiceWithCoach();
    const api = callerFor(coach.user);

    const created = await api.sessionTypes.create({ practiceSlug: slug, ...debrief() });
    expect(created).toMatchObject({
      slug: "interview-debrief",
      visibility: "LINK",
      linkToken: expect.stringMatching(/^[\w-]{24}$/),
      rules: { durationMinutes: 30, slotIntervalMinutes: 15, minimumNoticeMinutes: 120, maxSessionsPerDay: null },
      location: { kind: "PHONE_BOOKER", detail: null },
      intakeQuestions: [
        {
          id: "which-interview-would-you-like-to-debrie", // cut at 40 characters
          kind: "SINGLE_CHOICE",
          required: true,
          maxLength: 100,
          options: ["Today's", "This week's"],
        },
      ],
      reminderMinutesBefore: [60],
      changeWindowHours: 12,
      archived: false,
    });
    const again = await api.sessionTypes.create({ practiceSlug: slug, ...debrief({ visibility: "PUBLIC" }) });
    expect(again).toMatchObject({ slug: "interview-debrief-2", linkToken: null });

    const listed = await api.sessionTypes.list({ practiceSlug: slug });
    expect(listed.coach).toMatchObject({ id: coach.profile.id, slug: coach.profile.slug });
    expect(listed.types.map((type) => type.slug)).toEqual(["discovery", "interview-debrief", "interview-debrief-2"]);
    expect(
      await prisma.auditEvent.count({
        where: { practiceId: coach.profile.practiceId, action: "sessionTypes.create" },
      }),
    ).toBe(2);
  });

  it("refuses invalid fields with a message on each, and saves nothing", async () => {
    const { coach, slug, practice } = await practiceWithCoach();
    const error = await expectTRPCError(
      callerFor(coach.user).sessionTypes.create({
        practiceSlug: slug,
        ...debrief({
          name: "Debrief\u0000",
          durationMinutes: 481,
          location: { kind: "VIDEO", detail: "http://zoom.us/j/1" },
          intakeQuestions: [{ label: "Pick", kind: "SINGLE_CHOICE", required: true, options: ["A", "a"] }],
          reminderMinutesBefore: [60, 60],
        }),
      }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldsOf(error)).sort()).toEqual([
      "durationMinutes",
      "intakeQuestions.0.options.1",
      "location.detail",
      "name",
      "reminderMinutesBefore.1",
    ]);
    await expectTRPCError(
      callerFor(coach.user).sessionTypes.create({ practiceSlug: slug, ...debrief({ name: "x".repeat(100_000) }) }),
      "BAD_REQUEST",
    );
    expect(await prisma.sessionType.count({ where: { practiceId: practice.id } })).toBe(1);
  });

  it("keeps question ids and the link's secret across edits, and drops the secret when the type goes public", async () => {
    const { coach, slug } = await practiceWithCoach();
    const api = callerFor(coach.user);
    const created = await api.sessionTypes.create({ practiceSlug: slug, ...debrief() });
    const [question] = created.intakeQuestions;

    const reworded = await api.sessionTypes.update({
      practiceSlug: slug,
      sessionTypeId: created.id,
      ...debrief({
        name: "Debrief",
        intakeQuestions: [
          { id: "not-one-of-ours", label: "Your number's best time?", kind: "SHORT_TEXT", required: false },
          { ...question!, label: "Which interview was it?" },
        ],
      }),
    });
    expect(reworded.slug).toBe("interview-debrief"); // links already shared keep working
    expect(reworded.linkToken).toBe(created.linkToken);
    expect(reworded.intakeQuestions.map((q) => [q.id, q.label])).toEqual([
      ["your-number-s-best-time", "Your number's best time?"],
      [question!.id, "Which interview was it?"],
    ]);

    const open = await api.sessionTypes.update({
      practiceSlug: slug,
      sessionTypeId: created.id,
      ...debrief({ visibility: "CLIENTS" }),
    });
    expect(open.linkToken).toBeNull();
    const secretAgain = await api.sessionTypes.update({ practiceSlug: slug, sessionTypeId: created.id, ...debrief() });
    expect(secretAgain.linkToken).toEqual(expect.any(String));
    expect(secretAgain.linkToken).not.toBe(created.linkToken);
  });

  it("moves upcoming confirmed sessions of the type to its new location, and nothing else", async () => {
    const { coach, slug } = await practiceWithCoach();
    const discovery = coach.profile.discovery;
    const upcoming = await createBookingRow(prisma, coach.profile, new Date(Date.now() + 3 * 86_400_000));
    const past = await createBookingRow(prisma, coach.profile, new Date(Date.now() - 3 * 86_400_000));
    const cancelled = await createBookingRow(prisma, coach.profile, new Date(Date.now() + 4 * 86_400_000));
    await prisma.booking.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const other = await createSessionType(prisma, coach.profile, { durationMinutes: 45, slug: "coaching" });
    const otherBooking = await prisma.booking.update({
      where: { id: (await createBookingRow(prisma, coach.profile, new Date(Date.now() + 5 * 86_400_000))).id },
      data: { sessionTypeId: other.id },
    });

    await callerFor(coach.user).sessionTypes.update({
      practiceSlug: slug,
      sessionTypeId: discovery.id,
      ...debrief({
        name: discovery.name,
        kind: "DISCOVERY",
        visibility: "PUBLIC",
        location: { kind: "VIDEO", detail: "https://whereby.com/new-room" },
      }),
    });
    const locations = await prisma.booking.findMany({
      where: { id: { in: [upcoming.id, past.id, cancelled.id, otherBooking.id] } },
      select: { id: true, locationKind: true, locationDetail: true },
    });
    const where = (id: string) => locations.find((row) => row.id === id);
    expect(where(upcoming.id)).toMatchObject({ locationKind: "VIDEO", locationDetail: "https://whereby.com/new-room" });
    for (const id of [past.id, cancelled.id, otherBooking.id]) {
      expect(where(id)).toMatchObject({ locationKind: "NONE", locationDetail: null });
    }
  });

  it("offers one discovery session at a time", async () => {
    const { coach, slug } = await practiceWithCoach();
    const api = callerFor(coach.user);
    const discovery = coach.profile.discovery;

    const second = await expectTRPCError(
      api.sessionTypes.create({ practiceSlug: slug, ...debrief({ kind: "DISCOVERY" }) }),
      "CONFLICT",
    );
    expect(fieldsOf(second).kind).toMatch(/already offer “Free discovery session”/);

    const coaching = await api.sessionTypes.create({ practiceSlug: slug, ...debrief() });
    await expectTRPCError(
      api.sessionTypes.update({ practiceSlug: slug, sessionTypeId: coaching.id, ...debrief({ kind: "DISCOVERY" }) }),
      "CONFLICT",
    );
    // The discovery session itself can be saved as it is.
    await api.sessionTypes.update({
      practiceSlug: slug,
      sessionTypeId: discovery.id,
      ...debrief({ name: "Discovery call", kind: "DISCOVERY", visibility: "PUBLIC" }),
    });

    // Archived, it makes room for another; and then it cannot come back while that one is offered.
    await api.sessionTypes.setArchived({ practiceSlug: slug, sessionTypeId: discovery.id, archived: true });
    const replacement = await api.sessionTypes.create({ practiceSlug: slug, ...debrief({ kind: "DISCOVERY" }) });
    expect(replacement.kind).toBe("DISCOVERY");
    await expectTRPCError(
      api.sessionTypes.setArchived({ practiceSlug: slug, sessionTypeId: discovery.id, archived: false }),
      "CONFLICT",
    );
    expect(
      await prisma.sessionType.count({
        where: { coachProfileId: coach.profile.id, kind: "DISCOVERY", archivedAt: null },
      }),
    ).toBe(1);
  });

  it("archives even the last public type, lists archived types last, and orders the others", async () => {
    const { coach, slug } = await practiceWithCoach();
    const api = callerFor(coach.user);
    const first = await api.sessionTypes.create({ practiceSlug: slug, ...debrief({ name: "First" }) });
    const second = await api.sessionTypes.create({ practiceSlug: slug, ...debrief({ name: "Second" }) });

    const archived = await api.sessionTypes.setArchived({
      practiceSlug: slug,
      sessionTypeId: coach.profile.discovery.id,
      archived: true,
    });
    expect(archived.archived).toBe(true);
    const reordered = await api.sessionTypes.reorder({ practiceSlug: slug, sessionTypeIds: [second.id, first.id] });
    expect(reordered.types.map((type) => [type.name, type.archived])).toEqual([
      ["Second", false],
      ["First", false],
      ["Free discovery session", true],
    ]);

    // The order must name exactly the bookable types: an archived one, a missing one or a repeat is refused.
    for (const sessionTypeIds of [
      [second.id, first.id, coach.profile.discovery.id],
      [second.id],
      [second.id, second.id],
    ]) {
      await expectTRPCError(api.sessionTypes.reorder({ practiceSlug: slug, sessionTypeIds }), "CONFLICT");
    }
    const restored = await api.sessionTypes.setArchived({
      practiceSlug: slug,
      sessionTypeId: coach.profile.discovery.id,
      archived: false,
    });
    expect(restored.archived).toBe(false);
  });

  it("replaces a link-only type's secret, and has none to replace for other types", async () => {
    const { coach, slug } = await practiceWithCoach();
    const api = callerFor(coach.user);
    const created = await api.sessionTypes.create({ practiceSlug: slug, ...debrief() });
    const replaced = await api.sessionTypes.regenerateLink({ practiceSlug: slug, sessionTypeId: created.id });
    expect(replaced.linkToken).toEqual(expect.any(String));
    expect(replaced.linkToken).not.toBe(created.linkToken);
    expect(await prisma.sessionType.count({ where: { linkToken: created.linkToken } })).toBe(0);

    await expectTRPCError(
      api.sessionTypes.regenerateLink({ practiceSlug: slug, sessionTypeId: coach.profile.discovery.id }),
      "CONFLICT",
    );
  });

  it("lets owners and admins manage any coach's types", async () => {
    const { coach, owner, admin, slug } = await practiceWithCoach();
    const created = await callerFor(admin).sessionTypes.create({
      practiceSlug: slug,
      coachProfileId: coach.profile.id,
      ...debrief(),
    });
    const listed = await callerFor(owner).sessionTypes.list({ practiceSlug: slug, coachProfileId: coach.profile.id });
    expect(listed.types.map((type) => type.id)).toEqual([coach.profile.discovery.id, created.id]);
    await callerFor(owner).sessionTypes.setArchived({ practiceSlug: slug, sessionTypeId: created.id, archived: true });
    // Without a profile of their own, the owner's own list is empty rather than an error, and offers the coaches.
    expect(await callerFor(owner).sessionTypes.list({ practiceSlug: slug })).toEqual({
      coach: null,
      coaches: [
        {
          id: coach.profile.id,
          slug: coach.profile.slug,
          displayName: coach.profile.displayName,
          timeZone: coach.profile.timeZone,
        },
      ],
      types: [],
    });
  });

  it("treats another coach's types as not there for a coach, and changes nothing of them", async () => {
    const { coach, slug, practice } = await practiceWithCoach();
    const other = await createBookableCoach(prisma, practice.id);
    const api = callerFor(other.user);
    const theirs = { practiceSlug: slug, sessionTypeId: coach.profile.discovery.id };

    await expectTRPCError(api.sessionTypes.list({ practiceSlug: slug, coachProfileId: coach.profile.id }), "NOT_FOUND");
    await expectTRPCError(
      api.sessionTypes.create({ practiceSlug: slug, coachProfileId: coach.profile.id, ...debrief() }),
      "NOT_FOUND",
    );
    await expectTRPCError(api.sessionTypes.update({ ...theirs, ...debrief() }), "NOT_FOUND");
    await expectTRPCError(api.sessionTypes.setArchived({ ...theirs, archived: true }), "NOT_FOUND");
    await expectTRPCError(api.sessionTypes.regenerateLink(theirs), "NOT_FOUND");
    await expectTRPCError(
      api.sessionTypes.reorder({
        practiceSlug: slug,
        coachProfileId: coach.profile.id,
        sessionTypeIds: [coach.profile.discovery.id],
      }),
      "NOT_FOUND",
    );
    expect(await prisma.sessionType.findMany({ where: { coachProfileId: coach.profile.id } })).toEqual([
      expect.objectContaining({ id: coach.profile.discovery.id, name: "Free discovery session", archivedAt: null }),
    ]);
    // Their own list is theirs, and names no other coach.
    const own = await api.sessionTypes.list({ practiceSlug: slug });
    expect(own.types.map((type) => type.id)).toEqual([other.profile.discovery.id]);
    expect(own.coaches.map((listed) => listed.id)).toEqual([other.profile.id]);
  });

  it("asks a coach who has not saved availability to do that first", async () => {
    const { practice } = await createPractice(prisma);
    const { user } = await addMember(prisma, practice.id, "COACH");
    const api = callerFor(user);
    expect(await api.sessionTypes.list({ practiceSlug: practice.slug })).toEqual({
      coach: null,
      coaches: [],
      types: [],
    });
    const error = await expectTRPCError(
      api.sessionTypes.create({ practiceSlug: practice.slug, ...debrief() }),
      "CONFLICT",
    );
    expect(error.message).toMatch(/Save your availability first/);
  });
});
