import { radicale } from "~/test/radicale";
import { beforeAll, describe, expect, it } from "vitest";
import { createBookableCoach, createPractice } from "../../../../prisma/factories";
import { addDays, instantToZonedParts, weekdayOf, type LocalDate } from "~/lib/time-zones";
import {
  bookPublicSession,
  cancelByBooker,
  listPublicSlots,
  rescheduleByBooker,
} from "~/modules/bookings/server/public-bookings.service";
import { prisma } from "~/server/db/client";
import { type AppError } from "~/server/errors";
import { callerFor, expectTRPCError } from "~/test/callers";
import { fetchEvents } from "./caldav-client";
import { refreshConnection } from "./calendar-refresh";
import { sealCredentials } from "./credentials";
import { syncSessionCopy } from "./session-copy-writer";

// A coach in London connects a real CalDAV server (Radicale) holding a weekly meeting kept on New York's clock:
// the slots it removes follow New York's and London's separate clock changes, a moved occurrence blocks its new
// time only, a cancelled one and a transparent event block nothing. Sessions booked in Fieldnotes are written to
// the calendar with the invitation's UID, moved and removed with the session, and never counted twice.

const COACH_ZONE = "Europe/London";
const DAY_MS = 86_400_000;
const now = new Date();

/** The second Sunday of March of the next year whose one is still ahead: New York's clocks go forward that day. */
function nextUsDstStart(): LocalDate {
  for (let year = now.getUTCFullYear(); ; year++) {
    const march = `${year}-03-08` as LocalDate;
    const sunday = addDays(march, (7 - weekdayOf(march)) % 7);
    if (Date.parse(`${sunday}T00:00:00Z`) > now.getTime() + 21 * DAY_MS) return sunday;
  }
}
const usChange = nextUsDstStart();
/** Tuesdays around the change: two before it, two between New York's and London's changes, two after both. */
const tuesday = (week: number) => addDays(usChange, 2 + 7 * week);
const compact = (date: LocalDate) => date.replace(/-/g, "");

const weeklyMeeting = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Fieldnotes tests//EN",
  "BEGIN:VTIMEZONE",
  "TZID:America/New_York",
  "BEGIN:STANDARD",
  "DTSTART:19701101T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "TZNAME:EST",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:19700308T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "TZNAME:EDT",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "UID:weekly-board-meeting",
  "DTSTAMP:20260101T000000Z",
  `DTSTART;TZID=America/New_York:${compact(tuesday(-2))}T050000`,
  `DTEND;TZID=America/New_York:${compact(tuesday(-2))}T060000`,
  "RRULE:FREQ=WEEKLY;COUNT=6",
  "SUMMARY:Board meeting",
  "END:VEVENT",
  // Week -1 moved to 07:00 New York.
  "BEGIN:VEVENT",
  "UID:weekly-board-meeting",
  "DTSTAMP:20260101T000000Z",
  `RECURRENCE-ID;TZID=America/New_York:${compact(tuesday(-1))}T050000`,
  `DTSTART;TZID=America/New_York:${compact(tuesday(-1))}T070000`,
  `DTEND;TZID=America/New_York:${compact(tuesday(-1))}T080000`,
  "SUMMARY:Board meeting (moved)",
  "END:VEVENT",
  // Week 1 cancelled.
  "BEGIN:VEVENT",
  "UID:weekly-board-meeting",
  "DTSTAMP:20260101T000000Z",
  `RECURRENCE-ID;TZID=America/New_York:${compact(tuesday(1))}T050000`,
  `DTSTART;TZID=America/New_York:${compact(tuesday(1))}T050000`,
  `DTEND;TZID=America/New_York:${compact(tuesday(1))}T060000`,
  "STATUS:CANCELLED",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

const freeTime = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Fieldnotes tests//EN",
  "BEGIN:VEVENT",
  "UID:focus-time",
  "DTSTAMP:20260101T000000Z",
  `DTSTART:${compact(addDays(tuesday(0), 1))}T100000Z`,
  `DTEND:${compact(addDays(tuesday(0), 1))}T120000Z`,
  "TRANSP:TRANSPARENT",
  "SUMMARY:Focus time (shown as free)",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

