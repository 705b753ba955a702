import { describe, expect, it } from "vitest";
import { busyIntervalsFromIcalObjects, IcalFeedError, type IcalFailure } from "./ical-busy";
import { asIso, calendarOf, defaultReadOptions, eventOf, ics, readBusy } from "~/test/ical-fixtures";
import { ICAL_LIMITS } from "./ical-limits";

const MEETING = eventOf("meeting@example.com", "DTSTART:20260310T090000Z", "DTEND:20260310T100000Z");

const failureOf = (text: string) => failureOfReading(() => readBusy(text));

function failureOfReading(read: () => unknown): { reason: IcalFailure; message: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof IcalFeedError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error("The file was read.");
}

/** Reads a calendar of the meeting and one other event: which of them block, and how many were skipped. */
function readBeside(...properties: string[]) {
  const { intervals, skippedEvents } = readBusy(calendarOf(MEETING, eventOf("hostile@example.com", ...properties)));
  return { uids: intervals.map((interval) => interval.uid), skippedEvents };
}

describe("files that are not calendars", () => {
  it("a web page (a login page where the feed should be)", () => {
    const failure = failureOf("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>");
    expect(failure.reason).toBe("malformed");
    expect(failure.message).toMatch(/^The calendar file could not be read: the address returned a web page/);
  });

  it.each([
    ["empty", ""],
    ["JSON", '{"error":"not found"}'],
    ["a vCard", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam\r\nEND:VCARD\r\n"],
  ])("%s", (_name, text) => {
    expect(failureOf(text).reason).toBe("malformed");
  });

  it("a calendar that is never closed, or closes more than it opens", () => {
    expect(failureOf("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n").reason).toBe("malformed");
    expect(failureOf("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\nUID:x\r\n").reason).toBe(
      "malformed",
    );
  });
});

describe("files too large or too deep", () => {
  const nested = (depth: number) =>
    `BEGIN:VCALENDAR\r\n${"BEGIN:X-NEST\r\n".repeat(depth - 1)}${"END:X-NEST\r\n".repeat(depth - 1)}END:VCALENDAR\r\n`;

  it("reads components nested as deep as the limit", () => {
    expect(readBusy(nested(ICAL_LIMITS.maxDepth)).intervals).toEqual([]);
  });

  it("refuses deeper nesting before parsing, however deep", () => {
    expect(failureOf(nested(ICAL_LIMITS.maxDepth + 1)).reason).toBe("too_complex");
    expect(failureOf(nested(200_000)).reason).toBe("too_complex");
  });

  it("sees nesting hidden in folded lines", () => {
    const folded = `BEGIN:VCALENDAR\r\n${"BEG\r\n IN:X-NEST\r\n".repeat(ICAL_LIMITS.maxDepth)}`;
    expect(failureOf(folded).reason).toBe("too_complex");
  });

  it("refuses more components than the limit", () => {
    const events = "BEGIN:VEVENT\r\nEND:VEVENT\r\n".repeat(ICAL_LIMITS.maxComponents);
    expect(failureOf(calendarOf(events)).message).toMatch(/more than 50,000 items/);
  });

  it("refuses more busy times than the limit within the window", () => {
    // Hourly all-hour events: each is cheap to expand but fills the window, 1,464 busy hours apiece.
    const hourly = Array.from({ length: 14 }, (_, i) =>
      eventOf(`hourly-${i}@example.com`, "DTSTART:20260101T000000Z", "DURATION:PT1H", "RRULE:FREQ=HOURLY"),
    );
    expect(failureOf(calendarOf(...hourly)).message).toMatch(/more than 20,000 busy times/);
    expect(readBusy(calendarOf(...hourly.slice(0, 13))).intervals).toHaveLength(13 * 1464);
  });
});

describe("rules that would run for ever", () => {
  it.each([
    ["every second, without end", "RRULE:FREQ=SECONDLY"],
    ["every minute, without end", "RRULE:FREQ=MINUTELY"],
    ["a date that never comes (30 February)", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"],
    ["every day from the year 1, counted", "RRULE:FREQ=DAILY;COUNT=100000000"],
    ["a hundred million days apart", "RRULE:FREQ=DAILY;INTERVAL=100000000"],
    [
      "the last day of every month, counted from the year 1",
      "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-1;COUNT=100000",
    ],
  ])("skip the event when %s, and read the rest", (_name, rule) => {
    expect(readBeside("DTSTART:00010101T090000Z", "DURATION:PT1S", rule)).toEqual({
      uids: ["meeting@example.com"],
      skippedEvents: 1,
    });
  });

  const secondly = Array.from({ length: 15 }, (_, i) =>
    eventOf(`secondly-${i}@example.com`, "DTSTART:20260301T000000Z", "DURATION:PT1S", "RRULE:FREQ=SECONDLY"),
  );

  it("make the whole file too complex when there are many", () => {
    const failure = failureOf(calendarOf(MEETING, ...secondly));
    expect(failure.reason).toBe("too_complex");
    expect(failure.message).toMatch(/repeating events take too long/);
  });

  it("make a CalDAV calendar too complex when spread over many objects", () => {
    const objects = secondly.map((event) => calendarOf(event));
    expect(busyIntervalsFromIcalObjects(objects.slice(0, 1), defaultReadOptions).skippedEvents).toBe(1);
    const failure = failureOfReading(() => busyIntervalsFromIcalObjects(objects, defaultReadOptions));
    expect(failure.reason).toBe("too_complex");
  });

  it("read a daily rule from the year 1 to the year 9999 correctly", () => {
    const { intervals, skippedEvents } = readBusy(
      calendarOf(
        eventOf(
          "forever@example.com",
          "DTSTART:00010101T090000Z",
          "DURATION:PT1H",
          "RRULE:FREQ=DAILY;UNTIL=99991231T235959Z",
        ),
      ),
    );
    expect(skippedEvents).toBe(0);
    expect(intervals).toHaveLength(61);
    expect(asIso(intervals)[0]).toEqual(["2026-03-01T09:00:00.000Z", "2026-03-01T10:00:00.000Z"]);
  });
});

describe("events that cannot be read are skipped, the rest still read", () => {
  it("a CalDAV object that is not iCalendar at all", () => {
    const objects = [calendarOf(MEETING), "<html><body>Internal Server Error</body></html>"];
    const { intervals, skippedEvents } = busyIntervalsFromIcalObjects(objects, defaultReadOptions);
    expect({ uids: intervals.map((interval) => interval.uid), skippedEvents }).toEqual({
      uids: ["meeting@example.com"],
      skippedEvents: 1,
    });
  });

  it.each([
    ["month 13, hour 25", ["DTSTART:20261345T250000Z", "DURATION:PT1H"]],
    ["31 February", ["DTSTART;VALUE=DATE:20260231"]],
    ["letters for a date", ["DTSTART:2026031OT09OOOOZ", "DURATION:PT1H"]],
    ["a date too short", ["DTSTART:2026031", "DURATION:PT1H"]],
    ["DTEND before DTSTART", ["DTSTART:20260310T090000Z", "DTEND:20260310T080000Z"]],
    ["a negative DURATION", ["DTSTART:20260310T090000Z", "DURATION:-PT1H"]],
    ["no DTSTART", ["DTEND:20260310T100000Z"]],
    ["a DATE start and a DATE-TIME end", ["DTSTART;VALUE=DATE:20260310", "DTEND:20260310T100000Z"]],
    [
      "a malformed EXDATE",
      ["DTSTART:20260310T090000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY", "EXDATE:20261399T000000Z"],
    ],
  ])("%s", (_name, properties) => {
    expect(readBeside(...properties)).toEqual({ uids: ["meeting@example.com"], skippedEvents: 1 });
  });

  it("a replacement whose RECURRENCE-ID is malformed", () => {
    const text = calendarOf(
      MEETING,
      eventOf("series@example.com", "RECURRENCE-ID:20269999T090000Z", "DTSTART:20260311T090000Z", "DURATION:PT1H"),
    );
    expect(readBusy(text).skippedEvents).toBe(1);
  });

  it("while dates in the year 9999 are simply outside the window", () => {
    expect(readBeside("DTSTART:99991231T090000Z", "DTEND:99991231T100000Z")).toEqual({
      uids: ["meeting@example.com"],
      skippedEvents: 0,
    });
  });

  it("while a raw line break in a description costs nothing", () => {
    const text = calendarOf(
      ics`
        BEGIN:VEVENT
        UID:notes@example.com
        DTSTAMP:20260201T120000Z
        DTSTART:20260311T090000Z
        DTEND:20260311T100000Z
        DESCRIPTION:Agenda
        bring the contract
        END:VEVENT`,
    );
    expect(readBusy(text).intervals.map((interval) => interval.uid)).toEqual(["notes@example.com"]);
  });
});

describe("time zone definitions", () => {
  const zone = (tzid: string, rule: string) => ics`
    BEGIN:VTIMEZONE
    TZID:${tzid}
    BEGIN:STANDARD
    DTSTART:00010101T000000
    TZOFFSETFROM:+0100
    TZOFFSETTO:+0100
    ${rule}
    END:STANDARD
    END:VTIMEZONE`;

  it("of a shape ical.js would expand for ever are read in the coach's zone instead", () => {
    const text = calendarOf(
      zone("Nowhere Standard Time", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"),
      eventOf("event@example.com", "DTSTART;TZID=Nowhere Standard Time:20260330T100000", "DURATION:PT1H"),
    );
    expect(asIso(readBusy(text).intervals)).toEqual([["2026-03-30T09:00:00.000Z", "2026-03-30T10:00:00.000Z"]]);
  });

  it("by the thousand make the file too complex", () => {
    const tzids = Array.from({ length: 1000 }, (_, i) => `Zone ${i} Standard Time`);
    const text = calendarOf(
      ...tzids.map((tzid) => zone(tzid, "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")),
      ...tzids.map((tzid, i) =>
        eventOf(`event-${i}@example.com`, `DTSTART;TZID=${tzid}:20260330T100000`, "DURATION:PT1H"),
      ),
    );
    expect(failureOf(text).reason).toBe("too_complex");
  });
});
