import { describe, expect, it } from "vitest";
import { createBookableCoach, createBookingRow, createClient, createPractice } from "../../../../prisma/factories";
import { fixedClock } from "~/server/clock";
import { prisma } from "~/server/db/client";
import { callerFor } from "~/test/callers";
import { CLIENTS_PER_PAGE } from "./client-list.service";

const NOW = new Date("2026-11-23T12:00:00Z");

describe("the clients list", () => {
  it("shows a lead's intake answers and sessions, and the next one booked", async () => {
    const { practice } = await createPractice(prisma);
    const maya = await createBookableCoach(prisma, practice.id);
    const past = await createBookingRow(prisma, maya.profile, new Date("2026-11-01T10:00:00Z"));
    await prisma.booking.update({
      where: { id: past.id },
      data: {
        status: "COMPLETED",
        answers: [
          { id: "fields", question: "Which fields are you curious about?", answer: "UX research" },
          { id: "why", question: "What prompted you to reach out?", answer: "" },
        ],
      },
    });
    const next = await prisma.booking.create({
      data: {
        uid: `next-${past.id}`,
        practiceId: practice.id,
        coachProfileId: maya.profile.id,
        sessionTypeId: maya.profile.discovery.id,
        clientId: past.clientId,
        startAt: new Date("2026-11-30T10:00:00Z"),
        endAt: new Date("2026-11-30T10:20:00Z"),
        blockedFrom: new Date("2026-11-30T10:00:00Z"),
        blockedUntil: new Date("2026-11-30T10:30:00Z"),
        bookerName: "Lead",
        bookerEmail: "lead@example.com",
        bookerTimeZone: "UTC",
        manageTokenHash: `hash-next-${past.id}`,
      },
    });

    const list = await callerFor(maya.user, fixedClock(NOW)).clients.list({ practiceSlug: practice.slug });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: past.clientId,
      status: "LEAD",
      intake: { answers: [{ question: "Which fields are you curious about?", answer: "UX research" }] },
      sessions: [
        { id: next.id, status: "CONFIRMED", sessionType: { name: "Free discovery session" } },
        { id: past.id, status: "COMPLETED" },
      ],
      nextSessionAt: next.startAt,
    });
  });

  it("searches by name or email, filters by status, pages, and shows a coach only their own", async () => {
    const { practice, owner } = await createPractice(prisma);
    const maya = await createBookableCoach(prisma, practice.id);
    const sam = await createBookableCoach(prisma, practice.id);
    await createClient(prisma, practice.id, { name: "Priya Raman", coachProfileId: maya.profile.id });
    await createClient(prisma, practice.id, {
      name: "Jordan Lee",
      status: "ARCHIVED",
      coachProfileId: maya.profile.id,
    });
    for (let i = 0; i < CLIENTS_PER_PAGE; i++) {
      await createClient(prisma, practice.id, { name: `Sam's ${i}`, status: "ACTIVE", coachProfileId: sam.profile.id });
    }
    const slug = practice.slug;
    const admin = callerFor(owner);

    const priya = await admin.clients.list({ practiceSlug: slug, search: "raman" });
    expect(priya.items.map((c) => c.name)).toEqual(["Priya Raman"]);
    const byEmail = await admin.clients.list({ practiceSlug: slug, search: priya.items[0]!.email.toUpperCase() });
    expect(byEmail.items.map((c) => c.name)).toEqual(["Priya Raman"]);
    expect((await admin.clients.list({ practiceSlug: slug, status: "ARCHIVED" })).items.map((c) => c.name)).toEqual([
      "Jordan Lee",
    ]);

    const first = await admin.clients.list({ practiceSlug: slug });
    expect([first.total, first.page, first.pageCount, first.items.length]).toEqual([22, 1, 2, CLIENTS_PER_PAGE]);
    const last = await admin.clients.list({ practiceSlug: slug, page: 99 });
    expect([last.page, last.items.length]).toEqual([2, 2]);
    expect(first.coaches.map((coach) => coach.id).sort()).toEqual([maya.profile.id, sam.profile.id].sort());

    const mine = await callerFor(maya.user).clients.list({ practiceSlug: slug });
    expect(mine.items.map((c) => c.name).sort()).toEqual(["Jordan Lee", "Priya Raman"]);
    expect(mine).toMatchObject({ canChooseCoach: false, coaches: [] });
  });
});
