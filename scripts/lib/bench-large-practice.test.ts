import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "~/server/db/generated/client";
import { seedDemoData } from "../../prisma/seed";
import { insertLargePractice, seedFullCaseloadPage } from "./bench-large-practice";

describe("seedFullCaseloadPage and insertLargePractice", () => {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  const practiceId = "demo-practice-northstar";
  let demoBookingsOfMaya: number;
  beforeAll(async () => {
    await seedDemoData(db);
    demoBookingsOfMaya = await db.booking.count({ where: { coachProfileId: "demo-coach-maya" } });
    await seedFullCaseloadPage(process.env.DATABASE_URL!);
    await insertLargePractice(process.env.DATABASE_URL!);
  }, 300_000);
  afterAll(() => db.$disconnect());

  it("grows the demo practice by 1,000 coaches with 50 bookings each within the next 60 days", async () => {
    const coaches = await db.coachProfile.findMany({
      where: { practiceId, id: { startsWith: "bench-coach-" } },
      select: { _count: { select: { bookings: true } } },
    });
    expect(coaches).toHaveLength(1_000);
    expect(new Set(coaches.map((coach) => coach._count.bookings))).toEqual(new Set([50]));
    const range = await db.booking.aggregate({
      where: { coachProfileId: { startsWith: "bench-coach-" } },
      _min: { startAt: true },
      _max: { startAt: true },
    });
    const days = (date: Date | null) => (date!.getTime() - Date.now()) / 86_400_000;
    expect(days(range._min.startAt)).toBeGreaterThan(0);
    expect(days(range._max.startAt)).toBeLessThan(61);
  });

  it("adds 5,000 active clients with a project each, 500 of them on Maya Chen, whose sessions stay out of her window", async () => {
    const clients = await db.client.count({ where: { practiceId, id: { startsWith: "bench-" }, status: "ACTIVE" } });
    const projects = await db.project.count({ where: { practiceId, clientId: { startsWith: "bench-" } } });
    const maya = await db.client.count({ where: { coachProfileId: "demo-coach-maya", id: { startsWith: "bench-" } } });
    expect({ clients, projects, maya }).toEqual({ clients: 5_000, projects: 5_000, maya: 500 });
    const soonerThan70Days = await db.booking.count({
      where: { coachProfileId: "demo-coach-maya", startAt: { lt: new Date(Date.now() + 70 * 86_400_000) } },
    });
    expect(soonerThan70Days).toBeLessThanOrEqual(demoBookingsOfMaya);
  });
});
