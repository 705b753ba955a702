import { describe, expect, it } from "vitest";
import { instantToZonedParts } from "~/lib/time-zones";
import { asIso, busyOfEvent, calendarOf, eventOf, readBusy } from "~/test/ical-fixtures";

const startsOf = (intervals: string[][]) => intervals.map(([start]) => start);

describe("recurrence rules", () => {
  it("stops after COUNT occurrences", () => {
    expect(busyOfEvent("DTSTART:20260302T090000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3")).toEqual([
      ["2026-03-02T09:00:00.000Z", "2026-03-02T10:00:00.000Z"],
      ["2026-03-09T09:00:00.000Z", "2026-03-09T10:00:00.000Z"],
      ["2026-03-16T09:00:00.000Z", "2026-03-16T10:00:00.000Z"],
    ]);
  });

  it("keeps the last occurrence of a UTC UNTIL for a zone east of UTC", () => {
    // 09:00 in Berlin is 08:00Z: compared as wall clocks, 09:00 would be past an UNTIL of 08:00.
    const busy = busyOfEvent(
      "DTSTART;TZID=Europe/Berlin:20260302T090000",
      "DURATION:PT1H",
      "RRULE:FREQ=DAILY;UNTIL=20260304T080000Z",
    );
    expect(startsOf(busy)).toEqual([
      "2026-03-02T08:00:00.000Z",
      "2026-03-03T08:00:00.000Z",
      "2026-03-04T08:00:00.000Z",
    ]);
  });

  it("ends at a DATE UNTIL of an all-day series, that day included", () => {
    const busy = busyOfEvent("DTSTART;VALUE=DATE:20260302", "RRULE:FREQ=DAILY;UNTIL=20260304");
    expect(startsOf(busy)).toEqual([
      "2026-03-02T00:00:00.000Z",
      "2026-03-03T00:00:00.000Z",
      "2026-03-04T00:00:00.000Z",
    ]);
  });

  it("follows BYDAY and INTERVAL", () => {
    const busy = busyOfEvent(
      "DTSTART:20260303T090000Z",
      "DURATION:PT1H",
      "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4",
    );
    expect(startsOf(busy)).toEqual([
      "2026-03-03T09:00:00.000Z",
      "2026-03-05T09:00:00.000Z",
      "2026-03-17T09:00:00.000Z",
      "2026-03-19T09:00:00.000Z",
    ]);
  });

  it("adds RDATEs and leaves out EXDATEs written in another zone or as a whole day", () => {
    const busy = busyOfEvent(
      "DTSTART;TZID=Europe/London:20260302T090000",
      "DURATION:PT1H",
      "RRULE:FREQ=DAILY;COUNT=5",
      "EXDATE:20260303T090000Z",
      "EXDATE;VALUE=DATE:20260305",
      "RDATE;TZID=Europe/London:20260307T110000",
      "RDATE;VALUE=PERIOD:20260308T150000Z/20260308T170000Z",
    );
    expect(busy).toEqual([
      ["2026-03-02T09:00:00.000Z", "2026-03-02T10:00:00.000Z"],
      ["2026-03-04T09:00:00.000Z", "2026-03-04T10:00:00.000Z"],
      ["2026-03-06T09:00:00.000Z", "2026-03-06T10:00:00.000Z"],
      ["2026-03-07T11:00:00.000Z", "2026-03-07T12:00:00.000Z"],
      ["2026-03-08T15:00:00.000Z", "2026-03-08T17:00:00.000Z"],
    ]);
  });

  it("counts DTSTART once when an RDATE repeats it", () => {
    expect(busyOfEvent("DTSTART:20260302T090000Z", "DURATION:PT1H", "RDATE:20260302T090000Z")).toHaveLength(1);
  });

  it("expands rules that began a century or two ago to the right days", () => {
    const daily = busyOfEvent("DTSTART:19000101T090000Z", "DURATION:PT30M", "RRULE:FREQ=DAILY");
    expect(daily).toHaveLength(61);
    expect(daily[0]).toEqual(["2026-03-01T09:00:00.000Z", "2026-03-01T09:30:00.000Z"]);
    expect(daily.at(-1)).toEqual(["2026-04-30T09:00:00.000Z", "2026-04-30T09:30:00.000Z"]);

    const lastFriday = busyOfEvent("DTSTART:19900126T170000Z", "DURATION:PT1H", "RRULE:FREQ=MONTHLY;BYDAY=-1FR");
    expect(startsOf(lastFriday)).toEqual(["2026-03-27T17:00:00.000Z", "2026-04-24T17:00:00.000Z"]);

    const lastWeekday = busyOfEvent(
      "DTSTART:19900131T170000Z",
      "DURATION:PT1H",
      "RRULE:FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
    );
    expect(startsOf(lastWeekday)).toEqual(["2026-03-31T17:00:00.000Z", "2026-04-30T17:00:00.000Z"]);

    const birthday = busyOfEvent("DTSTART;VALUE=DATE:19500315", "RRULE:FREQ=YEARLY");
    expect(birthday).toEqual([["2026-03-15T00:00:00.000Z", "2026-03-16T00:00:00.000Z"]]);
  });

  it("reads a leap-day series with no occurrence in the window as nothing, not as unreadable", () => {
    const text = calendarOf(eventOf("leap@example.com", "DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY"));
    expect(readBusy(text)).toEqual({ intervals: [], skippedEvents: 0 });
  });
});

