import { describe, expect, it } from "vitest";
import { countSqlStatements } from "../../../../scripts/lib/sql-statements";
import { createBookableCoach, createCalendarConnection, createPractice } from "../../../../prisma/factories";
import { GET as slotsRoute } from "~/app/api/public/practices/[practiceSlug]/coaches/[coachSlug]/slots/route";
import { prisma } from "~/server/db/client";
import { AppError } from "~/server/errors";
import { markPeerAddressRecorded, PEER_ADDRESS_HEADER } from "~/server/http/peer-address";
import { callerFor } from "~/test/callers";
import { loadPublicCoach } from "./public-page-loaders";
import {
  bookPublicSession,
  cancelByBooker,
  listPublicSlots,
  rescheduleByBooker,
  slotsOf,
} from "./public-bookings.service";

// The slot cache against a real database: a warm answer costs the one statement that reads the schedule version,
// and every kind of change that can alter a coach's slots shows on the very next request, because the change's own
// transaction bumped the version (database triggers), whichever path made it.

markPeerAddressRecorded();

const NOW = new Date("2026-11-23T08:00:00Z"); // a Monday
const DAY = "2026-11-24";
const at = (time: string) => `${DAY}T${time}:00.000Z`;
const answers = { fieldsOfInterest: "UX", whatPrompted: "" };

async function setup() {
  const { practice } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id, { timeZone: "UTC" });
  return { practice, coach, slugs: { practiceSlug: practice.slug, coachSlug: coach.profile.slug } };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const starts = async ({ slugs }: Setup) => {
  const listed = await listPublicSlots(
    slugs.practiceSlug,
    slugs.coachSlug,
    { from: DAY, to: DAY, timeZone: "UTC" },
    NOW,
  );
  return listed.slots.map((slot) => slot.start.toISOString());
};

/** The list, asserted to come from a warm cache (the version read alone), so a change after it must invalidate it. */
async function warmStarts(scene: Setup) {
  await starts(scene);
  const { result, statements } = await countSqlStatements(() => starts(scene));
  expect(statements).toBe(1);
  return result;
}

const versionOf = async ({ coach }: Setup) =>
  (await prisma.coachProfile.findUniqueOrThrow({ where: { id: coach.profile.id } })).scheduleVersion;

const book = (scene: Setup, n: number, start: string) =>
  bookPublicSession(
    { ...scene.slugs, answers, name: `Booker ${n}`, email: `booker${n}@example.com`, timeZone: "UTC", start },
    { now: NOW },
  );

const notFound = (promise: Promise<unknown>) =>
  expect(promise).rejects.toSatisfy((error) => error instanceof AppError && error.code === "NOT_FOUND");

describe("slots endpoint statements", () => {
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const request = (n: number) =>
    new Request(`http://localhost/x?from=${day}&to=${day}&timeZone=UTC`, {
      headers: { [PEER_ADDRESS_HEADER]: `10.9.0.${n}` },
    });

  it("answers a cold request in two statements and a warm one in one, with the same slots", async () => {
    const { slugs } = await setup();
    const context = { params: Promise.resolve(slugs) };
    const cold = await countSqlStatements(() => slotsRoute(request(1), context));
    const warm = await countSqlStatements(() => slotsRoute(request(2), context));
    expect(cold.statements).toBeLessThanOrEqual(2);
    expect(warm.statements).toBe(1);
    expect(cold.result.status).toBe(200);
    const [coldBody, warmBody] = await Promise.all([cold.result.json(), warm.result.json()]);
    expect(coldBody.slots).toHaveLength(16);
    expect(warmBody).toEqual(coldBody);
  });
});

