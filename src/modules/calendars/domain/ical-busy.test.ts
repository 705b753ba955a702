import { describe, expect, it } from "vitest";
import { asIso, busyOfEvent, calendarOf, COACH_EMAIL, eventOf, ics, readBusy } from "~/test/ical-fixtures";

const OUTLOOK_EASTERN = ics`
  BEGIN:VTIMEZONE
  TZID:Eastern Standard Time
  BEGIN:STANDARD
  DTSTART:16010101T020000
  TZOFFSETFROM:-0400
  TZOFFSETTO:-0500
  RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
  END:STANDARD
  BEGIN:DAYLIGHT
  DTSTART:16010101T020000
  TZOFFSETFROM:-0500
  TZOFFSETTO:-0400
  RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
  END:DAYLIGHT
  END:VTIMEZONE`;

describe("single events", () => {
  it("reads DTSTART and DTEND in UTC", () => {
    expect(busyOfEvent("DTSTART:20260310T090000Z", "DTEND:20260310T103000Z")).toEqual([
      ["2026-03-10T09:00:00.000Z", "2026-03-10T10:30:00.000Z"],
    ]);
  });

  it("reads DTSTART and DURATION", () => {
    expect(busyOfEvent("DTSTART:20260310T090000Z", "DURATION:PT45M")).toEqual([
      ["2026-03-10T09:00:00.000Z", "2026-03-10T09:45:00.000Z"],
    ]);
  });

  it("counts a DURATION's days as calendar days: P1D across the clocks going forward is 23 hours", () => {
    expect(busyOfEvent("DTSTART;TZID=Europe/London:20260328T120000", "DURATION:P1DT30M")).toEqual([
      ["2026-03-28T12:00:00.000Z", "2026-03-29T11:30:00.000Z"],
    ]);
  });

  it("holds no time for a DATE-TIME DTSTART alone, and one day for a DATE alone", () => {
    expect(busyOfEvent("DTSTART:20260310T090000Z")).toEqual([]);
    expect(busyOfEvent("DTSTART;VALUE=DATE:20260310")).toEqual([
      ["2026-03-10T00:00:00.000Z", "2026-03-11T00:00:00.000Z"],
    ]);
  });

  it("keeps a DTEND in another zone than DTSTART (a flight) as the instants they name", () => {
    expect(
      busyOfEvent("DTSTART;TZID=America/New_York:20260320T190000", "DTEND;TZID=Europe/London:20260321T070000"),
    ).toEqual([["2026-03-20T23:00:00.000Z", "2026-03-21T07:00:00.000Z"]]);
  });

  it("returns intervals sorted by start, each with its event's UID", () => {
    const text = calendarOf(
      eventOf("later@example.com", "DTSTART:20260312T090000Z", "DTEND:20260312T100000Z"),
      eventOf("earlier@example.com", "DTSTART:20260311T090000Z", "DTEND:20260311T100000Z"),
    );
    expect(readBusy(text).intervals.map((interval) => interval.uid)).toEqual([
      "earlier@example.com",
      "later@example.com",
    ]);
  });
});

describe("time zones", () => {
  it("reads an IANA TZID without a VTIMEZONE with the system's rules, across the US change on 8 March", () => {
    const text = calendarOf(
      eventOf("before@example.com", "DTSTART;TZID=America/New_York:20260306T090000", "DURATION:PT1H"),
      eventOf("after@example.com", "DTSTART;TZID=America/New_York:20260309T090000", "DURATION:PT1H"),
    );
    expect(asIso(readBusy(text).intervals)).toEqual([
      ["2026-03-06T14:00:00.000Z", "2026-03-06T15:00:00.000Z"],
      ["2026-03-09T13:00:00.000Z", "2026-03-09T14:00:00.000Z"],
    ]);
  });

  it("reads an Outlook zone name from the file's VTIMEZONE", () => {
    const text = calendarOf(
      OUTLOOK_EASTERN,
      eventOf("before@example.com", "DTSTART;TZID=Eastern Standard Time:20260306T090000", "DURATION:PT1H"),
      eventOf("after@example.com", "DTSTART;TZID=Eastern Standard Time:20260309T090000", "DURATION:PT1H"),
    );
    expect(asIso(readBusy(text).intervals)).toEqual([
      ["2026-03-06T14:00:00.000Z", "2026-03-06T15:00:00.000Z"],
      ["2026-03-09T13:00:00.000Z", "2026-03-09T14:00:00.000Z"],
    ]);
  });

  it("prefers the system's rules for an IANA name over a VTIMEZONE the file gets wrong", () => {
    const text = calendarOf(
      ics`
        BEGIN:VTIMEZONE
        TZID:America/New_York
        BEGIN:STANDARD
        DTSTART:19700101T000000
        TZOFFSETFROM:+0500
        TZOFFSETTO:+0500
        END:STANDARD
        END:VTIMEZONE`,
      eventOf("event@example.com", "DTSTART;TZID=America/New_York:20260309T090000", "DURATION:PT1H"),
    );
    expect(asIso(readBusy(text).intervals)).toEqual([["2026-03-09T13:00:00.000Z", "2026-03-09T14:00:00.000Z"]]);
  });

  it("reads floating times in the coach's zone, across the UK change on 29 March", () => {
    const text = calendarOf(
      eventOf("gmt@example.com", "DTSTART:20260327T100000", "DTEND:20260327T110000"),
      eventOf("bst@example.com", "DTSTART:20260330T100000", "DTEND:20260330T110000"),
    );
    expect(asIso(readBusy(text).intervals)).toEqual([
      ["2026-03-27T10:00:00.000Z", "2026-03-27T11:00:00.000Z"],
      ["2026-03-30T09:00:00.000Z", "2026-03-30T10:00:00.000Z"],
    ]);
    expect(asIso(readBusy(text, { coachTimeZone: "Asia/Tokyo" }).intervals)[0]).toEqual([
      "2026-03-27T01:00:00.000Z",
      "2026-03-27T02:00:00.000Z",
    ]);
  });

  it("reads a TZID that is neither an IANA name nor defined in the file in the coach's zone", () => {
    expect(busyOfEvent("DTSTART;TZID=Somewhere Standard Time:20260330T100000", "DURATION:PT1H")).toEqual([
      ["2026-03-30T09:00:00.000Z", "2026-03-30T10:00:00.000Z"],
    ]);
  });

  it("reads TZID=UTC and old IANA names", () => {
    expect(busyOfEvent("DTSTART;TZID=UTC:20260310T090000", "DURATION:PT1H")[0]?.[0]).toBe("2026-03-10T09:00:00.000Z");
    expect(busyOfEvent("DTSTART;TZID=Asia/Calcutta:20260310T090000", "DURATION:PT1H")[0]?.[0]).toBe(
      "2026-03-10T03:30:00.000Z",
    );
  });
});

