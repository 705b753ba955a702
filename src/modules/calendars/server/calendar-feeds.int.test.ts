import { icsFeed as feed, icsWithEvents } from "~/test/ics-feed-server";
import { beforeAll, describe, expect, it } from "vitest";
import { createBookableCoach, createPractice } from "../../../../prisma/factories";
import { listPublicSlots } from "~/modules/bookings/server/public-bookings.service";
import { prisma } from "~/server/db/client";
import { type AppError } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";
import { refreshConnection } from "./calendar-refresh";

// A coach subscribes to an iCalendar feed served by a real local web server; the busy times it holds leave the
// public booking page, a changed feed is read again, an unchanged one costs a 304, and a failing one keeps the
// last good busy times while saying what is wrong.

const HOUR = 3_600_000;

/** Tomorrow-but-two at hh:00 UTC: inside the coach's 09:00–17:00 hours and the booking horizon, whatever today is. */
const dayAhead = (hour: number) => {
  const day = new Date(Date.now() + 3 * 24 * HOUR);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour));
};
const date = dayAhead(0).toISOString().slice(0, 10);

let practiceSlug: string;
let coachSlug: string;
let coachUser: { id: string; email: string; name: string | null };

beforeAll(async () => {
  const { practice } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id);
  practiceSlug = practice.slug;
  coachSlug = coach.profile.slug;
  coachUser = coach.user;
});

const slotStarts = async () => {
  const listed = await listPublicSlots(practiceSlug, coachSlug, { from: date, to: date, timeZone: "UTC" }, new Date());
  return listed.slots.map((slot) => slot.start.toISOString());
};
const api = () => callerFor(coachUser);
const settings = { refreshMinutes: 5, google: null };

describe("an iCalendar subscription", () => {
  let connectionId: string;

  it("removes the feed's busy times from the booking page as soon as it is connected", async () => {
    const before = await slotStarts();
    expect(before).toContain(dayAhead(10).toISOString());
    feed.serve(icsWithEvents([{ uid: "dentist", start: dayAhead(10), end: dayAhead(11) }]));

    const connection = await api().calendars.connectFeed({ practiceSlug, url: feed.url });
    connectionId = connection.id;
    expect(connection).toMatchObject({ kind: "ICS_FEED", busyBlockCount: 1, error: null });

    // 20-minute sessions every 30 minutes with 10 free minutes after each, which an event gets too: 10:00 and
    // 10:30 overlap it, and 11:00 starts inside the 10 minutes kept free after it.
    const after = await slotStarts();
    const at = (hour: number, minute = 0) => new Date(dayAhead(hour).getTime() + minute * 60_000).toISOString();
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
        { uid: "dentist", start: dayAhead(14), end: dayAhead(15) },
        { uid: "lunch", start: dayAhead(12), end: dayAhead(13), transparent: true },
      ]),
    );
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
    expect(feed.requests.at(-1)!.status).toBe(200);
    const slots = await slotStarts();
    expect(slots).toContain(dayAhead(10).toISOString());
    expect(slots).toContain(dayAhead(12).toISOString());
    expect(slots).not.toContain(dayAhead(14).toISOString());
  });

  it("keeps the last good busy times while the feed fails, says why, and emails the coach once after an hour", async () => {
    feed.fail(500);
    const firstFailure = new Date();
    expect(await refreshConnection(connectionId, firstFailure, settings)).toBe("failed");
    expect(await slotStarts()).not.toContain(dayAhead(14).toISOString());
    const [view] = (await api().calendars.overview({ practiceSlug })).connections;
    expect(view).toMatchObject({ busyBlockCount: 1, failingLong: false });
    expect(view!.error?.message).toMatch(/could not understand/);

    const later = new Date(firstFailure.getTime() + HOUR + 60_000);
    await refreshConnection(connectionId, later, settings);
    await refreshConnection(connectionId, new Date(later.getTime() + 5 * 60_000), settings);
    const emails = await prisma.emailMessage.findMany({ where: { template: "calendar-failing" } });
    expect(emails.map((email) => email.to)).toEqual([coachUser.email.toLowerCase()]);
    const clock = { now: () => new Date(later.getTime() + 6 * 60_000) };
    const overview = await callerFor(coachUser, clock).calendars.overview({ practiceSlug });
    expect(overview.connections[0]).toMatchObject({ failingLong: true });

    feed.fail(404);
    await refreshConnection(connectionId, new Date(later.getTime() + 10 * 60_000), settings);
    const [moved] = (await api().calendars.overview({ practiceSlug })).connections;
    expect(moved!.error).toMatchObject({ code: "feed_moved" });

    feed.serve(icsWithEvents([]));
    expect(await refreshConnection(connectionId, new Date(later.getTime() + 15 * 60_000), settings)).toBe("refreshed");
    const [healed] = (await api().calendars.overview({ practiceSlug })).connections;
    expect(healed).toMatchObject({ error: null, failingSince: null, failingLong: false, busyBlockCount: 0 });
  });

  it("refuses a feed it cannot read, beside the address, and keeps nothing", async () => {
    const count = await prisma.calendarConnection.count();
    for (const url of ["http://10.1.2.3/calendar.ics", "http://169.254.169.254/latest/meta-data", `${feed.url}x`]) {
      const error = await expectTRPCError(api().calendars.connectFeed({ practiceSlug, url }), "BAD_REQUEST");
      expect((error.cause as AppError).fields?.url).toBeTruthy();
    }
    feed.serve("<html>Not a calendar</html>");
    await expectTRPCError(api().calendars.connectFeed({ practiceSlug, url: feed.url }), "BAD_REQUEST");
    await expectTRPCError(api().calendars.connectFeed({ practiceSlug, url: "ftp://example.com/x.ics" }), "BAD_REQUEST");
    expect(await prisma.calendarConnection.count()).toBe(count);
  });

  it("deletes the connection with its credentials and busy times on disconnect", async () => {
    await api().calendars.disconnect({ practiceSlug, connectionId });
    expect(await prisma.calendarConnection.count({ where: { id: connectionId } })).toBe(0);
    expect(await prisma.calendarBusyBlock.count()).toBe(0);
  });
});