let practiceSlug: string;
let coachSlug: string;
let coachUser: { id: string; email: string; name: string | null };
let workCalendarUrl: string;
const settings = { refreshMinutes: 5, google: null };

beforeAll(async () => {
  const { practice } = await createPractice(prisma);
  const coach = await createBookableCoach(prisma, practice.id, { timeZone: COACH_ZONE });
  // Far enough ahead to book the weeks after both clock changes.
  const horizonDays = Math.ceil((Date.parse(`${tuesday(5)}T00:00:00Z`) - now.getTime()) / DAY_MS);
  await prisma.sessionType.update({ where: { id: coach.profile.discovery.id }, data: { horizonDays } });
  practiceSlug = practice.slug;
  coachSlug = coach.profile.slug;
  coachUser = coach.user;
  workCalendarUrl = await radicale.createCalendar("work", { displayName: "Work" });
  await radicale.createCalendar("birthdays", { displayName: "Birthdays" });
  await radicale.putObject(workCalendarUrl, "board.ics", weeklyMeeting);
  await radicale.putObject(workCalendarUrl, "focus.ics", freeTime);
});

const api = () => callerFor(coachUser);

/** The coach-local start times ("HH:MM") offered on a date of theirs. */
async function offeredOn(date: LocalDate) {
  const listed = await listPublicSlots(practiceSlug, coachSlug, { from: date, to: date, timeZone: COACH_ZONE }, now);
  return listed.slots.map((slot) => instantToZonedParts(slot.start, COACH_ZONE).time);
}
const everyHalfHour = Array.from(
  { length: 16 },
  (_, i) => `${String(9 + Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`,
);
const missingOn = async (date: LocalDate) => {
  const offered = await offeredOn(date);
  return everyHalfHour.filter((time) => !offered.includes(time));
};