describe("several calendars in one text", () => {
  it("are all read, each with its own time zone definitions", () => {
    const zone = (offset: string) => ics`
      BEGIN:VTIMEZONE
      TZID:Office Time
      BEGIN:STANDARD
      DTSTART:19700101T000000
      TZOFFSETFROM:${offset}
      TZOFFSETTO:${offset}
      END:STANDARD
      END:VTIMEZONE`;
    const meeting = (uid: string) => eventOf(uid, "DTSTART;TZID=Office Time:20260310T090000", "DURATION:PT1H");
    const text =
      calendarOf(zone("+0200"), meeting("athens@example.com")) + calendarOf(zone("-0300"), meeting("rio@example.com"));
    expect(
      readBusy(text).intervals.map((interval) => [interval.uid, new Date(interval.startMs).toISOString()]),
    ).toEqual([
      ["athens@example.com", "2026-03-10T07:00:00.000Z"],
      ["rio@example.com", "2026-03-10T12:00:00.000Z"],
    ]);
  });
});

describe("what does not block", () => {
  const meeting = ["DTSTART:20260310T090000Z", "DTEND:20260310T100000Z"];

  it("a transparent (free) event", () => {
    expect(busyOfEvent(...meeting, "TRANSP:TRANSPARENT")).toEqual([]);
    expect(busyOfEvent(...meeting, "TRANSP:OPAQUE")).toHaveLength(1);
  });

  it("a cancelled event, a whole cancelled series included", () => {
    expect(busyOfEvent(...meeting, "STATUS:CANCELLED")).toEqual([]);
    expect(busyOfEvent(...meeting, "RRULE:FREQ=DAILY;COUNT=10", "STATUS:CANCELLED")).toEqual([]);
    expect(busyOfEvent(...meeting, "STATUS:TENTATIVE")).toHaveLength(1);
  });

  it("an event the coach declined, whatever the case of the address", () => {
    const coach = `ATTENDEE;CN=Sam;PARTSTAT=DECLINED:MAILTO:${COACH_EMAIL.toUpperCase()}`;
    expect(busyOfEvent(...meeting, "ORGANIZER:mailto:client@example.com", coach)).toEqual([]);
  });

  it("but an event someone else declined, or the coach accepted, does", () => {
    const other = "ATTENDEE;PARTSTAT=DECLINED:mailto:client@example.com";
    const coach = `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${COACH_EMAIL}`;
    expect(busyOfEvent(...meeting, other, coach)).toHaveLength(1);
  });

  it("recognises the coach by Apple's EMAIL parameter", () => {
    const coach = `ATTENDEE;EMAIL=${COACH_EMAIL};PARTSTAT=DECLINED:urn:uuid:2f1c7d0e-8a1b-4c55-9a57-0c6b1e1f4a11`;
    expect(busyOfEvent(...meeting, coach)).toEqual([]);
  });

  it("one of our own sessions, recognised by its UID", () => {
    const text = calendarOf(
      eventOf("session-8f2c@fieldnotes.test", ...meeting),
      eventOf("dentist@example.com", "DTSTART:20260311T090000Z", "DTEND:20260311T100000Z"),
    );
    const { intervals } = readBusy(text, { isOwnSession: (uid) => uid.endsWith("@fieldnotes.test") });
    expect(intervals.map((interval) => interval.uid)).toEqual(["dentist@example.com"]);
  });

  it("to-dos and journal entries", () => {
    const text = calendarOf(
      ics`
        BEGIN:VTODO
        UID:todo@example.com
        DTSTAMP:20260201T120000Z
        DTSTART:20260310T090000Z
        DUE:20260310T100000Z
        END:VTODO
        BEGIN:VJOURNAL
        UID:journal@example.com
        DTSTAMP:20260201T120000Z
        DTSTART;VALUE=DATE:20260310
        END:VJOURNAL`,
    );
    expect(readBusy(text)).toEqual({ intervals: [], skippedEvents: 0 });
  });
});