describe("slot cache invalidation", () => {
  it("drops a slot booked through the public path, offers it again once cancelled, and follows a reschedule", async () => {
    const scene = await setup();
    expect(await warmStarts(scene)).toContain(at("09:00"));
    const booked = await book(scene, 1, at("09:00"));
    expect(await starts(scene)).not.toContain(at("09:00"));

    await warmStarts(scene);
    await rescheduleByBooker(booked.booking.uid, booked.manageToken, new Date(at("11:00")), NOW);
    const moved = await starts(scene);
    expect(moved).toContain(at("09:00"));
    expect(moved).not.toContain(at("11:00"));

    await warmStarts(scene);
    await cancelByBooker(booked.booking.uid, booked.manageToken, null, NOW);
    expect(await starts(scene)).toContain(at("11:00"));
  });

  it("follows bookings written or cancelled by any other path (raw SQL)", async () => {
    const scene = await setup();
    const booked = await book(scene, 2, at("10:00"));
    await prisma.$executeRaw`UPDATE "Booking" SET "status" = 'CANCELLED' WHERE "id" = ${booked.booking.id}`;
    expect(await starts(scene)).toContain(at("10:00"));
    await warmStarts(scene);
    await prisma.$executeRaw`UPDATE "Booking" SET "status" = 'CONFIRMED' WHERE "id" = ${booked.booking.id}`;
    expect(await starts(scene)).not.toContain(at("10:00"));
    await warmStarts(scene);
    await prisma.$executeRaw`DELETE FROM "Booking" WHERE "id" = ${booked.booking.id}`;
    expect(await starts(scene)).toContain(at("10:00"));
  });

  it("follows the coach's hours, date overrides, zone and booking switch saved through the availability form", async () => {
    const scene = await setup();
    const api = callerFor(scene.coach.user);
    const form = {
      practiceSlug: scene.practice.slug,
      displayName: "Dana Example",
      headline: null,
      bookingEnabled: true,
      timeZone: "UTC",
      slug: scene.coach.profile.slug,
      weekly: [{ weekday: 2 as const, ranges: [{ start: "13:00", end: "15:00" }] }],
      overrides: [],
    };
    await warmStarts(scene);
    await api.scheduling.updateAvailability(form);
    expect(await starts(scene)).toEqual([at("13:00"), at("13:30"), at("14:00"), at("14:30")]);

    await warmStarts(scene);
    await api.scheduling.updateAvailability({ ...form, overrides: [{ date: DAY, ranges: [] }] });
    expect(await starts(scene)).toEqual([]);

    await api.scheduling.updateAvailability({ ...form, timeZone: "Europe/Berlin" }); // 13:00 there is 12:00 UTC
    expect(await warmStarts(scene)).toEqual([at("12:00"), at("12:30"), at("13:00"), at("13:30")]);

    await api.scheduling.updateAvailability({ ...form, bookingEnabled: false });
    await notFound(starts(scene));
  });

  it("follows session type edits and archiving", async () => {
    const scene = await setup();
    const discovery = scene.coach.profile.discovery;
    expect(await warmStarts(scene)).toHaveLength(16);
    await prisma.sessionType.update({ where: { id: discovery.id }, data: { slotIntervalMinutes: 60 } });
    expect(await starts(scene)).toHaveLength(8);

    await warmStarts(scene);
    await callerFor(scene.coach.user).sessionTypes.setArchived({
      practiceSlug: scene.practice.slug,
      sessionTypeId: discovery.id,
      archived: true,
    });
    await notFound(starts(scene));
  });

  it("follows calendar busy blocks as a refresh rewrites them", async () => {
    const scene = await setup();
    const { sources } = await createCalendarConnection(prisma, scene.coach.profile);
    const block = {
      practiceId: scene.practice.id,
      coachProfileId: scene.coach.profile.id,
      sourceId: sources[0]!.id,
      startAt: new Date(at("15:00")),
      endAt: new Date(at("15:20")),
    };
    await warmStarts(scene);
    await prisma.calendarBusyBlock.createMany({ data: [block] });
    expect(await starts(scene)).not.toContain(at("15:00"));

    await warmStarts(scene);
    await prisma.calendarBusyBlock.updateMany({
      where: { sourceId: block.sourceId },
      data: { startAt: new Date(at("16:00")), endAt: new Date(at("16:20")) },
    });
    const moved = await starts(scene);
    expect(moved).toContain(at("15:00"));
    expect(moved).not.toContain(at("16:00"));

    await warmStarts(scene);
    await prisma.calendarBusyBlock.deleteMany({ where: { sourceId: block.sourceId } });
    expect(await starts(scene)).toContain(at("16:00"));
  });

  it("stops answering for a coach whose membership is removed, and bumps the version with it", async () => {
    const scene = await setup();
    await warmStarts(scene);
    const before = await versionOf(scene);
    await prisma.membership.update({ where: { id: scene.coach.membership.id }, data: { removedAt: NOW } });
    expect(await versionOf(scene)).toBe(before + 1);
    await notFound(starts(scene));
  });

  it("bumps once per transaction however many rows it changes, and not for one that changes none", async () => {
    const scene = await setup();
    const { sources } = await createCalendarConnection(prisma, scene.coach.profile);
    const before = await versionOf(scene);
    const blocks = Array.from({ length: 50 }, (_, n) => ({
      practiceId: scene.practice.id,
      coachProfileId: scene.coach.profile.id,
      sourceId: sources[0]!.id,
      startAt: new Date(Date.UTC(2026, 11, 1 + n)),
      endAt: new Date(Date.UTC(2026, 11, 1 + n, 1)),
    }));
    await prisma.calendarBusyBlock.createMany({ data: blocks });
    expect(await versionOf(scene)).toBe(before + 1);
    await prisma.calendarBusyBlock.deleteMany({ where: { sourceId: "no-such-source" } });
    expect(await versionOf(scene)).toBe(before + 1);
  });
});

describe("concurrent bookings under the version triggers", () => {
  it("books ten different slots of one coach at once, on one day and the next, without a deadlock", async () => {
    const scene = await setup();
    const times = ["09:00", "09:30", "10:00", "10:30", "11:00"];
    const wanted = [...times.map(at), ...times.map((time) => `2026-11-25T${time}:00.000Z`)];
    const results = await Promise.allSettled(wanted.map((start, n) => book(scene, 100 + n, start)));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const listed = await listPublicSlots(
      scene.slugs.practiceSlug,
      scene.slugs.coachSlug,
      { from: DAY, to: "2026-11-25", timeZone: "UTC" },
      NOW,
    );
    const offered = listed.slots.map((slot) => slot.start.toISOString());
    expect(wanted.filter((start) => offered.includes(start))).toEqual([]);
  });
});

describe("coach page", () => {
  it("looks the coach up in one statement, and takes the page's slots from the same cache", async () => {
    const scene = await setup();
    const page = await countSqlStatements(() => loadPublicCoach(scene.slugs.practiceSlug, scene.slugs.coachSlug));
    expect(page.statements).toBe(1);
    const coach = page.result;
    const type = coach.sessionTypes[0]!;
    const range = { from: DAY, to: DAY, timeZone: "UTC" };
    const cold = await countSqlStatements(() => slotsOf(coach, type, range, NOW));
    const warm = await countSqlStatements(() => slotsOf(coach, type, range, NOW));
    expect([cold.statements, warm.statements]).toEqual([1, 0]);
    expect(warm.result.slots).toEqual(cold.result.slots);
    expect(await starts(scene)).toEqual(cold.result.slots.map((slot) => slot.start.toISOString()));
  });
});
