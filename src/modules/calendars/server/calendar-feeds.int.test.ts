import { icsFeed as feed, icsWithEvents } from "~/test/ics-feed-server";
import { describe, expect, it } from "vitest";
import { prisma } from "~/server/db/client";
import { type AppError } from "~/server/errors";
import { calendarTestCoach, dayAhead } from "~/test/calendar-coach";
import { callerFor, expectTRPCError } from "~/test/callers";
import { refreshConnection } from "./calendar-refresh";
import { refreshDueCalendars } from "./calendar-refresh-runs";

// A coach subscribes to an iCalendar feed served by a real local web server; the busy times it holds leave the
// public booking page, a changed feed is read again, an unchanged one costs a 304, and a failing one keeps the
// last good busy times while saying what is wrong.

const HOUR = 3_600_000;
const day = dayAhead(3);
const { coach, api, offeredOn } = calendarTestCoach();
const slotStarts = () => offeredOn(day.date);
const settings = { refreshMinutes: 5, google: null };

describe("an iCalendar subscription", () => {
  let connectionId: string;

  it("removes the feed's busy times from the booking page as soon as it is connected", async () => {
    const before = await slotStarts();
    expect(before).toContain(day.at(10).toISOString());
    feed.serve(icsWithEvents([{ uid: "dentist", start: day.at(10), end: day.at(11) }]));

    const connection = await api().calendars.connectFeed({ practiceSlug: coach.practiceSlug, url: feed.url });
    connectionId = connection.id;
    expect(connection).toMatchObject({ kind: "ICS_FEED", busyBlockCount: 1, error: null });

    // 20-minute sessions every 30 minutes with 10 free minutes after each, which an event gets too: 10:00 and
    // 10:30 overlap it, and 11:00 starts inside the 10 minutes kept free after it.
    const after = await slotStarts();
    const at = (hour: number, minute = 0) => new Date(day.at(hour).getTime() + minute * 60_000).toISOString();
    expect(before.filter((start) => !after.includes(start))).toEqual([at(10), at(10, 30), at(11)]);
    expect(after).toContain(at(9, 30));
    expect(after).toContain(at(11, 30));
  });

  it("asks again conditionally: an unchanged feed costs one 304 and changes nothing", async () => {
    const asked = feed.requests.length;
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
    expect(feed.requests.slice(asked)).toEqual([expect.objectContaining({ status: 304 })]);
    expect(feed.requests.at(-1)!.headers["if-none-match"]).toMatch(/^".+"$/);
    expect(await prisma.calendarBusyBlock.count({ where: { source: { connectionId } } })).toBe(1);
  });

  it("reads a changed feed whole on the next refresh, and the slots follow", async () => {
    feed.serve(
      icsWithEvents([
        { uid: "dentist", start: day.at(14), end: day.at(15) },
        { uid: "lunch", start: day.at(12), end: day.at(13), transparent: true },
      ]),
    );
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
    expect(feed.requests.at(-1)!.status).toBe(200);
    const slots = await slotStarts();
    expect(slots).toContain(day.at(10).toISOString());
    expect(slots).toContain(day.at(12).toISOString());
    expect(slots).not.toContain(day.at(14).toISOString());
  });

  it("writes nothing when a changed feed holds the same busy times, so the coach's slot caches stay warm", async () => {
    const scheduleOf = async () => {
      const source = await prisma.calendarSource.findFirstOrThrow({ where: { connectionId } });
      const connection = await prisma.calendarConnection.findUniqueOrThrow({ where: { id: connectionId } });
      const coachProfile = await prisma.coachProfile.findUniqueOrThrow({ where: { id: connection.coachProfileId } });
      const blocks = await prisma.calendarBusyBlock.findMany({ where: { sourceId: source.id }, select: { id: true } });
      return { version: coachProfile.scheduleVersion, blockIds: blocks.map((block) => block.id).sort() };
    };
    const before = await scheduleOf();
    // A new file (another ETag) whose busy time is the same: a renamed event and a free one added.
    feed.serve(
      icsWithEvents([
        { uid: "dentist-moved-uid", start: day.at(14), end: day.at(15) },
        { uid: "lunch", start: day.at(12), end: day.at(13), transparent: true },
        { uid: "coffee", start: day.at(16), end: day.at(17), transparent: true },
      ]),
    );
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
    expect(feed.requests.at(-1)!.status).toBe(200);
    expect(await scheduleOf()).toEqual(before);

    // A busy time more is a change: the version moves on.
    feed.serve(
      icsWithEvents([
        { uid: "dentist", start: day.at(14), end: day.at(15) },
        { uid: "call", start: day.at(16), end: day.at(17) },
      ]),
    );
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
    expect((await scheduleOf()).version).toBeGreaterThan(before.version);
    // Back to the one busy time the tests below start from.
    feed.serve(icsWithEvents([{ uid: "dentist", start: day.at(14), end: day.at(15) }]));
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
  });

  it("keeps the last good busy times while the feed fails, says why, and emails the coach once after an hour", async () => {
    feed.fail(500);
    const firstFailure = new Date();
    expect(await refreshConnection(connectionId, firstFailure, settings)).toBe("failed");
    expect(await slotStarts()).not.toContain(day.at(14).toISOString());
    const [view] = (await api().calendars.overview({ practiceSlug: coach.practiceSlug })).connections;
    expect(view).toMatchObject({ busyBlockCount: 1, failingLong: false });
    expect(view!.error?.message).toMatch(/could not understand/);

    const later = new Date(firstFailure.getTime() + HOUR + 60_000);
    await refreshConnection(connectionId, later, settings);
    await refreshConnection(connectionId, new Date(later.getTime() + 5 * 60_000), settings);
    const emails = await prisma.emailMessage.findMany({ where: { template: "calendar-failing" } });
    expect(emails.map((email) => email.to)).toEqual([coach.user.email.toLowerCase()]);
    const clock = { now: () => new Date(later.getTime() + 6 * 60_000) };
    const overview = await callerFor(coach.user, clock).calendars.overview({ practiceSlug: coach.practiceSlug });
    expect(overview.connections[0]).toMatchObject({ failingLong: true });

    feed.fail(404);
    await refreshConnection(connectionId, new Date(later.getTime() + 10 * 60_000), settings);
    const [moved] = (await api().calendars.overview({ practiceSlug: coach.practiceSlug })).connections;
    expect(moved!.error).toMatchObject({ code: "feed_moved" });

    feed.serve(icsWithEvents([]));
    expect(await refreshConnection(connectionId, new Date(later.getTime() + 15 * 60_000), settings)).toBe("refreshed");
    const [healed] = (await api().calendars.overview({ practiceSlug: coach.practiceSlug })).connections;
    expect(healed).toMatchObject({ error: null, failingSince: null, failingLong: false, busyBlockCount: 0 });
  });

  it("is refreshed by the worker's pass when due, once across overlapping passes, and not before", async () => {
    feed.serve(icsWithEvents([{ uid: "dentist", start: day.at(14), end: day.at(15) }]));
    const now = new Date();
    await prisma.calendarConnection.update({ where: { id: connectionId }, data: { nextRefreshAt: now } });
    const passes = await Promise.all([refreshDueCalendars(now, settings), refreshDueCalendars(now, settings)]);
    expect(passes.map((pass) => pass.refreshed).sort()).toEqual([0, 1]);
    const row = await prisma.calendarConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(row.nextRefreshAt.getTime()).toBe(now.getTime() + 5 * 60_000);
    expect(row.refreshLeaseUntil).toBeNull();
    expect(await refreshDueCalendars(new Date(now.getTime() + 60_000), settings)).toMatchObject({ refreshed: 0 });
  });

  it("refuses a feed it cannot read, beside the address, and keeps nothing", async () => {
    const count = await prisma.calendarConnection.count();
    for (const url of ["http://10.1.2.3/calendar.ics", "http://169.254.169.254/latest/meta-data", `${feed.url}x`]) {
      const error = await expectTRPCError(
        api().calendars.connectFeed({ practiceSlug: coach.practiceSlug, url }),
        "BAD_REQUEST",
      );
      expect((error.cause as AppError).fields?.url).toBeTruthy();
    }
    feed.serve("<html>Not a calendar</html>");
    await expectTRPCError(
      api().calendars.connectFeed({ practiceSlug: coach.practiceSlug, url: feed.url }),
      "BAD_REQUEST",
    );
    await expectTRPCError(
      api().calendars.connectFeed({ practiceSlug: coach.practiceSlug, url: "ftp://example.com/x.ics" }),
      "BAD_REQUEST",
    );
    expect(await prisma.calendarConnection.count()).toBe(count);
  });

  it("deletes the connection with its credentials and busy times on disconnect", async () => {
    await api().calendars.disconnect({ practiceSlug: coach.practiceSlug, connectionId });
    expect(await prisma.calendarConnection.count({ where: { id: connectionId } })).toBe(0);
    expect(await prisma.calendarBusyBlock.count()).toBe(0);
  });
});
