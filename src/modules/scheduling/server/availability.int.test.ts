import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { addMember, createPractice, createUser } from "../../../../prisma/factories";
import { callerFor, expectTRPCError } from "~/test/callers";
import { prisma } from "~/server/db/client";
import { AppError } from "~/server/errors";

function validInput(practiceSlug: string, overrides: Record<string, unknown> = {}) {
  return {
    practiceSlug,
    displayName: "Dana Example",
    headline: "Career moves for engineers",
    bookingEnabled: true,
    timeZone: "America/New_York",
    slug: "dana",
    weekly: [
      { weekday: 3 as const, ranges: [{ start: "13:00", end: "17:00" }] },
      {
        weekday: 1 as const,
        ranges: [
          { start: "09:00", end: "12:00" },
          { start: "12:00", end: "24:00" },
        ],
      },
    ],
    overrides: [
      { date: "2026-12-31", ranges: [{ start: "10:00", end: "12:00" }] },
      { date: "2026-12-24", ranges: [] },
    ],
    ...overrides,
  };
}

/** The field messages a form receives (what the error formatter in trpc.ts puts in `data.fields`). */
function fieldsOf(error: { cause?: unknown }): Record<string, string> {
  if (error.cause instanceof AppError) return error.cause.fields ?? {};
  if (!(error.cause instanceof ZodError)) return {};
  const fields: Record<string, string> = {};
  for (const issue of error.cause.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  return fields;
}

describe("coach availability", () => {
  it("offers a new coach a draft from the defaults, in their own zone, with a free address", async () => {
    const { practice } = await createPractice(prisma, { timeZone: "Europe/London" });
    const first = await addMember(prisma, practice.id, "COACH", await createUser(prisma, { name: "Ana Díaz" }));
    const second = await addMember(
      prisma,
      practice.id,
      "COACH",
      await createUser(prisma, { name: "Ana Diaz", timeZone: "Asia/Tokyo" }),
    );

    const draft = await callerFor(first.user).scheduling.myAvailability({ practiceSlug: practice.slug });
    expect(draft).toMatchObject({
      exists: false,
      displayName: "Ana Díaz",
      slug: "ana-diaz",
      timeZone: "UTC", // the factory's user zone
      bookingEnabled: true,
      overrides: [],
    });
    expect(draft.weekly.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(await prisma.coachProfile.count({ where: { practiceId: practice.id } })).toBe(0); // reading saves nothing

    // Once the first coach has saved "ana-diaz", the second one's draft moves on to "-2".
    await callerFor(first.user).scheduling.updateAvailability({
      ...validInput(practice.slug),
      slug: draft.slug,
      displayName: draft.displayName,
    });
    const secondDraft = await callerFor(second.user).scheduling.myAvailability({ practiceSlug: practice.slug });
    expect(secondDraft).toMatchObject({ exists: false, slug: "ana-diaz-2", timeZone: "Asia/Tokyo" });
  });

  it("falls back to the practice zone and the email's local part when the user has neither", async () => {
    const { practice } = await createPractice(prisma, { timeZone: "Australia/Sydney" });
    const user = await prisma.user.create({ data: { email: "jo.smith@example.com", name: null, timeZone: null } });
    await addMember(prisma, practice.id, "ADMIN", user);
    const draft = await callerFor(user).scheduling.myAvailability({ practiceSlug: practice.slug });
    expect(draft).toMatchObject({ displayName: "jo.smith", slug: "jo-smith", timeZone: "Australia/Sydney" });
  });

  it("opens a new coach's booking page with the free discovery session, once", async () => {
    const { practice } = await createPractice(prisma);
    const { user } = await addMember(prisma, practice.id, "COACH");
    const api = callerFor(user);
    await api.scheduling.updateAvailability(validInput(practice.slug));
    await api.scheduling.updateAvailability(validInput(practice.slug, { headline: "Changed" }));

    const types = await prisma.sessionType.findMany({ where: { practiceId: practice.id } });
    expect(types).toHaveLength(1);
    expect(types[0]).toMatchObject({
      slug: "discovery",
      name: "Free discovery session",
      kind: "DISCOVERY",
      visibility: "PUBLIC",
      linkToken: null,
      durationMinutes: 20,
      slotIntervalMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 720,
      horizonDays: 60,
      maxSessionsPerDay: 6,
      reminderMinutesBefore: [1440, 60],
      changeWindowHours: 0,
      archivedAt: null,
    });
    expect((types[0]!.intakeQuestions as { id: string }[]).map((question) => question.id)).toEqual([
      "fieldsOfInterest",
      "whatPrompted",
    ]);
    const listed = await api.sessionTypes.list({ practiceSlug: practice.slug });
    expect(listed.coach).toMatchObject({ slug: "dana", displayName: "Dana Example" });
    expect(listed.types.map((type) => type.id)).toEqual([types[0]!.id]);
  });

  it("saves, reads back and updates the caller's availability", async () => {
    const { practice, owner } = await createPractice(prisma);
    const api = callerFor(owner);
    const saved = await api.scheduling.updateAvailability(validInput(practice.slug, { headline: "  " }));
    expect(saved.exists).toBe(true);

    const read = await api.scheduling.myAvailability({ practiceSlug: practice.slug });
    expect(read).toMatchObject({
      exists: true,
      displayName: "Dana Example",
      headline: null,
      slug: "dana",
      timeZone: "America/New_York",
    });
    // Stored in weekday and date order.
    expect(read.weekly).toEqual([
      {
        weekday: 1,
        ranges: [
          { start: "09:00", end: "12:00" },
          { start: "12:00", end: "24:00" },
        ],
      },
      { weekday: 3, ranges: [{ start: "13:00", end: "17:00" }] },
    ]);
    expect(read.overrides.map((override) => override.date)).toEqual(["2026-12-24", "2026-12-31"]);

    await api.scheduling.updateAvailability(
      validInput(practice.slug, { bookingEnabled: false, weekly: [], overrides: [] }),
    );
    const rows = await prisma.coachProfile.findMany({ where: { practiceId: practice.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ bookingEnabled: false, weeklyHours: [], dateOverrides: [] });
    expect(
      await prisma.auditEvent.count({ where: { practiceId: practice.id, action: "scheduling.updateAvailability" } }),
    ).toBe(2);
  });

  it("refuses invalid hours with a message on the field at fault", async () => {
    const { practice } = await createPractice(prisma);
    const { user } = await addMember(prisma, practice.id, "COACH");
    const api = callerFor(user);

    const backwards = await expectTRPCError(
      api.scheduling.updateAvailability(
        validInput(practice.slug, {
          weekly: [{ weekday: 2, ranges: [{ start: "17:00", end: "09:00" }] }],
        }),
      ),
      "BAD_REQUEST",
    );
    expect(fieldsOf(backwards)).toEqual({
      "weekly.0.ranges.0.end": expect.stringMatching(/end must be after the start/),
    });
    expect(backwards.message).toMatch(/Tuesday/);

    const overlapping = await expectTRPCError(
      api.scheduling.updateAvailability(
        validInput(practice.slug, {
          weekly: [
            { weekday: 1, ranges: [{ start: "09:00", end: "10:00" }] },
            {
              weekday: 4,
              ranges: [
                { start: "09:00", end: "13:00" },
                { start: "14:00", end: "15:00" },
                { start: "12:00", end: "14:30" },
              ],
            },
          ],
        }),
      ),
      "BAD_REQUEST",
    );
    const overlapFields = fieldsOf(overlapping);
    expect(Object.keys(overlapFields)).toEqual(["weekly.1.ranges.2.start"]);
    expect(overlapFields["weekly.1.ranges.2.start"]).toMatch(/Thursday .*overlaps/);

    const badOverride = await expectTRPCError(
      api.scheduling.updateAvailability(
        validInput(practice.slug, {
          overrides: [
            { date: "2026-02-30", ranges: [] },
            { date: "2026-12-24", ranges: [{ start: "9:00", end: "10:00" }] },
          ],
        }),
      ),
      "BAD_REQUEST",
    );
    expect(fieldsOf(badOverride)).toEqual({
      "overrides.0.date": expect.stringMatching(/real date/),
      "overrides.1.ranges.0.start": expect.stringMatching(/start time/),
    });

    const details = await expectTRPCError(
      api.scheduling.updateAvailability(validInput(practice.slug, { displayName: " ", slug: "Not OK" })),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldsOf(details)).sort()).toEqual(["displayName", "slug"]);

    expect(await prisma.coachProfile.count({ where: { practiceId: practice.id } })).toBe(0);
    expect(await prisma.sessionType.count({ where: { practiceId: practice.id } })).toBe(0);
  });

  it("refuses an address another coach of the practice uses, but not one used in another practice", async () => {
    const { practice } = await createPractice(prisma);
    const ana = await addMember(prisma, practice.id, "COACH");
    const ben = await addMember(prisma, practice.id, "COACH");
    await callerFor(ana.user).scheduling.updateAvailability(validInput(practice.slug, { slug: "career-coach" }));

    const conflict = await expectTRPCError(
      callerFor(ben.user).scheduling.updateAvailability(validInput(practice.slug, { slug: "career-coach" })),
      "CONFLICT",
    );
    expect(fieldsOf(conflict)).toEqual({ slug: expect.stringMatching(/already uses that address/) });
    expect(
      await prisma.coachProfile.count({ where: { practiceId: practice.id, membershipId: ben.membership.id } }),
    ).toBe(0);

    // Saving your own address again is fine.
    await callerFor(ana.user).scheduling.updateAvailability(validInput(practice.slug, { slug: "career-coach" }));

    const other = await createPractice(prisma);
    const saved = await callerFor(other.owner).scheduling.updateAvailability(
      validInput(other.practice.slug, { slug: "career-coach" }),
    );
    expect(saved.slug).toBe("career-coach");
  });

  it("does not give clients a coach profile", async () => {
    const { practice } = await createPractice(prisma);
    const { user } = await addMember(prisma, practice.id, "CLIENT");
    await expectTRPCError(callerFor(user).scheduling.myAvailability({ practiceSlug: practice.slug }), "FORBIDDEN");
    await expectTRPCError(callerFor(user).scheduling.updateAvailability(validInput(practice.slug)), "FORBIDDEN");
    expect(await prisma.coachProfile.count({ where: { practiceId: practice.id } })).toBe(0);
  });
});