describe("free/busy blocks", () => {
  it("block their busy periods and not their free ones", () => {
    const text = calendarOf(ics`
      BEGIN:VFREEBUSY
      UID:freebusy@example.com
      DTSTAMP:20260201T120000Z
      FREEBUSY:20260310T090000Z/20260310T100000Z,20260311T090000Z/PT30M
      FREEBUSY;FBTYPE=BUSY-TENTATIVE:20260312T090000Z/20260312T100000Z
      FREEBUSY;FBTYPE=FREE:20260313T090000Z/20260313T100000Z
      END:VFREEBUSY`);
    expect(asIso(readBusy(text).intervals)).toEqual([
      ["2026-03-10T09:00:00.000Z", "2026-03-10T10:00:00.000Z"],
      ["2026-03-11T09:00:00.000Z", "2026-03-11T09:30:00.000Z"],
      ["2026-03-12T09:00:00.000Z", "2026-03-12T10:00:00.000Z"],
    ]);
  });
});

describe("all-day events", () => {
  it("block their whole days in the coach's zone", () => {
    expect(busyOfEvent("DTSTART;VALUE=DATE:20260310", "DTEND;VALUE=DATE:20260311")).toEqual([
      ["2026-03-10T00:00:00.000Z", "2026-03-11T00:00:00.000Z"],
    ]);
    const inNewYork = readBusy(calendarOf(eventOf("holiday@example.com", "DTSTART;VALUE=DATE:20260310")), {
      coachTimeZone: "America/New_York",
    });
    expect(asIso(inNewYork.intervals)).toEqual([["2026-03-10T04:00:00.000Z", "2026-03-11T04:00:00.000Z"]]);
  });

  it("block every day of a multi-day event", () => {
    expect(busyOfEvent("DTSTART;VALUE=DATE:20260316", "DTEND;VALUE=DATE:20260319")).toEqual([
      ["2026-03-16T00:00:00.000Z", "2026-03-19T00:00:00.000Z"],
    ]);
    expect(busyOfEvent("DTSTART;VALUE=DATE:20260316", "DURATION:P1W")).toEqual([
      ["2026-03-16T00:00:00.000Z", "2026-03-23T00:00:00.000Z"],
    ]);
  });

  it("block a 23-hour day and a 25-hour day whole", () => {
    const text = calendarOf(
      eventOf("spring@example.com", "DTSTART;VALUE=DATE:20260329"),
      eventOf("autumn@example.com", "DTSTART;VALUE=DATE:20261025"),
    );
    const { intervals } = readBusy(text, { toMs: Date.parse("2026-11-01T00:00:00Z") });
    expect(asIso(intervals)).toEqual([
      ["2026-03-29T00:00:00.000Z", "2026-03-29T23:00:00.000Z"],
      ["2026-10-24T23:00:00.000Z", "2026-10-26T00:00:00.000Z"],
    ]);
    expect(intervals.map((interval) => (interval.endMs - interval.startMs) / 3_600_000)).toEqual([23, 25]);
  });

  it("block each day of a recurring all-day event", () => {
    expect(busyOfEvent("DTSTART;VALUE=DATE:20260301", "RRULE:FREQ=WEEKLY;BYDAY=SU;COUNT=3")).toEqual([
      ["2026-03-01T00:00:00.000Z", "2026-03-02T00:00:00.000Z"],
      ["2026-03-08T00:00:00.000Z", "2026-03-09T00:00:00.000Z"],
      ["2026-03-15T00:00:00.000Z", "2026-03-16T00:00:00.000Z"],
    ]);
  });

  it("block nothing when the connection says all-day events are free", () => {
    const text = calendarOf(
      eventOf("holiday@example.com", "DTSTART;VALUE=DATE:20260310", "DTEND;VALUE=DATE:20260312"),
      eventOf("meeting@example.com", "DTSTART:20260310T090000Z", "DTEND:20260310T100000Z"),
    );
    const { intervals, skippedEvents } = readBusy(text, { allDayEventsBlock: false });
    expect(intervals.map((interval) => interval.uid)).toEqual(["meeting@example.com"]);
    expect(skippedEvents).toBe(0);
  });
});