describe("the window", () => {
  const weekly = calendarOf(
    eventOf("weekly@example.com", "DTSTART:20260105T090000Z", "DURATION:PT2H", "RRULE:FREQ=WEEKLY"),
  );

  it("holds only occurrences overlapping it, an occurrence across its start whole", () => {
    const { intervals } = readBusy(weekly, {
      fromMs: Date.parse("2026-03-02T10:00:00Z"),
      toMs: Date.parse("2026-03-16T09:00:00Z"),
    });
    expect(asIso(intervals)).toEqual([
      ["2026-03-02T09:00:00.000Z", "2026-03-02T11:00:00.000Z"],
      ["2026-03-09T09:00:00.000Z", "2026-03-09T11:00:00.000Z"],
    ]);
  });

  it("is half-open: an occurrence ending as it starts is left out", () => {
    const { intervals } = readBusy(weekly, {
      fromMs: Date.parse("2026-03-02T11:00:00Z"),
      toMs: Date.parse("2026-03-09T09:00:00Z"),
    });
    expect(intervals).toEqual([]);
  });
});

describe("a weekly meeting in New York seen by a coach in London", () => {
  // Wednesdays 10:00–11:00 New York time. The US moves its clocks on 8 March 2026, the UK on 29 March, so for
  // three weeks the meeting is an hour earlier for the coach; one occurrence is moved, one cancelled.
  const series = [
    "DTSTART;TZID=America/New_York:20260225T100000",
    "DTEND;TZID=America/New_York:20260225T110000",
    "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20260415T140000Z",
    "SUMMARY:Supervision",
  ];
  const text = calendarOf(
    eventOf("supervision@example.com", ...series),
    eventOf(
      "supervision@example.com",
      "RECURRENCE-ID;TZID=America/New_York:20260318T100000",
      "DTSTART;TZID=America/New_York:20260319T130000",
      "DTEND;TZID=America/New_York:20260319T140000",
      "SUMMARY:Supervision (moved)",
    ),
    eventOf(
      "supervision@example.com",
      "RECURRENCE-ID:20260401T140000Z",
      "DTSTART;TZID=America/New_York:20260401T100000",
      "DTEND;TZID=America/New_York:20260401T110000",
      "STATUS:CANCELLED",
    ),
  );
  const { intervals, skippedEvents } = readBusy(text, { coachTimeZone: "Europe/London" });

  it("follows New York's wall clock across both changes", () => {
    expect(skippedEvents).toBe(0);
    expect(asIso(intervals)).toEqual([
      ["2026-03-04T15:00:00.000Z", "2026-03-04T16:00:00.000Z"],
      ["2026-03-11T14:00:00.000Z", "2026-03-11T15:00:00.000Z"],
      ["2026-03-19T17:00:00.000Z", "2026-03-19T18:00:00.000Z"],
      ["2026-03-25T14:00:00.000Z", "2026-03-25T15:00:00.000Z"],
      ["2026-04-08T14:00:00.000Z", "2026-04-08T15:00:00.000Z"],
      ["2026-04-15T14:00:00.000Z", "2026-04-15T15:00:00.000Z"],
    ]);
    const newYorkTimes = intervals
      .filter((interval) => interval.startMs !== Date.parse("2026-03-19T17:00:00Z"))
      .map((interval) => instantToZonedParts(new Date(interval.startMs), "America/New_York").time);
    expect(new Set(newYorkTimes)).toEqual(new Set(["10:00"]));
    const londonTimes = intervals.map((interval) => instantToZonedParts(new Date(interval.startMs), "Europe/London"));
    expect(londonTimes.map((parts) => `${parts.date} ${parts.time}`)).toEqual([
      "2026-03-04 15:00",
      "2026-03-11 14:00",
      "2026-03-19 17:00",
      "2026-03-25 14:00",
      "2026-04-08 15:00",
      "2026-04-15 15:00",
    ]);
  });

  it("counts a moved occurrence at its new time only, and drops a cancelled one", () => {
    const starts = intervals.map((interval) => new Date(interval.startMs).toISOString());
    expect(starts).not.toContain("2026-03-18T14:00:00.000Z");
    expect(starts).toContain("2026-03-19T17:00:00.000Z");
    expect(starts).not.toContain("2026-04-01T14:00:00.000Z");
  });
});

