import { describe, expect, it } from "vitest";
import {
  addDays,
  currentZoneName,
  eachDate,
  firstInstantAtOrAfterWallTime,
  formatClockTime,
  formatInstant,
  formatDayAndClockTime,
  formatLocalDate,
  instantRangeOfLocalDates,
  instantToZonedParts,
  isLocalDate,
  isLocalTime,
  isValidTimeZone,
  localDateOf,
  localDateOfMs,
  localDateSchema,
  localTimeSchema,
  localTimeToMinutes,
  minutesToLocalTime,
  startOfLocalDay,
  timeZoneSchema,
  supportedTimeZones,
  weekdayOf,
  zoneAbbreviation,
  zonedDateClock,
  zonedWallTimeToInstant,
  zonedWallTimeToInstants,
  zoneOffsetLabel,
} from "./time-zones";

const iso = (d: Date | null) => d?.toISOString() ?? null;
const US = { locale: "en-US", hourCycle: "h12" } as const;
const UK = { locale: "en-GB", hourCycle: "h23" } as const;
const instant = (date: string, time: string, zone: string) => iso(zonedWallTimeToInstant(date, time, zone));

describe("time zones", () => {
  it("accepts IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(timeZoneSchema.safeParse("Not/AZone").success).toBe(false);
  });

  it("uses today's names for zones the browser reports by an old one", () => {
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentZoneName("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(currentZoneName("Europe/London")).toBe("Europe/London");
    expect(timeZoneSchema.parse("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(supportedTimeZones()).toContain("Asia/Kolkata");
    expect(supportedTimeZones()).not.toContain("Asia/Calcutta");
    expect(formatInstant(new Date("2026-11-24T09:00:00Z"), "Asia/Kolkata")).toContain("14:30");
  });

  it("shows the zone with every instant, across a DST change", () => {
    const beforeSpringForward = new Date("2026-03-08T06:30:00Z"); // 01:30 EST
    const afterSpringForward = new Date("2026-03-08T07:30:00Z"); // 03:30 EDT
    expect(formatInstant(beforeSpringForward, "America/New_York", US)).toBe("Sun, Mar 8, 2026, 1:30 AM EST");
    expect(formatInstant(afterSpringForward, "America/New_York", US)).toBe("Sun, Mar 8, 2026, 3:30 AM EDT");
    expect(formatInstant(afterSpringForward, "America/New_York")).toBe("Sun, 8 Mar 2026, 03:30 EDT");
    expect(formatInstant(afterSpringForward, "Asia/Kolkata", UK)).toBe("Sun, 8 Mar 2026, 13:00 IST");
    expect(zoneOffsetLabel("Asia/Kolkata")).toBe("GMT+5:30");
    expect(zoneOffsetLabel("Europe/London", new Date("2026-01-15T12:00:00Z"))).toBe("GMT");
  });
});

describe("local dates and times", () => {
  it.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["2026-4-1", false],
    ["26-04-01", false],
    ["2026-04-01T00:00", false],
    ["", false],
  ])("isLocalDate(%j) is %s", (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
    expect(localDateSchema.safeParse(value).success).toBe(expected);
  });

  it.each([
    ["00:00", true],
    ["09:05", true],
    ["23:59", true],
    ["24:00", false],
    ["9:00", false],
    ["12:60", false],
    ["12:00:00", false],
  ])("isLocalTime(%j) is %s", (value, expected) => {
    expect(isLocalTime(value)).toBe(expected);
    expect(localTimeSchema.safeParse(value).success).toBe(expected);
  });

  it("refuses non-strings", () => {
    expect(isLocalDate(20260101)).toBe(false);
    expect(isLocalTime(null)).toBe(false);
  });

  it("converts wall-clock times to minutes and back", () => {
    expect(localTimeToMinutes("00:00")).toBe(0);
    expect(localTimeToMinutes("13:45")).toBe(825);
    expect(minutesToLocalTime(825)).toBe("13:45");
    expect(minutesToLocalTime(1439)).toBe("23:59");
    expect(() => minutesToLocalTime(1440)).toThrow(RangeError);
    expect(() => localTimeToMinutes("25:00")).toThrow(RangeError);
  });

  it("does calendar arithmetic across months, years and leap days", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-08", 0)).toBe("2026-03-08");
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("lists dates inclusively, and nothing for a backwards range", () => {
    expect(eachDate("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(eachDate("2026-03-08", "2026-03-08")).toEqual(["2026-03-08"]);
    expect(eachDate("2026-03-09", "2026-03-08")).toEqual([]);
    // A DST change must not lose or repeat a date.
    expect(eachDate("2026-03-07", "2026-03-09")).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
  });

  it.each([
    ["2026-11-23", 1],
    ["2026-11-28", 6],
    ["2026-11-29", 7],
    ["2000-01-01", 6],
    ["2028-02-29", 2],
  ])("weekdayOf(%s) is %i (ISO, Monday = 1)", (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});

describe("wall-clock time → instant", () => {
  it.each([
    // zone, date, time, instant (null = the clock skips that time)
    ["UTC", "2026-06-01", "12:00", "2026-06-01T12:00:00.000Z"],
    ["America/New_York", "2026-01-15", "09:00", "2026-01-15T14:00:00.000Z"],
    ["America/New_York", "2026-07-15", "09:00", "2026-07-15T13:00:00.000Z"],
    // New York springs forward 2026-03-08 at 02:00 EST → 03:00 EDT.
    ["America/New_York", "2026-03-08", "01:59", "2026-03-08T06:59:00.000Z"],
    ["America/New_York", "2026-03-08", "02:00", null],
    ["America/New_York", "2026-03-08", "02:30", null],
    ["America/New_York", "2026-03-08", "02:59", null],
    ["America/New_York", "2026-03-08", "03:00", "2026-03-08T07:00:00.000Z"],
    // …and falls back 2026-11-01 at 02:00 EDT → 01:00 EST: 01:xx happens twice, the earlier (EDT) one wins.
    ["America/New_York", "2026-11-01", "00:59", "2026-11-01T04:59:00.000Z"],
    ["America/New_York", "2026-11-01", "01:00", "2026-11-01T05:00:00.000Z"],
    ["America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00.000Z"],
    ["America/New_York", "2026-11-01", "01:59", "2026-11-01T05:59:00.000Z"],
    ["America/New_York", "2026-11-01", "02:00", "2026-11-01T07:00:00.000Z"],
    // London: 01:00 GMT → 02:00 BST on 2026-03-29, 02:00 BST → 01:00 GMT on 2026-10-25.
    ["Europe/London", "2026-03-29", "00:59", "2026-03-29T00:59:00.000Z"],
    ["Europe/London", "2026-03-29", "01:30", null],
    ["Europe/London", "2026-03-29", "02:00", "2026-03-29T01:00:00.000Z"],
    ["Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00.000Z"],
    ["Europe/London", "2026-10-25", "02:00", "2026-10-25T02:00:00.000Z"],
    // Kolkata: +05:30 all year.
    ["Asia/Kolkata", "2026-01-15", "09:00", "2026-01-15T03:30:00.000Z"],
    ["Asia/Kolkata", "2026-07-15", "00:00", "2026-07-14T18:30:00.000Z"],
    // Chatham: +12:45 in its winter, +13:45 in summer.
    ["Pacific/Chatham", "2026-06-01", "09:00", "2026-05-31T20:15:00.000Z"],
    ["Pacific/Chatham", "2026-01-15", "09:00", "2026-01-14T19:15:00.000Z"],
    // Lord Howe moves by 30 minutes: 02:00 → 02:30 on 2026-10-04, 02:00 → 01:30 on 2026-04-05.
    ["Australia/Lord_Howe", "2026-10-04", "02:15", null],
    ["Australia/Lord_Howe", "2026-10-04", "02:30", "2026-10-03T15:30:00.000Z"],
    ["Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-04T14:45:00.000Z"],
    // Southern hemisphere, midnight transitions: Santiago's clock goes 00:00 → 01:00 on 2026-09-06.
    ["America/Santiago", "2026-09-06", "00:00", null],
    ["America/Santiago", "2026-09-06", "00:30", null],
    ["America/Santiago", "2026-09-06", "01:00", "2026-09-06T04:00:00.000Z"],
  ])("%s %s %s → %s", (zone, date, time, expected) => {
    expect(instant(date, time, zone)).toBe(expected);
  });

  it("refuses malformed input instead of guessing", () => {
    expect(() => zonedWallTimeToInstant("2026-02-30", "09:00", "UTC")).toThrow(RangeError);
    expect(() => zonedWallTimeToInstant("2026-02-01", "9am", "UTC")).toThrow(RangeError);
    expect(() => zonedWallTimeToInstant("2026-02-01", "09:00", "Mars/Olympus")).toThrow(RangeError);
  });

  it("moves a skipped wall time to the end of the gap when a real instant is needed", () => {
    expect(iso(firstInstantAtOrAfterWallTime("2026-03-08", "02:30", "America/New_York"))).toBe(
      "2026-03-08T07:00:00.000Z",
    );
    expect(iso(firstInstantAtOrAfterWallTime("2026-10-04", "02:15", "Australia/Lord_Howe"))).toBe(
      "2026-10-03T15:30:00.000Z",
    );
    expect(iso(firstInstantAtOrAfterWallTime("2026-11-01", "01:30", "America/New_York"))).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    expect(iso(firstInstantAtOrAfterWallTime("2026-11-01", "01:30", "America/New_York", { repeated: "later" }))).toBe(
      "2026-11-01T06:30:00.000Z",
    );
    expect(iso(firstInstantAtOrAfterWallTime("2026-03-08", "02:30", "America/New_York", { repeated: "later" }))).toBe(
      "2026-03-08T07:00:00.000Z",
    );
  });

  it.each([
    ["America/New_York", "2026-11-01", "01:30", ["2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z"]],
    ["America/New_York", "2026-11-01", "02:00", ["2026-11-01T07:00:00.000Z"]],
    ["America/New_York", "2026-03-08", "02:30", []],
    ["Europe/London", "2026-10-25", "01:00", ["2026-10-25T00:00:00.000Z", "2026-10-25T01:00:00.000Z"]],
    ["Europe/London", "2026-10-25", "00:59", ["2026-10-24T23:59:00.000Z"]],
    ["Europe/London", "2026-03-29", "01:30", []],
    ["Australia/Lord_Howe", "2026-04-05", "01:45", ["2026-04-04T14:45:00.000Z", "2026-04-04T15:15:00.000Z"]],
    ["Asia/Kolkata", "2026-11-01", "01:30", ["2026-10-31T20:00:00.000Z"]],
  ])("%s %s %s happens at %j", (zone, date, time, expected) => {
    expect(zonedWallTimeToInstants(date, time, zone).map(iso)).toEqual(expected);
  });
});

describe("clock times for people", () => {
  it.each([
    ["America/New_York", "2026-07-01T12:00:00Z", "EDT"],
    ["America/New_York", "2026-01-15T12:00:00Z", "EST"],
    ["Europe/London", "2026-07-01T12:00:00Z", "BST"],
    ["Europe/London", "2026-01-15T12:00:00Z", "GMT"],
    ["Europe/Berlin", "2026-07-01T12:00:00Z", "CEST"],
    // Names in wide use that Intl gives only as an offset in English, each at the offset it stands for.
    ["Asia/Kolkata", "2026-07-01T12:00:00Z", "IST"],
    ["Australia/Sydney", "2026-07-01T12:00:00Z", "AEST"],
    ["Australia/Sydney", "2026-01-15T12:00:00Z", "AEDT"],
    ["Australia/Brisbane", "2026-01-15T12:00:00Z", "AEST"],
    ["America/St_Johns", "2026-07-01T12:00:00Z", "NDT"],
    // A zone nobody abbreviates keeps its offset.
    ["Australia/Lord_Howe", "2026-07-01T12:00:00Z", "GMT+10:30"],
    ["Asia/Kabul", "2026-07-01T12:00:00Z", "GMT+4:30"],
  ])("%s at %s is %s", (zone, at, expected) => {
    expect(zoneAbbreviation(zone, new Date(at))).toBe(expected);
  });

  it.each([
    ["America/New_York", "2026-11-01T04:30:00Z", "00:30"],
    ["America/New_York", "2026-11-01T05:20:00Z", "01:20 EDT"],
    ["America/New_York", "2026-11-01T06:20:00Z", "01:20 EST"],
    ["America/New_York", "2026-11-01T07:20:00Z", "02:20"],
    ["America/New_York", "2026-03-08T07:00:00Z", "03:00"], // after the gap: one 03:00 only
    ["Europe/London", "2026-10-25T00:20:00Z", "01:20 BST"],
    ["Europe/London", "2026-10-25T01:20:00Z", "01:20 GMT"],
    ["Europe/London", "2026-10-25T02:20:00Z", "02:20"],
    ["Australia/Lord_Howe", "2026-04-04T14:45:00Z", "01:45 GMT+11"],
    ["Australia/Lord_Howe", "2026-04-04T15:15:00Z", "01:45 GMT+10:30"],
    ["Asia/Kolkata", "2026-11-01T05:20:00Z", "10:50"],
  ])("%s: %s reads %s", (zone, at, expected) => {
    expect(formatClockTime(new Date(at), zone)).toBe(expected);
  });

  it.each([
    ["en-US", "h12", "2026-11-24T14:00:00Z", "9:00 AM"],
    ["en-US", "h12", "2026-11-24T23:30:00Z", "6:30 PM"],
    ["en-GB", "h23", "2026-11-24T14:00:00Z", "09:00"],
    ["en-GB", "h23", "2026-11-24T23:30:00Z", "18:30"],
    ["en-GB", "h12", "2026-11-24T14:00:00Z", "9:00 am"],
    ["en-US", "h23", "2026-11-24T05:05:00Z", "00:05"],
    ["en-US", "h12", "2026-11-24T05:05:00Z", "12:05 AM"],
  ] as const)("a %s reader on a %s clock sees %s in New York as %s", (locale, hourCycle, at, expected) => {
    expect(formatClockTime(new Date(at), "America/New_York", { locale, hourCycle })).toBe(expected);
  });

  it("labels the repeated hour on a 12-hour clock too", () => {
    expect(formatClockTime(new Date("2026-11-01T05:20:00Z"), "America/New_York", US)).toBe("1:20 AM EDT");
    expect(formatClockTime(new Date("2026-11-01T06:20:00Z"), "America/New_York", US)).toBe("1:20 AM EST");
  });

  it("writes calendar dates in the reader's order", () => {
    expect(formatLocalDate("2026-12-03", UK)).toBe("Thursday 3 December");
    expect(formatLocalDate("2026-12-03", US)).toBe("Thursday, December 3");
    expect(formatLocalDate("2026-12-03", UK, { year: true })).toBe("Thursday, 3 December 2026");
    expect(formatLocalDate("2026-12-03", US, { year: true })).toBe("Thursday, December 3, 2026");
    // Whatever the zone of the machine rendering it: a date is not an instant.
    expect(formatLocalDate("2026-01-01", { locale: "en-NZ", hourCycle: "h12" })).toMatch(/^Thursday,? 1 January$/);
  });

  it("writes short dates and a day with its clock time in the reader's order", () => {
    expect(formatLocalDate("2026-12-14", UK, { short: true, year: true })).toBe("Mon, 14 Dec 2026");
    expect(formatLocalDate("2026-12-14", US, { short: true, year: true })).toBe("Mon, Dec 14, 2026");
    // 23:30 in London on the 23rd is already the 24th in Kolkata: the day comes from the clock the time is read on.
    const lateEvening = new Date("2026-11-23T23:30:00Z");
    expect(formatDayAndClockTime(lateEvening, "Europe/London", UK)).toBe("Mon 23 Nov, 23:30");
    expect(formatDayAndClockTime(lateEvening, "Asia/Kolkata", UK)).toBe("Tue 24 Nov, 05:00");
    expect(formatDayAndClockTime(lateEvening, "America/New_York", US)).toBe("Mon, Nov 23, 6:30 PM");
    expect(formatDayAndClockTime(new Date("2026-11-01T06:20:00Z"), "America/New_York", US)).toBe(
      "Sun, Nov 1, 1:20 AM EST",
    );
  });

  it("never gives two instants the same label on a night the clocks go back, in zones with unusual rules", () => {
    const zones = [
      "America/New_York",
      "America/Havana", // 01:00 → 00:00
      "America/Santiago", // 00:00 → 23:00 the day before
      "Europe/London",
      "Europe/Dublin",
      "Australia/Lord_Howe", // back by half an hour
      "Pacific/Chatham",
      "Africa/Casablanca", // back for Ramadan
    ];
    const clashes: string[] = [];
    let nightsBack = 0;
    for (const zone of zones) {
      const offsetAt = (ms: number) => {
        const { date, time } = instantToZonedParts(new Date(ms), zone);
        return Date.parse(`${date}T${time}:00Z`) - ms;
      };
      // Day by day through 2026; in a day whose offset drops, hour by hour to the change, then every 5 minutes of the
      // hours around it.
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
        if (offsetAt(day + 86_400_000) >= offsetAt(day)) continue;
        let change = day + 3_600_000; // the first whole hour on the smaller offset
        while (offsetAt(change) >= offsetAt(day)) change += 3_600_000;
        nightsBack++;
        const labels = new Map<string, string>();
        for (let at = change - 3 * 3_600_000; at < change + 2 * 3_600_000; at += 5 * 60_000) {
          const label = formatClockTime(new Date(at), zone);
          const earlier = labels.get(label);
          if (earlier) clashes.push(`${zone}: ${earlier} and ${new Date(at).toISOString()} both read ${label}`);
          labels.set(label, new Date(at).toISOString());
        }
      }
    }
    expect(nightsBack).toBeGreaterThanOrEqual(zones.length);
    expect(clashes).toEqual([]);
  });
});

describe("instant → wall-clock time", () => {
  it.each([
    ["2026-03-08T06:59:00Z", "America/New_York", "2026-03-08", "01:59", 7],
    ["2026-03-08T07:00:00Z", "America/New_York", "2026-03-08", "03:00", 7],
    ["2026-11-01T05:30:00Z", "America/New_York", "2026-11-01", "01:30", 7],
    ["2026-11-01T06:30:00Z", "America/New_York", "2026-11-01", "01:30", 7],
    ["2026-11-23T20:00:00Z", "Asia/Kolkata", "2026-11-24", "01:30", 2],
    ["2026-11-24T03:00:00Z", "America/Los_Angeles", "2026-11-23", "19:00", 1],
    ["2026-05-31T20:15:00Z", "Pacific/Chatham", "2026-06-01", "09:00", 1],
    ["2026-06-01T09:59:59.999Z", "UTC", "2026-06-01", "09:59", 1],
  ])("%s in %s is %s %s (weekday %i)", (at, zone, date, time, weekday) => {
    expect(instantToZonedParts(new Date(at), zone)).toEqual({ date, time, weekday });
    expect(localDateOf(new Date(at), zone)).toBe(date);
  });

  it("round-trips instants all year in zones with unusual rules", () => {
    const failures: string[] = [];
    for (const zone of [
      "America/New_York",
      "Europe/London",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "Asia/Kolkata",
    ]) {
      // 105-minute steps walk through every quarter hour of the day over the year, DST nights included.
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 105 * 60_000) {
        const { date, time } = instantToZonedParts(new Date(ms), zone);
        const back = zonedWallTimeToInstant(date, time, zone);
        // Either the same instant, or — in a repeated hour — the earlier one that reads the same.
        const sameReading = back && instantToZonedParts(back, zone).time === time;
        const earlierOrSame = back && [0, 30 * 60_000, 60 * 60_000].includes(ms - back.getTime());
        if (!sameReading || !earlierOrSame) failures.push(`${zone} ${new Date(ms).toISOString()} → ${iso(back)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("round-trips every wall-clock minute of New York's DST days, skipping exactly the gap", () => {
    let skipped = 0;
    for (const date of ["2026-03-08", "2026-11-01"]) {
      for (let minute = 0; minute < 24 * 60; minute++) {
        const time = minutesToLocalTime(minute);
        const at = zonedWallTimeToInstant(date, time, "America/New_York");
        if (at === null) skipped++;
        else expect(instantToZonedParts(at, "America/New_York")).toMatchObject({ date, time });
      }
    }
    expect(skipped).toBe(60);
  });
});

describe("start of a local day", () => {
  it.each([
    ["2026-06-01", "UTC", "2026-06-01T00:00:00.000Z"],
    ["2026-03-08", "America/New_York", "2026-03-08T05:00:00.000Z"],
    ["2026-03-09", "America/New_York", "2026-03-09T04:00:00.000Z"],
    ["2026-06-01", "Asia/Kolkata", "2026-05-31T18:30:00.000Z"],
    // Zones that change their clocks at midnight: the day starts at 01:00.
    ["2026-09-06", "America/Santiago", "2026-09-06T04:00:00.000Z"],
    ["2022-03-27", "Asia/Beirut", "2022-03-26T22:00:00.000Z"],
    // Samoa skipped 2011-12-30 entirely: the first instant after it is the start of the 31st.
    ["2011-12-30", "Pacific/Apia", "2011-12-30T10:00:00.000Z"],
  ])("%s in %s starts at %s", (date, zone, expected) => {
    const start = startOfLocalDay(date, zone);
    expect(start.toISOString()).toBe(expected);
    if (date !== "2011-12-30") {
      expect(localDateOf(start, zone)).toBe(date);
      expect(localDateOf(new Date(start.getTime() - 1000), zone)).toBe(addDays(date, -1));
    }
  });

  it("gives the instant range of a run of local dates, 23 h on a spring-forward day", () => {
    const { start, end } = instantRangeOfLocalDates("2026-03-08", "2026-03-08", "America/New_York");
    expect(start.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
    const week = instantRangeOfLocalDates("2026-10-26", "2026-11-01", "America/New_York");
    expect((week.end.getTime() - week.start.getTime()) / 3_600_000).toBe(7 * 24 + 1);
  });
});

describe("epoch-millisecond conversions", () => {
  // Each zone's clock change, with the dates either side whose offset anchors straddle it.
  const changes = [
    ["America/New_York", "2026-03-08"], // spring forward: 02:00–02:59 never happens
    ["America/New_York", "2026-11-01"], // fall back: 01:00–01:59 happens twice
    ["Australia/Lord_Howe", "2026-10-04"], // 30 minutes forward: 02:00 → 02:30
    ["Australia/Lord_Howe", "2026-04-05"], // 30 minutes back: 01:30–01:59 twice
    ["Europe/Moscow", "2014-10-26"], // a historic change for good, +04:00 → +03:00
    ["Pacific/Apia", "2011-12-30"], // a whole date skipped, -10:00 → +14:00
    ["America/Santiago", "2026-09-06"], // at midnight: the date starts at 01:00
  ] as const;
  const datesAround = (date: string) => [-3, -2, -1, 0, 1, 2].map((days) => addDays(date, days));
  const ms = (at: string) => new Date(at).getTime();

  it.each(changes)("resolves every minute of the dates around %s %s as the Date functions do", (zone, change) => {
    const disagreements: string[] = [];
    for (const date of datesAround(change)) {
      const clock = zonedDateClock(date, zone);
      // Every 5 minutes hits both edges of every gap and overlap here (they fall on whole half hours).
      for (let minute = 0; minute <= 24 * 60; minute += 5) {
        const [wallDate, time] = minute < 24 * 60 ? [date, minutesToLocalTime(minute)] : [addDays(date, 1), "00:00"];
        const expected = {
          instants: zonedWallTimeToInstants(wallDate, time, zone).map((d) => d.getTime()),
          earlier: firstInstantAtOrAfterWallTime(wallDate, time, zone).getTime(),
          later: firstInstantAtOrAfterWallTime(wallDate, time, zone, { repeated: "later" }).getTime(),
        };
        const actual = {
          instants: clock.instantsAt(minute),
          earlier: clock.firstInstantAtOrAfter(minute),
          later: clock.firstInstantAtOrAfter(minute, { repeated: "later" }),
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) disagreements.push(`${date} +${minute} min`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ["America/New_York", "2026-03-08", 150, []],
    ["America/New_York", "2026-11-01", 90, ["2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z"]],
    ["America/New_York", "2026-03-07", 24 * 60, ["2026-03-08T05:00:00.000Z"]],
    ["Australia/Lord_Howe", "2026-10-04", 135, []],
    ["Australia/Lord_Howe", "2026-04-05", 105, ["2026-04-04T14:45:00.000Z", "2026-04-04T15:15:00.000Z"]],
    ["Europe/Moscow", "2014-10-26", 90, ["2014-10-25T21:30:00.000Z", "2014-10-25T22:30:00.000Z"]],
    ["Europe/Moscow", "2014-10-27", 90, ["2014-10-26T22:30:00.000Z"]],
    ["Pacific/Apia", "2011-12-30", 12 * 60, []],
    ["Asia/Kolkata", "2026-07-15", 0, ["2026-07-14T18:30:00.000Z"]],
  ])("%s %s, %i minutes after midnight, happens at %j", (zone, date, minutes, expected) => {
    expect(
      zonedDateClock(date, zone)
        .instantsAt(minutes)
        .map((at) => new Date(at).toISOString()),
    ).toEqual(expected);
  });

  it("moves a skipped minute to the end of the gap, and a repeated one to either pass", () => {
    expect(zonedDateClock("2026-03-08", "America/New_York").firstInstantAtOrAfter(150)).toBe(ms("2026-03-08T07:00Z"));
    expect(zonedDateClock("2026-10-04", "Australia/Lord_Howe").firstInstantAtOrAfter(135)).toBe(
      ms("2026-10-03T15:30Z"),
    );
    const fallBack = zonedDateClock("2026-11-01", "America/New_York");
    expect(fallBack.firstInstantAtOrAfter(90)).toBe(ms("2026-11-01T05:30Z"));
    expect(fallBack.firstInstantAtOrAfter(90, { repeated: "later" })).toBe(ms("2026-11-01T06:30Z"));
    expect(zonedDateClock("2011-12-30", "Pacific/Apia").firstInstantAtOrAfter(0)).toBe(ms("2011-12-30T10:00Z"));
  });

  it("refuses minutes outside the date and malformed dates", () => {
    const clock = zonedDateClock("2026-06-01", "UTC");
    for (const minutes of [-1, 24 * 60 + 1, 1.5, Number.NaN]) {
      expect(() => clock.instantsAt(minutes)).toThrow(RangeError);
      expect(() => clock.firstInstantAtOrAfter(minutes)).toThrow(RangeError);
    }
    expect(() => zonedDateClock("2026-02-30", "UTC")).toThrow(RangeError);
    expect(() => zonedDateClock("2026-02-01", "Mars/Olympus")).toThrow(RangeError);
  });

  it.each(changes)(
    "reads the local date of every 7th minute around %s %s as instantToZonedParts does",
    (zone, change) => {
      const disagreements: string[] = [];
      const around = startOfLocalDay(change, zone).getTime();
      for (let at = around - 3 * DAY; at < around + 3 * DAY; at += 7 * 60_000 + 1_001) {
        const expected = instantToZonedParts(new Date(at), zone).date;
        if (localDateOfMs(at, zone) !== expected) disagreements.push(new Date(at).toISOString());
      }
      expect(disagreements).toEqual([]);
    },
  );

  it.each([
    ["2026-11-23T20:00:00Z", "Asia/Kolkata", "2026-11-24"],
    ["2026-11-01T05:59:59.999Z", "America/New_York", "2026-11-01"],
    ["2026-03-08T04:59:59.999Z", "America/New_York", "2026-03-07"],
    ["2011-12-30T09:59:59.999Z", "Pacific/Apia", "2011-12-29"],
    ["2011-12-30T10:00:00Z", "Pacific/Apia", "2011-12-31"],
    ["1969-12-31T23:59:59.999Z", "UTC", "1969-12-31"],
  ])("%s in %s falls on %s", (at, zone, expected) => {
    expect(localDateOfMs(ms(at), zone)).toBe(expected);
  });

  it("builds no Date, so Next's wrapped Date costs it nothing", () => {
    const RealDate = globalThis.Date;
    globalThis.Date = new Proxy(RealDate, {
      construct: () => {
        throw new Error("a Date was built");
      },
    });
    try {
      for (const [zone, change] of changes) {
        for (const date of datesAround(change)) {
          const clock = zonedDateClock(date, zone);
          clock.instantsAt(90);
          localDateOfMs(clock.firstInstantAtOrAfter(12 * 60), zone);
        }
      }
    } finally {
      globalThis.Date = RealDate;
    }
  });

  it("names every calendar day from 1899 to 2101 as the platform does", () => {
    const first = Date.UTC(1899, 11, 25);
    const days = eachDate("1899-12-25", "2101-01-05");
    const wrong = days.filter((date, i) => date !== new Date(first + i * DAY).toISOString().slice(0, 10));
    expect({ days: days.length, wrong }).toEqual({
      days: Math.round((Date.UTC(2101, 0, 5) - first) / DAY) + 1,
      wrong: [],
    });
  });
});

const DAY = 86_400_000;
