import { describe, expect, it } from "vitest";
import { sessionTypeInput } from "~/modules/scheduling/domain/session-type-input";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { seedDemoData } from "./seed";

describe("the demo seed's booking setup", () => {
  it("gives Maya three session types with places to meet, and Priya a coaching session next week", async () => {
    await seedDemoData(prisma);
    await seedDemoData(prisma); // idempotent: nothing added or moved the second time

    const maya = await prisma.user.findUniqueOrThrow({ where: { id: "demo-user-maya" } });
    const { types } = await callerFor(maya).sessionTypes.list({ practiceSlug: "northstar" });
    expect(types.map((type) => [type.name, type.rules.durationMinutes, type.visibility, type.location.kind])).toEqual([
      ["Free discovery session", 20, "PUBLIC", "VIDEO"],
      ["Coaching session", 45, "CLIENTS", "VIDEO"],
      ["Interview debrief", 30, "LINK", "PHONE_BOOKER"],
    ]);
    expect(types[1]!.changeWindowHours).toBe(12);
    expect(types[2]!.intakeQuestions).toEqual([expect.objectContaining({ kind: "SINGLE_CHOICE", required: true })]);
    // Every seeded type is one the coach could have saved through the form.
    for (const type of types) {
      const { rules, ...rest } = type;
      expect(sessionTypeInput.safeParse({ ...rest, ...rules }).success, type.name).toBe(true);
    }

    const bookings = await prisma.booking.findMany({
      where: { practiceId: "demo-practice-northstar" },
      include: { sessionType: true },
      orderBy: { startAt: "asc" },
    });
    expect(bookings).toHaveLength(5);
    const coaching = bookings.find((booking) => booking.sessionType.slug === "coaching-session")!;
    const days = (coaching.startAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThan(10);
    expect(coaching).toMatchObject({
      bookerEmail: "priya@demo.fieldnotes.test",
      status: "CONFIRMED",
      locationKind: "VIDEO",
      locationDetail: coaching.sessionType.locationDetail,
      answers: [],
    });
    expect(coaching.endAt.getTime() - coaching.startAt.getTime()).toBe(45 * 60_000);
    const priya = await prisma.client.findUniqueOrThrow({ where: { id: coaching.clientId } });
    expect(priya).toMatchObject({ status: "ACTIVE", userId: "demo-user-priya" });

    for (const discovery of bookings.filter((booking) => booking.sessionType.kind === "DISCOVERY")) {
      expect(discovery.answers).toEqual([
        { id: "fieldsOfInterest", question: "Which fields are you curious about?", answer: expect.any(String) },
        { id: "whatPrompted", question: "What prompted you to reach out?", answer: expect.any(String) },
      ]);
      expect(discovery.locationKind).toBe(discovery.sessionType.locationKind);
    }
  });
});