describe("a CalDAV calendar (Radicale)", () => {
  let connectionId: string;

  it("refuses a wrong password beside the password field, and stores nothing", async () => {
    const error = await expectTRPCError(
      api().calendars.connectCaldav({
        practiceSlug,
        serverUrl: radicale.url,
        username: radicale.username,
        password: "nope",
      }),
      "BAD_REQUEST",
    );
    expect((error.cause as AppError).fields?.password).toMatch(/^Wrong password/);
    expect(await prisma.calendarConnection.count()).toBe(0);
  });

  it("discovers the account's calendars and removes exactly the weekly meeting's times, on New York's clock", async () => {
    const connection = await api().calendars.connectCaldav({
      practiceSlug,
      serverUrl: radicale.url,
      username: radicale.username,
      password: radicale.password,
    });
    connectionId = connection.id;
    expect(connection.calendars.map((calendar) => calendar.displayName).sort()).toEqual(["Birthdays", "Work"]);
    expect(connection.error).toBeNull();

    // 05:00 New York: 10:00 London before New York's change, 09:00 between the two changes, 10:00 after both.
    // 20-minute sessions every 30 minutes with 10 free minutes after each, kept after the meeting too.
    expect(await missingOn(tuesday(-2))).toEqual(["10:00", "10:30", "11:00"]);
    expect(await missingOn(tuesday(-1))).toEqual(["12:00", "12:30", "13:00"]); // moved to 07:00 New York
    expect(await missingOn(tuesday(0))).toEqual(["09:00", "09:30", "10:00"]);
    expect(await missingOn(tuesday(1))).toEqual([]); // cancelled
    expect(await missingOn(tuesday(2))).toEqual(["10:00", "10:30", "11:00"]);
    expect(await missingOn(tuesday(3))).toEqual(["10:00", "10:30", "11:00"]);
    expect(await missingOn(tuesday(4))).toEqual([]); // the series has ended
    expect(await missingOn(addDays(tuesday(0), 1))).toEqual([]); // transparent
  });

  it("costs one small request per calendar when nothing changed, and reads a changed one again", async () => {
    const blocks = await prisma.calendarBusyBlock.count();
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
    expect(await prisma.calendarBusyBlock.count()).toBe(blocks);

    const wednesday = addDays(tuesday(2), 1);
    await radicale.putObject(
      workCalendarUrl,
      "dentist.ics",
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Fieldnotes tests//EN",
        "BEGIN:VEVENT",
        "UID:dentist",
        "DTSTAMP:20260101T000000Z",
        `DTSTART;TZID=Europe/London:${compact(wednesday)}T140000`,
        `DTEND;TZID=Europe/London:${compact(wednesday)}T150000`,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("refreshed");
    expect(await missingOn(wednesday)).toEqual(["14:00", "14:30", "15:00"]);
  });

  it("writes a booked session to the calendar with the invitation's UID, moves it, removes it, and never counts it", async () => {
    const [work] = (await api().calendars.overview({ practiceSlug })).connections[0]!.calendars.filter(
      (calendar) => calendar.displayName === "Work",
    );
    await api().calendars.updateCalendar({ practiceSlug, calendarId: work!.id, receivesSessions: true });

    const day = addDays(tuesday(3), 2);
    const at = (time: string) => new Date(`${day}T${time}:00+01:00`); // British Summer Time
    const made = await bookPublicSession(
      {
        practiceSlug,
        coachSlug,
        name: "Priya Raman",
        email: "priya@example.com",
        timeZone: "Asia/Kolkata",
        answers: { fieldsOfInterest: "UX research", whatPrompted: "" },
        start: at("11:00").toISOString(),
      },
      { now },
    );
    const uid = `${made.booking.uid}@fieldnotes`;
    const queued = await prisma.$queryRaw<{ data: { bookingId: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = 'calendar-session-copy'`;
    expect(queued.map((job) => job.data.bookingId)).toContain(made.booking.id);

    const inRadicale = async () => {
      const range = { from: new Date(now.getTime() - DAY_MS), to: new Date(Date.parse(`${tuesday(5)}T00:00:00Z`)) };
      const account = { serverUrl: radicale.url, username: radicale.username, password: radicale.password };
      const events = await fetchEvents(account, workCalendarUrl, range, {
        policy: { allowedHosts: [radicale.hostPort] },
      });
      return events.filter((event) => event.data.includes(`UID:${uid}`));
    };
    await syncSessionCopy(made.booking.id, settings);
    const [written] = await inRadicale();
    expect(written?.data).toContain(`DTSTART:${compact(day)}T100000Z`);
    expect(written?.data).not.toMatch(/ATTENDEE|ORGANIZER|METHOD/);

    // Read back on the next refresh, our own session is recognised and blocks only once (as the booking).
    await refreshConnection(connectionId, new Date(), settings);
    const blocks = await prisma.calendarBusyBlock.findMany({ where: { startAt: made.booking.startAt } });
    expect(blocks).toEqual([]);

    await rescheduleByBooker(made.booking.uid, made.manageToken, at("14:00"), now);
    await syncSessionCopy(made.booking.id, settings);
    const moved = await inRadicale();
    expect(moved).toHaveLength(1);
    expect(moved[0]!.data).toContain(`DTSTART:${compact(day)}T130000Z`);

    await cancelByBooker(made.booking.uid, made.manageToken, null, now);
    await syncSessionCopy(made.booking.id, settings);
    expect(await inRadicale()).toEqual([]);
    expect(await prisma.calendarSessionCopy.count()).toBe(0);
  });

  it("says 'wrong password' on the page when the app password stops working", async () => {
    await prisma.calendarConnection.update({
      where: { id: connectionId },
      data: {
        sealedCredentials: sealCredentials("CALDAV", {
          serverUrl: radicale.url,
          username: radicale.username,
          password: "revoked-app-password",
        }),
      },
    });
    expect(await refreshConnection(connectionId, new Date(), settings)).toBe("failed");
    const [connection] = (await api().calendars.overview({ practiceSlug })).connections;
    expect(connection!.error?.message).toMatch(/^Wrong password/);
    expect(connection!.busyBlockCount).toBeGreaterThan(0);
  });
});