describe("replaced occurrences", () => {
  const master = ["DTSTART;TZID=Europe/London:20260302T090000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3"];

  it("marked free in a replacement stop blocking, the rest of the series still does", () => {
    const text = calendarOf(
      eventOf("standup@example.com", ...master),
      eventOf(
        "standup@example.com",
        "RECURRENCE-ID;TZID=Europe/London:20260303T090000",
        "DTSTART;TZID=Europe/London:20260303T090000",
        "DURATION:PT1H",
        "TRANSP:TRANSPARENT",
      ),
    );
    expect(startsOf(asIso(readBusy(text).intervals))).toEqual(["2026-03-02T09:00:00.000Z", "2026-03-04T09:00:00.000Z"]);
  });

  it("block at their own time when changed only in title, counted once", () => {
    const text = calendarOf(
      eventOf("standup@example.com", ...master),
      eventOf(
        "standup@example.com",
        "RECURRENCE-ID;TZID=Europe/London:20260303T090000",
        "DTSTART;TZID=Europe/London:20260303T090000",
        "DURATION:PT1H",
        "SUMMARY:Stand-up with guests",
      ),
    );
    expect(readBusy(text).intervals).toHaveLength(3);
  });

  it("block on their own when the series is not in the file (one invitation of a series)", () => {
    const text = calendarOf(
      eventOf(
        "invited-once@example.com",
        "RECURRENCE-ID;TZID=Europe/London:20260303T090000",
        "DTSTART;TZID=Europe/London:20260303T100000",
        "DURATION:PT1H",
      ),
    );
    expect(asIso(readBusy(text).intervals)).toEqual([["2026-03-03T10:00:00.000Z", "2026-03-03T11:00:00.000Z"]]);
  });

  it("of another event with the same time are left alone", () => {
    const text = calendarOf(
      eventOf("standup@example.com", ...master),
      eventOf(
        "other@example.com",
        "RECURRENCE-ID;TZID=Europe/London:20260303T090000",
        "DTSTART;TZID=Europe/London:20260303T090000",
        "DURATION:PT1H",
        "STATUS:CANCELLED",
      ),
    );
    expect(readBusy(text).intervals).toHaveLength(3);
  });
});
