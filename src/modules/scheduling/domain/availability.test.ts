import { describe, expect, it, vi } from "vitest";
import {
  formatClockTime,
  instantRangeOfLocalDates,
  instantToZonedParts,
  localDateOf,
  type LocalDate,
} from "~/lib/time-zones";
import {
  checkSlot,
  computeAvailableSlots,
  computeAvailableSlotsMs,
  DEFAULT_AVAILABILITY,
  defaultAvailabilityRules,
  validateAvailabilityRules,
  type AvailabilityRules,
  type ExistingBooking,
  type TimeRange,
} from "./availability";
import { gridSlotsOn } from "./slot-grid";

const MINUTE = 60_000;
const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const range = (start: string, end: string): TimeRange => ({ start, end });
const nineToFive = [range("09:00", "17:00")];

/** Plain rules: Mon–Fri 09:00–17:00 UTC, 20-minute sessions every 30 minutes, nothing else in the way. */
const BASE: AvailabilityRules = {
  timeZone: "UTC",
  weekly: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, ranges: nineToFive })),
  overrides: [],
  sessionMinutes: 20,
  slotIntervalMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  horizonDays: 365,
  maxSessionsPerDay: null,
};
const rulesWith = (patch: Partial<AvailabilityRules>): AvailabilityRules => ({ ...BASE, ...patch });
// Far enough before every date used below that notice and horizon never interfere unless a test sets them.
const NEW_YEAR = at("2026-01-01T00:00:00Z");

interface DateQuery {
  bookings?: ExistingBooking[];
  now?: Date;
  viewerZone?: string;
}

/** The slots a viewer sees for one of their local dates, as instants. */
function slotsForViewerDate(rules: AvailabilityRules, date: LocalDate, query: DateQuery = {}) {
  const { start, end } = instantRangeOfLocalDates(date, date, query.viewerZone ?? rules.timeZone);
  return computeAvailableSlots({
    rules,
    bookings: query.bookings ?? [],
    from: start,
    to: end,
    now: query.now ?? NEW_YEAR,
  });
}

/** The same, labelled "HH:MM" on the viewer's clock. */
function timesOn(rules: AvailabilityRules, date: LocalDate, query: DateQuery = {}): string[] {
  const zone = query.viewerZone ?? rules.timeZone;
  return slotsForViewerDate(rules, date, query).map((slot) => instantToZonedParts(slot.start, zone).time);
}

const isoStarts = (rules: AvailabilityRules, date: LocalDate, query: DateQuery = {}) =>
  slotsForViewerDate(rules, date, query).map((slot) => slot.start.toISOString());

/** The viewer's labels for one of their dates, as the booking page's time list shows them. */
const labelsOn = (rules: AvailabilityRules, date: LocalDate, query: DateQuery = {}) =>
  slotsForViewerDate(rules, date, query).map((slot) => formatClockTime(slot.start, query.viewerZone ?? rules.timeZone));

/**
 * checkSlot accepts exactly what the list offers on one of the coach's dates — every 5-minute mark (each test's grid
 * lies on them) and the minute either side of each listed start — so the page never shows a time a booking would
 * refuse, nor refuses one it shows.
 */
function expectCheckToMatchList(rules: AvailabilityRules, date: LocalDate, query: DateQuery = {}) {
  const { start: from, end: to } = instantRangeOfLocalDates(date, date, rules.timeZone);
  const now = query.now ?? NEW_YEAR;
  const bookings = query.bookings ?? [];
  const listed = new Set(computeAvailableSlots({ rules, bookings, from, to, now }).map((s) => s.start.getTime()));
  expect(listed.size).toBeGreaterThan(0);
  const probes = new Set<number>();
  for (let ms = from.getTime(); ms < to.getTime(); ms += 5 * MINUTE) probes.add(ms);
  for (const ms of listed) probes.add(ms - MINUTE).add(ms + MINUTE);
  const disagreements: string[] = [];
  for (const ms of probes) {
    const check = checkSlot({ rules, bookings, now, start: new Date(ms) });
    if (check.ok !== listed.has(ms)) disagreements.push(`${new Date(ms).toISOString()} ${JSON.stringify(check)}`);
  }
  expect(disagreements).toEqual([]);
}

/** "09:00", "09:30", … up to but excluding `until`. */
function every(stepMinutes: number, from: string, until: string): string[] {
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const times: string[] = [];
  for (let m = toMinutes(from); m < toMinutes(until); m += stepMinutes) {
    times.push(`${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
  }
  return times;
}

describe("the slot grid", () => {
  // 2026-11-23 is a Monday, 2026-11-28 a Saturday, 2026-11-29 a Sunday.
  it.each<{ name: string; rules: AvailabilityRules; date: LocalDate; expected: string[] }>([
    {
      name: "a plain weekday, every 30 minutes",
      rules: BASE,
      date: "2026-11-23",
      expected: every(30, "09:00", "17:00"),
    },
    {
      name: "a plain weekday, back-to-back 20-minute sessions",
      rules: rulesWith({ slotIntervalMinutes: 20 }),
      date: "2026-11-23",
      expected: every(20, "09:00", "17:00"),
    },
    { name: "a weekend day with no hours", rules: BASE, date: "2026-11-28", expected: [] },
    {
      name: "several ranges in one day, listed out of order",
      rules: rulesWith({ weekly: [{ weekday: 1, ranges: [range("14:00", "16:00"), range("09:00", "12:00")] }] }),
      date: "2026-11-23",
      expected: [...every(30, "09:00", "12:00"), ...every(30, "14:00", "16:00")],
    },
    {
      name: "a range that opens between grid times: the next grid time, and the last start still fits the session",
      rules: rulesWith({ weekly: [{ weekday: 1, ranges: [range("09:10", "10:00")] }] }),
      date: "2026-11-23",
      expected: ["09:30"],
    },
    {
      name: "a range too short for a session",
      rules: rulesWith({ weekly: [{ weekday: 1, ranges: [range("09:00", "09:15")] }] }),
      date: "2026-11-23",
      expected: [],
    },
    {
      name: "hours through midnight (24:00)",
      rules: rulesWith({ sessionMinutes: 30, weekly: [{ weekday: 1, ranges: [range("22:30", "24:00")] }] }),
      date: "2026-11-23",
      expected: ["22:30", "23:00", "23:30"],
    },
    {
      name: "an override adding hours on a Sunday",
      rules: rulesWith({ overrides: [{ date: "2026-11-29", ranges: [range("10:00", "12:00")] }] }),
      date: "2026-11-29",
      expected: every(30, "10:00", "12:00"),
    },
    {
      name: "an override taking a weekday off",
      rules: rulesWith({ overrides: [{ date: "2026-11-23", ranges: [] }] }),
      date: "2026-11-23",
      expected: [],
    },
    {
      name: "…which leaves the same weekday a week later alone",
      rules: rulesWith({ overrides: [{ date: "2026-11-23", ranges: [] }] }),
      date: "2026-11-30",
      expected: every(30, "09:00", "17:00"),
    },
    {
      name: "an override replacing (not adding to) a weekday's hours",
      rules: rulesWith({ overrides: [{ date: "2026-11-23", ranges: [range("13:00", "14:00")] }] }),
      date: "2026-11-23",
      expected: ["13:00", "13:30"],
    },
  ])("$name", ({ rules, date, expected }) => {
    expect(timesOn(rules, date)).toEqual(expected);
  });

  it("gives sessions of sessionMinutes, sorted and without duplicates", () => {
    const slots = slotsForViewerDate(BASE, "2026-11-23");
    expect(slots[0]).toEqual({ start: at("2026-11-23T09:00:00Z"), end: at("2026-11-23T09:20:00Z") });
    const starts = slots.map((s) => s.start.getTime());
    expect(starts).toEqual([...new Set(starts)].sort((a, b) => a - b));
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 20 * MINUTE)).toBe(true);
  });

  it("treats `to` as exclusive and `from` as inclusive", () => {
    const query = { rules: BASE, bookings: [], now: NEW_YEAR };
    const window = computeAvailableSlots({
      ...query,
      from: at("2026-11-23T09:30:00Z"),
      to: at("2026-11-23T10:30:00Z"),
    });
    expect(window.map((s) => s.start.toISOString())).toEqual(["2026-11-23T09:30:00.000Z", "2026-11-23T10:00:00.000Z"]);
    expect(
      computeAvailableSlots({ ...query, from: at("2026-11-24T00:00:00Z"), to: at("2026-11-23T00:00:00Z") }),
    ).toEqual([]);
  });
});

describe("the grid is counted from the coach's local midnight", () => {
  // Hours of 09:10–10:10 with a 20-minute interval and session: :00, :20, :40 of the hour, not 09:10, 09:30, 09:50.
  const offGridHours = (timeZone: string) =>
    rulesWith({ timeZone, slotIntervalMinutes: 20, weekly: [{ weekday: 1, ranges: [range("09:10", "10:10")] }] });

  it.each([
    { zone: "America/New_York", starts: ["2026-11-23T14:20:00.000Z", "2026-11-23T14:40:00.000Z"] },
    { zone: "Europe/London", starts: ["2026-11-23T09:20:00.000Z", "2026-11-23T09:40:00.000Z"] },
  ])("offers 09:20 and 09:40 for hours of 09:10–10:10 in $zone", ({ zone, starts }) => {
    const rules = offGridHours(zone);
    expect(isoStarts(rules, "2026-11-23")).toEqual(starts);
    expect(timesOn(rules, "2026-11-23")).toEqual(["09:20", "09:40"]);
    const query = { rules, bookings: [], now: NEW_YEAR };
    const rangeStart = new Date(Date.parse(starts[0]!) - 10 * MINUTE); // 09:10, where the old grid began
    expect(checkSlot({ ...query, start: rangeStart })).toEqual({ ok: false, reason: "not_on_grid" });
    expectCheckToMatchList(rules, "2026-11-23");
  });

  it.each(["America/New_York", "Europe/London"])(
    "counts an interval that does not divide the hour from midnight, not from the start of the hours (%s)",
    (timeZone) => {
      const rules = rulesWith({
        timeZone,
        slotIntervalMinutes: 45,
        weekly: [{ weekday: 1, ranges: [range("10:00", "17:00")] }],
      });
      // 10:00 is not a multiple of 45 minutes after midnight; 10:30 is (14 × 45), and 16:30 + 20 minutes still fits.
      expect(timesOn(rules, "2026-11-23")).toEqual(every(45, "10:30", "16:40"));
      expectCheckToMatchList(rules, "2026-11-23");
    },
  );

  it.each([
    // London springs forward at 01:00 GMT; New York at 02:00 EST. The grid stays on wall-clock multiples of 40
    // minutes (00:40, 01:20, 02:00, …), skipping what the clock skips, rather than on 40 elapsed minutes from midnight.
    {
      zone: "Europe/London",
      date: "2026-03-29",
      times: ["00:40", "02:00", "02:40", "03:20"],
      starts: [
        "2026-03-29T00:40:00.000Z",
        "2026-03-29T01:00:00.000Z",
        "2026-03-29T01:40:00.000Z",
        "2026-03-29T02:20:00.000Z",
      ],
    },
    {
      zone: "America/New_York",
      date: "2026-03-08",
      times: ["00:40", "01:20", "03:20"],
      starts: ["2026-03-08T05:40:00.000Z", "2026-03-08T06:20:00.000Z", "2026-03-08T07:20:00.000Z"],
    },
  ])("keeps the wall-clock grid across a spring-forward ($zone, $date)", ({ zone, date, times, starts }) => {
    const rules = rulesWith({
      timeZone: zone,
      slotIntervalMinutes: 40,
      overrides: [{ date, ranges: [range("00:10", "04:00")] }],
    });
    expect(isoStarts(rules, date)).toEqual(starts);
    expect(timesOn(rules, date)).toEqual(times);
    expectCheckToMatchList(rules, date);
  });
});

describe("daylight saving time in the coach's zone", () => {
  const newYork = (patch: Partial<AvailabilityRules>) => rulesWith({ timeZone: "America/New_York", ...patch });

  it("offers nothing in the hour the clocks skip (New York, 2026-03-08)", () => {
    const rules = newYork({
      slotIntervalMinutes: 20,
      overrides: [{ date: "2026-03-08", ranges: [range("01:00", "04:00")] }],
    });
    expect(timesOn(rules, "2026-03-08")).toEqual(["01:00", "01:20", "01:40", "03:00", "03:20", "03:40"]);
    // 01:40 EST and 03:00 EDT are 20 real minutes apart: the skipped hour costs three slots, not more.
    expect(isoStarts(rules, "2026-03-08")).toEqual([
      "2026-03-08T06:00:00.000Z",
      "2026-03-08T06:20:00.000Z",
      "2026-03-08T06:40:00.000Z",
      "2026-03-08T07:00:00.000Z",
      "2026-03-08T07:20:00.000Z",
      "2026-03-08T07:40:00.000Z",
    ]);
  });

  it("keeps a session that would run across the gap within the hours in real time", () => {
    // By the wall clock 01:50 + 20 min "ends 02:10", but 20 real minutes after 01:50 EST it is 03:10 EDT, past 03:00.
    const rules = newYork({
      slotIntervalMinutes: 10,
      overrides: [{ date: "2026-03-08", ranges: [range("01:00", "03:00")] }],
    });
    expect(timesOn(rules, "2026-03-08")).toEqual(["01:00", "01:10", "01:20", "01:30", "01:40"]);
    expect(checkSlot({ rules, bookings: [], now: NEW_YEAR, start: at("2026-03-08T06:50:00Z") })).toEqual({
      ok: false,
      reason: "outside_hours",
    });
  });

  it("offers nothing for hours that start inside the gap until the clock reaches them", () => {
    const rules = newYork({ overrides: [{ date: "2026-03-08", ranges: [range("02:00", "04:00")] }] });
    expect(isoStarts(rules, "2026-03-08")).toEqual(["2026-03-08T07:00:00.000Z", "2026-03-08T07:30:00.000Z"]);
  });

  it.each([
    {
      zone: "America/New_York",
      date: "2026-11-01", // 02:00 EDT → 01:00 EST
      starts: [
        ["2026-11-01T04:00:00.000Z", "00:00"],
        ["2026-11-01T04:30:00.000Z", "00:30"],
        ["2026-11-01T05:00:00.000Z", "01:00 EDT"],
        ["2026-11-01T05:30:00.000Z", "01:30 EDT"],
        ["2026-11-01T06:00:00.000Z", "01:00 EST"],
        ["2026-11-01T06:30:00.000Z", "01:30 EST"],
        ["2026-11-01T07:00:00.000Z", "02:00"],
        ["2026-11-01T07:30:00.000Z", "02:30"],
      ],
    },
    {
      zone: "Europe/London",
      date: "2026-10-25", // 02:00 BST → 01:00 GMT
      starts: [
        ["2026-10-24T23:00:00.000Z", "00:00"],
        ["2026-10-24T23:30:00.000Z", "00:30"],
        ["2026-10-25T00:00:00.000Z", "01:00 BST"],
        ["2026-10-25T00:30:00.000Z", "01:30 BST"],
        ["2026-10-25T01:00:00.000Z", "01:00 GMT"],
        ["2026-10-25T01:30:00.000Z", "01:30 GMT"],
        ["2026-10-25T02:00:00.000Z", "02:00"],
        ["2026-10-25T02:30:00.000Z", "02:30"],
      ],
    },
  ])("offers both instants of the hour the clock repeats, labelled apart ($zone, $date)", ({ zone, date, starts }) => {
    const rules = rulesWith({ timeZone: zone, overrides: [{ date, ranges: [range("00:00", "03:00")] }] });
    expect(isoStarts(rules, date)).toEqual(starts.map(([start]) => start));
    expect(labelsOn(rules, date)).toEqual(starts.map(([, label]) => label));
    expectCheckToMatchList(rules, date);
  });

  it.each([
    {
      zone: "America/New_York",
      date: "2026-11-01",
      starts: [
        "2026-11-01T04:00:00.000Z",
        "2026-11-01T04:30:00.000Z",
        "2026-11-01T05:00:00.000Z",
        "2026-11-01T06:00:00.000Z",
      ],
    },
    {
      zone: "Europe/London",
      date: "2026-10-25",
      starts: [
        "2026-10-24T23:00:00.000Z",
        "2026-10-24T23:30:00.000Z",
        "2026-10-25T00:00:00.000Z",
        "2026-10-25T01:00:00.000Z",
      ],
    },
  ])("keeps both passes of hours that end inside the repeated hour ($zone)", ({ zone, date, starts }) => {
    // Hours of 00:00–01:30 fit a 20-minute session at 01:00 on the clock's first pass and again on its second.
    const rules = rulesWith({ timeZone: zone, overrides: [{ date, ranges: [range("00:00", "01:30")] }] });
    expect(isoStarts(rules, date)).toEqual(starts);
    expectCheckToMatchList(rules, date);
  });

  it("keeps weekday hours on the coach's clock across the change (Europe/London, 2026-03-29)", () => {
    const rules = rulesWith({ timeZone: "Europe/London" });
    expect(isoStarts(rules, "2026-03-27")[0]).toBe("2026-03-27T09:00:00.000Z"); // Friday, GMT
    expect(isoStarts(rules, "2026-03-30")[0]).toBe("2026-03-30T08:00:00.000Z"); // Monday, BST
    expect(timesOn(rules, "2026-03-30")).toEqual(every(30, "09:00", "17:00"));
    expect(isoStarts(rules, "2026-10-26")[0]).toBe("2026-10-26T09:00:00.000Z"); // Monday after falling back
  });

  it("copes with a zone whose clock moves by half an hour (Australia/Lord_Howe, 2026-10-04)", () => {
    const rules = rulesWith({
      timeZone: "Australia/Lord_Howe",
      slotIntervalMinutes: 15,
      overrides: [{ date: "2026-10-04", ranges: [range("01:30", "03:00")] }],
    });
    // 02:00–02:29 never happens; 01:45 + 20 real minutes = 02:35, inside the hours.
    expect(timesOn(rules, "2026-10-04")).toEqual(["01:30", "01:45", "02:30"]);
    expect(isoStarts(rules, "2026-10-04")).toEqual([
      "2026-10-03T15:00:00.000Z",
      "2026-10-03T15:15:00.000Z",
      "2026-10-03T15:30:00.000Z",
    ]);
  });
});

describe("viewers in other zones", () => {
  const kolkata = rulesWith({ timeZone: "Asia/Kolkata" });

  it("shows a Los Angeles viewer the same instants as the Kolkata coach, on their own dates", () => {
    const from = at("2026-11-20T00:00:00Z");
    const to = at("2026-12-01T00:00:00Z");
    const all = computeAvailableSlots({ rules: kolkata, bookings: [], from, to, now: NEW_YEAR });
    const viewerMonday = slotsForViewerDate(kolkata, "2026-11-23", { viewerZone: "America/Los_Angeles" });
    const { start, end } = instantRangeOfLocalDates("2026-11-23", "2026-11-23", "America/Los_Angeles");
    expect(viewerMonday).toEqual(all.filter((s) => s.start >= start && s.start < end));

    // The viewer's Monday holds the end of the coach's Monday (IST afternoon = LA small hours) and the start of the
    // coach's Tuesday (IST morning = LA Monday evening).
    const coachDates = new Set(viewerMonday.map((s) => localDateOf(s.start, "Asia/Kolkata")));
    expect([...coachDates]).toEqual(["2026-11-23", "2026-11-24"]);
    expect(viewerMonday.map((s) => instantToZonedParts(s.start, "America/Los_Angeles").time)).toEqual([
      ...every(30, "00:00", "03:30"), // 13:30–16:30 IST Monday
      ...every(30, "19:30", "24:00"), // 09:00–13:00 IST Tuesday
    ]);
  });

  it("labels the visitor's repeated hour, not the coach's: a Kolkata coach seen from New York on 2026-11-01", () => {
    // 09:00–13:00 IST is 03:30–07:30 UTC, which New York's clock reads as 23:30 EDT to 02:30 EST, 01:xx twice.
    const rules = rulesWith({
      timeZone: "Asia/Kolkata",
      weekly: [],
      overrides: [{ date: "2026-11-01", ranges: [range("09:00", "13:00")] }],
    });
    const viewer = { viewerZone: "America/New_York" };
    expect(isoStarts(rules, "2026-11-01", viewer)).toEqual(
      ["04:00", "04:30", "05:00", "05:30", "06:00", "06:30", "07:00"].map((t) => `2026-11-01T${t}:00.000Z`),
    );
    expect(labelsOn(rules, "2026-11-01", viewer)).toEqual([
      "00:00",
      "00:30",
      "01:00 EDT",
      "01:30 EDT",
      "01:00 EST",
      "01:30 EST",
      "02:00",
    ]);
    // The coach's own clock repeats nothing that night, so their labels stay plain.
    expect(labelsOn(rules, "2026-11-01")).toEqual(every(30, "09:00", "12:40"));
  });

  it("leaves a London visitor's labels plain on New York's fall-back night", () => {
    const rules = rulesWith({
      timeZone: "America/New_York",
      overrides: [{ date: "2026-11-01", ranges: [range("00:00", "03:00")] }],
    });
    // London went back a week earlier: the repeated New York hour is 05:00–06:59 GMT, two distinct hours here.
    expect(labelsOn(rules, "2026-11-01", { viewerZone: "Europe/London" })).toEqual(every(30, "04:00", "08:00"));
  });

  it("never changes which instants exist, whichever zone the window was drawn in", () => {
    const starts = (viewerZone: string) =>
      new Set(
        ["2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"].flatMap((d) =>
          isoStarts(kolkata, d, { viewerZone }),
        ),
      );
    const fromKolkata = starts("Asia/Kolkata");
    for (const viewerZone of ["America/Los_Angeles", "Pacific/Chatham", "Europe/London", "Pacific/Kiritimati"]) {
      // Windows differ at the edges, so compare the middle, which every viewer's five days cover.
      const middle = (s: string) => s >= "2026-11-23T12:00:00.000Z" && s < "2026-11-25T12:00:00.000Z";
      expect([...starts(viewerZone)].filter(middle)).toEqual([...fromKolkata].filter(middle));
    }
  });
});

describe("existing bookings and buffers", () => {
  // One booking 10:00–10:20 UTC; a 10-minute grid makes the edges visible.
  const booking = { start: at("2026-11-23T10:00:00Z"), end: at("2026-11-23T10:20:00Z") };
  const aroundTheBooking = (times: string[]) => times.filter((t) => t >= "09:00" && t < "11:00");

  it.each([
    // Touching is not overlapping: with no buffers a session may end as the booking starts or start as it ends.
    { before: 0, after: 0, blocked: ["09:50", "10:00", "10:10"] },
    // 10 minutes after each session: a gap of 10 on both sides.
    { before: 0, after: 10, blocked: ["09:40", "09:50", "10:00", "10:10", "10:20"] },
    // 15 before each session: a gap of 15 on both sides.
    { before: 15, after: 0, blocked: ["09:30", "09:40", "09:50", "10:00", "10:10", "10:20", "10:30"] },
    // Both: 25 minutes must separate any two sessions (after of one + before of the next).
    {
      before: 15,
      after: 10,
      blocked: ["09:20", "09:30", "09:40", "09:50", "10:00", "10:10", "10:20", "10:30", "10:40"],
    },
  ])("blocks $blocked with $before min before and $after min after", ({ before, after, blocked }) => {
    const rules = rulesWith({ slotIntervalMinutes: 10, bufferBeforeMinutes: before, bufferAfterMinutes: after });
    const free = aroundTheBooking(timesOn(rules, "2026-11-23", { bookings: [booking] }));
    const expected = aroundTheBooking(every(10, "09:00", "11:00")).filter((t) => !blocked.includes(t));
    expect(free).toEqual(expected);
  });

  it("allows a session exactly adjacent to a booking when there are no buffers", () => {
    const rules = rulesWith({ slotIntervalMinutes: 10 });
    const query = { rules, bookings: [booking], now: NEW_YEAR };
    expect(checkSlot({ ...query, start: at("2026-11-23T10:20:00Z") }).ok).toBe(true); // starts as it ends
    expect(checkSlot({ ...query, start: at("2026-11-23T09:40:00Z") }).ok).toBe(true); // ends as it starts
    expect(checkSlot({ ...query, start: at("2026-11-23T10:10:00Z") })).toEqual({ ok: false, reason: "conflict" });
  });

  it("sees a long booking that covers a slot without starting near it, and overlapping stored bookings", () => {
    const rules = rulesWith({ slotIntervalMinutes: 10 });
    const bookings = [
      { start: at("2026-11-23T09:00:00Z"), end: at("2026-11-23T12:00:00Z") },
      { start: at("2026-11-23T09:10:00Z"), end: at("2026-11-23T09:30:00Z") },
      { start: at("2026-11-23T13:00:00Z"), end: at("2026-11-23T13:20:00Z") },
    ];
    const times = timesOn(rules, "2026-11-23", { bookings });
    expect(times.filter((t) => t < "12:00")).toEqual([]);
    expect(times).toContain("12:00");
    expect(times).not.toContain("13:10");
  });

  it("ignores a zero-length booking as the database would (an empty range overlaps nothing)", () => {
    const rules = rulesWith({});
    const bookings = [{ start: at("2026-11-23T10:00:00Z"), end: at("2026-11-23T10:00:00Z") }];
    expect(timesOn(rules, "2026-11-23", { bookings })).toContain("10:00");
  });
});

describe("notice, horizon and the daily limit", () => {
  it.each([
    // now, minimumNoticeMinutes, first slot on Monday 2026-11-23 or Tuesday
    { now: "2026-11-23T08:00:00Z", notice: 60, first: "2026-11-23T09:00:00.000Z" }, // exactly the notice: allowed
    { now: "2026-11-23T08:00:00.001Z", notice: 60, first: "2026-11-23T09:30:00.000Z" },
    { now: "2026-11-23T08:00:00Z", notice: 12 * 60, first: "2026-11-24T09:00:00.000Z" },
    { now: "2026-11-23T12:10:00Z", notice: 0, first: "2026-11-23T12:30:00.000Z" },
  ])("with now $now and $notice min notice the first slot is $first", ({ now, notice, first }) => {
    const rules = rulesWith({ minimumNoticeMinutes: notice });
    const slots = computeAvailableSlots({
      rules,
      bookings: [],
      from: at("2026-11-23T00:00:00Z"),
      to: at("2026-11-25T00:00:00Z"),
      now: at(now),
    });
    expect(slots[0]?.start.toISOString()).toBe(first);
  });

  it.each([
    // Friday 09:30 on the coach's clock, 3 days before a Monday on summer time: 72 hours later it is 10:30 there.
    { zone: "America/New_York", now: "2026-03-06T14:30:00Z", last: "2026-03-09T14:00:00.000Z", date: "2026-03-09" },
    { zone: "Europe/London", now: "2026-03-27T09:30:00Z", last: "2026-03-30T09:00:00.000Z", date: "2026-03-30" },
  ])("stops before the horizon, whole 24-hour days from now ($zone)", ({ zone, now: nowIso, last, date }) => {
    const rules = rulesWith({ timeZone: zone, horizonDays: 3 });
    const now = at(nowIso);
    const horizon = new Date(now.getTime() + 3 * DAY);
    const slots = computeAvailableSlots({ rules, bookings: [], from: now, to: at("2027-01-01T00:00:00Z"), now });
    expect(slots.at(-1)?.start.toISOString()).toBe(last); // 10:00 on the coach's clock
    // Exactly now + 3 days is a grid time within the hours, and the first one refused, like every bound's end.
    expect(checkSlot({ rules, bookings: [], now, start: horizon })).toEqual({ ok: false, reason: "beyond_horizon" });
    expect(computeAvailableSlots({ rules, bookings: [], from: horizon, to: at("2027-01-01T00:00:00Z"), now })).toEqual(
      [],
    );
    expectCheckToMatchList(rules, date, { now });
  });

  it("answers a request for years with no more than the horizon", () => {
    const rules = rulesWith({ horizonDays: 60 });
    const now = at("2026-11-23T00:00:00Z");
    const slots = computeAvailableSlots({ rules, bookings: [], from: now, to: at("2036-01-01T00:00:00Z"), now });
    expect(slots.at(-1)!.start.getTime()).toBeLessThan(now.getTime() + 60 * DAY);
    expect(slots.length).toBeGreaterThan(40 * 16);
  });

  it("closes a coach-local day once it holds maxSessionsPerDay bookings", () => {
    const rules = rulesWith({ maxSessionsPerDay: 2 });
    const bookings = [
      { start: at("2026-11-23T09:00:00Z"), end: at("2026-11-23T09:20:00Z") },
      { start: at("2026-11-23T15:00:00Z"), end: at("2026-11-23T15:20:00Z") },
    ];
    expect(timesOn(rules, "2026-11-23", { bookings })).toEqual([]);
    expect(timesOn(rules, "2026-11-24", { bookings })).toEqual(every(30, "09:00", "17:00"));
    expect(timesOn(rulesWith({ maxSessionsPerDay: 3 }), "2026-11-23", { bookings })).toHaveLength(14);
    expect(checkSlot({ rules, bookings, now: NEW_YEAR, start: at("2026-11-23T11:00:00Z") })).toEqual({
      ok: false,
      reason: "daily_limit",
    });
  });

  it("counts bookings on the coach's date, not the UTC date", () => {
    // 20:00 UTC Monday is 01:30 Tuesday in Kolkata: it fills Tuesday, and Monday stays open.
    const rules = rulesWith({ timeZone: "Asia/Kolkata", maxSessionsPerDay: 1 });
    const bookings = [{ start: at("2026-11-23T20:00:00Z"), end: at("2026-11-23T20:20:00Z") }];
    expect(timesOn(rules, "2026-11-23", { bookings })).toHaveLength(16);
    expect(timesOn(rules, "2026-11-24", { bookings })).toEqual([]);
  });
});

describe("times the coach's own calendars hold", () => {
  const dentist = { start: at("2026-11-23T10:00:00Z"), end: at("2026-11-23T10:45:00Z") };
  const day = instantRangeOfLocalDates("2026-11-23", "2026-11-23", BASE.timeZone);
  const times = (rules: AvailabilityRules, calendarBusy: ExistingBooking[], bookings: ExistingBooking[] = []) =>
    computeAvailableSlots({ rules, bookings, calendarBusy, from: day.start, to: day.end, now: NEW_YEAR }).map(
      (slot) => instantToZonedParts(slot.start, BASE.timeZone).time,
    );

  it("removes the slots they overlap, keeping the type's buffers clear around them", () => {
    const plain = times(rulesWith({ slotIntervalMinutes: 15 }), [dentist]);
    // 20-minute sessions: 09:45 would run into it, 10:45 starts as it ends.
    expect(plain.filter((t) => t >= "09:30" && t < "11:00")).toEqual(["09:30", "10:45"]);
    const buffered = times(rulesWith({ slotIntervalMinutes: 15, bufferAfterMinutes: 15 }), [dentist]);
    // 15 minutes after every session and every event: 09:30 ends too close to it, 10:45 starts too soon after.
    expect(buffered.filter((t) => t >= "09:00" && t < "11:15")).toEqual(["09:00", "09:15", "11:00"]);
    const rules = rulesWith({ slotIntervalMinutes: 15 });
    expect(checkSlot({ rules, bookings: [], calendarBusy: [dentist], now: NEW_YEAR, start: dentist.start })).toEqual({
      ok: false,
      reason: "calendar_busy",
    });
  });

  it("never counts them towards the daily cap of sessions", () => {
    const rules = rulesWith({ maxSessionsPerDay: 1 });
    const allDay = [{ start: at("2026-11-23T00:00:00Z"), end: at("2026-11-23T09:00:00Z") }, dentist];
    expect(times(rules, allDay)).toHaveLength(times(rulesWith({}), allDay).length);
    expect(times(rules, allDay, [{ start: at("2026-11-23T15:00:00Z"), end: at("2026-11-23T15:20:00Z") }])).toEqual([]);
  });
});

describe("checking one start before booking it", () => {
  const now = at("2026-11-23T08:00:00Z");
  const booking = { start: at("2026-11-24T10:00:00Z"), end: at("2026-11-24T10:20:00Z") };
  const rules = rulesWith({ minimumNoticeMinutes: 120, horizonDays: 14, bufferAfterMinutes: 10 });

  it.each([
    [
      "2026-11-24T09:00:00Z",
      { ok: true, slot: { start: at("2026-11-24T09:00:00Z"), end: at("2026-11-24T09:20:00Z") } },
    ],
    ["2026-11-23T07:00:00Z", { ok: false, reason: "in_past" }],
    ["2026-11-23T09:30:00Z", { ok: false, reason: "too_soon" }],
    [
      "2026-11-23T10:00:00Z",
      { ok: true, slot: { start: at("2026-11-23T10:00:00Z"), end: at("2026-11-23T10:20:00Z") } },
    ],
    ["2026-12-08T09:00:00Z", { ok: false, reason: "beyond_horizon" }],
    ["2026-11-24T10:00:00Z", { ok: false, reason: "conflict" }],
    // Ends 09:50; its 10-minute buffer runs to 10:00, just touching the booking. Likewise after it: tiles exactly.
    [
      "2026-11-24T09:30:00Z",
      { ok: true, slot: { start: at("2026-11-24T09:30:00Z"), end: at("2026-11-24T09:50:00Z") } },
    ],
    [
      "2026-11-24T10:30:00Z",
      { ok: true, slot: { start: at("2026-11-24T10:30:00Z"), end: at("2026-11-24T10:50:00Z") } },
    ],
    ["2026-11-24T09:10:00Z", { ok: false, reason: "not_on_grid" }],
    ["2026-11-24T09:00:30Z", { ok: false, reason: "not_on_grid" }],
    ["2026-11-24T16:50:00Z", { ok: false, reason: "outside_hours" }], // would run past 17:00
    ["2026-11-24T08:30:00Z", { ok: false, reason: "outside_hours" }],
    ["2026-11-24T17:00:00Z", { ok: false, reason: "outside_hours" }],
    ["2026-11-28T10:00:00Z", { ok: false, reason: "outside_hours" }], // Saturday
  ])("%s → %j", (start, expected) => {
    expect(checkSlot({ rules, bookings: [booking], now, start: at(start) })).toEqual(expected);
  });

  it("accepts both occurrences of a repeated hour, each against its own bookings", () => {
    const newYork = rulesWith({
      timeZone: "America/New_York",
      overrides: [{ date: "2026-11-01", ranges: [range("00:00", "03:00")] }],
    });
    const firstPass = { start: at("2026-11-01T05:30:00Z"), end: at("2026-11-01T05:50:00Z") }; // 01:30 EDT
    const query = { rules: newYork, bookings: [firstPass], now: NEW_YEAR };
    expect(checkSlot({ ...query, start: firstPass.start })).toEqual({ ok: false, reason: "conflict" });
    expect(checkSlot({ ...query, start: at("2026-11-01T06:30:00Z") })).toEqual({
      ok: true,
      slot: { start: at("2026-11-01T06:30:00Z"), end: at("2026-11-01T06:50:00Z") }, // 01:30 EST
    });
  });
});

/** Small deterministic PRNG (mulberry32) so the property test explores widely but fails reproducibly. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe("the list and the check agree", () => {
  const zones = ["UTC", "America/New_York", "Asia/Kolkata", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham"];
  // Around New York's and London's autumn changes, and Lord Howe's spring, so DST days are part of the sample.
  const nows = ["2026-10-20T13:07:00Z", "2026-09-28T00:00:00Z", "2026-03-01T22:45:00Z"];

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("for random rules and bookings (seed %i)", (seed) => {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const now = at(pick(nows));
    const rules = rulesWith({
      timeZone: pick(zones),
      weekly: [
        { weekday: 1, ranges: [range("09:00", "12:00"), range("13:15", "17:00")] },
        { weekday: 3, ranges: [range("00:00", "04:00"), range("20:00", "24:00")] },
        { weekday: 6, ranges: [range("01:00", "03:30")] },
        { weekday: 7, ranges: [range("00:30", "02:45")] },
      ],
      overrides: [{ date: localDateOf(new Date(now.getTime() + 3 * DAY), "UTC"), ranges: [range("06:00", "08:00")] }],
      sessionMinutes: pick([20, 30, 45]),
      slotIntervalMinutes: pick([10, 15, 20, 30]),
      bufferBeforeMinutes: pick([0, 5, 15]),
      bufferAfterMinutes: pick([0, 10]),
      minimumNoticeMinutes: pick([0, 90, 720]),
      horizonDays: pick([7, 14, 21]),
      maxSessionsPerDay: pick([null, 2, 4]),
    });
    expect(validateAvailabilityRules(rules)).toEqual([]);
    const bookings = Array.from({ length: 40 }, () => {
      const start = now.getTime() + Math.floor(random() * 24 * 24 * 4) * 15 * MINUTE;
      return { start: new Date(start), end: new Date(start + pick([20, 30, 45]) * MINUTE) };
    });
    const from = new Date(now.getTime() - DAY);
    const to = new Date(now.getTime() + 30 * DAY);
    const listed = computeAvailableSlots({ rules, bookings, from, to, now });
    const listedStarts = new Set(listed.map((s) => s.start.getTime()));

    // Every listed slot passes the check …
    for (const slot of listed)
      expect(checkSlot({ rules, bookings, now, start: slot.start })).toEqual({ ok: true, slot });

    // … and any other start, on the 5-minute marks or anywhere, passes exactly when listed.
    const disagreements: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const ms =
        random() < 0.8
          ? from.getTime() + Math.floor(random() * ((to.getTime() - from.getTime()) / (5 * MINUTE))) * 5 * MINUTE
          : from.getTime() + Math.floor(random() * (to.getTime() - from.getTime()));
      const result = checkSlot({ rules, bookings, now, start: new Date(ms) });
      if (result.ok !== listedStarts.has(ms))
        disagreements.push(`${new Date(ms).toISOString()} ${JSON.stringify(result)}`);
    }
    expect(disagreements).toEqual([]);

    // And against a naive oracle: each grid candidate is listed exactly when no rule refuses it.
    const padded = (s: number, e: number) => [
      s - rules.bufferBeforeMinutes * MINUTE,
      e + rules.bufferAfterMinutes * MINUTE,
    ];
    const countOn = (date: string) => bookings.filter((b) => localDateOf(b.start, rules.timeZone) === date).length;
    const startDate = localDateOf(from, rules.timeZone);
    for (let day = -1; day <= 31; day++) {
      const date = localDateOf(new Date(from.getTime() + day * DAY), rules.timeZone);
      if (date < startDate) continue;
      for (const candidate of gridSlotsOn(rules, date)) {
        const s = candidate.startMs;
        if (s < from.getTime() || s >= to.getTime()) continue;
        const [ps, pe] = padded(s, candidate.endMs);
        const bookable =
          s >= now.getTime() + rules.minimumNoticeMinutes * MINUTE &&
          s < now.getTime() + rules.horizonDays * DAY &&
          (rules.maxSessionsPerDay === null || countOn(date) < rules.maxSessionsPerDay) &&
          bookings.every((b) => {
            const [bs, be] = padded(b.start.getTime(), b.end.getTime());
            return !(ps! < be! && bs! < pe!);
          });
        expect(listedStarts.has(s), `${new Date(s).toISOString()} in ${rules.timeZone}`).toBe(bookable);
      }
    }
  });
});

describe("rules", () => {
  it("ships defaults of Mon–Fri 09:00–17:00, 20-minute sessions on a 30-minute grid, 10 minutes after", () => {
    const rules = defaultAvailabilityRules("Europe/London");
    expect(validateAvailabilityRules(rules)).toEqual([]);
    expect(rules).toMatchObject({
      sessionMinutes: 20,
      slotIntervalMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 720,
      horizonDays: 60,
      maxSessionsPerDay: 6,
    });
    expect(rules.weekly.map((w) => w.weekday)).toEqual([1, 2, 3, 4, 5]);
    // A copy: editing it leaves the shared defaults alone.
    defaultAvailabilityRules("UTC").weekly[0]!.ranges.push(range("18:00", "19:00"));
    expect(DEFAULT_AVAILABILITY.weekly[0]!.ranges).toHaveLength(1);
    // Back-to-back bookings tile the grid: booking every slot fills the day without the buffer eating a slot.
    const now = at("2026-11-01T00:00:00Z");
    const day = slotsForViewerDate(rules, "2026-11-23", { now });
    expect(day).toHaveLength(16);
    const booked = day.slice(0, 3);
    expect(slotsForViewerDate(rules, "2026-11-23", { now, bookings: booked })).toHaveLength(13);
  });

  it.each<[string, Partial<AvailabilityRules>, RegExp]>([
    ["an unknown zone", { timeZone: "Mars/Olympus" }, /Mars\/Olympus/],
    ["a zero-length session", { sessionMinutes: 0 }, /Session length/],
    ["a fractional session", { sessionMinutes: 20.5 }, /Session length/],
    ["an interval under 5 minutes", { slotIntervalMinutes: 2 }, /Interval/],
    ["a negative buffer", { bufferAfterMinutes: -5 }, /Buffer after/],
    ["negative notice", { minimumNoticeMinutes: -1 }, /notice/],
    ["a zero horizon", { horizonDays: 0 }, /horizon/],
    ["a zero daily limit", { maxSessionsPerDay: 0 }, /daily session limit/],
    [
      "a range ending before it starts",
      { weekly: [{ weekday: 1, ranges: [range("17:00", "09:00")] }] },
      /Monday 17:00–09:00.*after the start/,
    ],
    ["an empty range", { weekly: [{ weekday: 2, ranges: [range("09:00", "09:00")] }] }, /Tuesday.*after the start/],
    ["a malformed time", { weekly: [{ weekday: 1, ranges: [range("9am", "17:00")] }] }, /times must look like/],
    ["24:00 as a start", { weekly: [{ weekday: 1, ranges: [range("24:00", "24:00")] }] }, /times must look like/],
    [
      "overlapping ranges",
      { weekly: [{ weekday: 5, ranges: [range("09:00", "17:00"), range("12:00", "13:00")] }] },
      /Friday 09:00–17:00 overlaps 12:00–13:00/,
    ],
    [
      "a weekday listed twice",
      {
        weekly: [
          { weekday: 1, ranges: nineToFive },
          { weekday: 1, ranges: [] },
        ],
      },
      /Monday is listed more than once/,
    ],
    ["a weekday out of range", { weekly: [{ weekday: 8 as 1, ranges: nineToFive }] }, /not a weekday/],
    ["an impossible override date", { overrides: [{ date: "2026-02-30", ranges: [] }] }, /2026-02-30/],
    [
      "an override date listed twice",
      {
        overrides: [
          { date: "2026-12-24", ranges: [] },
          { date: "2026-12-24", ranges: [] },
        ],
      },
      /2026-12-24 has more than one override/,
    ],
    [
      "overlapping override ranges",
      { overrides: [{ date: "2026-12-24", ranges: [range("10:00", "11:00"), range("10:30", "12:00")] }] },
      /2026-12-24 10:00–11:00 overlaps/,
    ],
  ])("reports %s", (_name, patch, problem) => {
    const problems = validateAvailabilityRules(rulesWith(patch));
    expect(problems).toEqual([expect.stringMatching(problem)]);
    expect(() =>
      computeAvailableSlots({ rules: rulesWith(patch), bookings: [], from: NEW_YEAR, to: NEW_YEAR, now: NEW_YEAR }),
    ).toThrow(RangeError);
  });

  it("accepts touching ranges, 24:00 ends and a Sunday (7)", () => {
    const rules = rulesWith({
      weekly: [{ weekday: 7, ranges: [range("09:00", "12:00"), range("12:00", "24:00")] }],
      overrides: [{ date: "2026-12-25", ranges: [] }],
    });
    expect(validateAvailabilityRules(rules)).toEqual([]);
  });
});

describe("the work a listing costs", () => {
  // Timing the engine here could only be asserted with a bound loose enough for a loaded CI machine, which no
  // regression would ever cross. What makes it slow is Intl, so count Intl's work instead: that is deterministic, and
  // it fails on the regressions that matter (a formatter built per conversion, formatToParts on the hot path, each
  // booking converted per slot instead of once). Timings live in `npm run bench`.

  const rules = rulesWith({
    timeZone: "America/New_York",
    weekly: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, ranges: [range("08:00", "20:00")] })),
    slotIntervalMinutes: 20,
    bufferAfterMinutes: 10,
    horizonDays: 62,
    maxSessionsPerDay: 40, // a cap that never fills, so every booking's date is read but no day closes early
  });
  // Across New York's autumn change, so the DST path is part of the count.
  const now = at("2026-10-01T00:00:00Z");
  const bookingsEvery = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const start = now.getTime() + Math.floor((i * 62 * DAY) / count / MINUTE) * MINUTE + 7 * MINUTE;
      return { start: new Date(start), end: new Date(start + 20 * MINUTE) };
    });

  function intlWorkFor(bookings: ExistingBooking[]) {
    const args = { rules, bookings, from: now, to: new Date(now.getTime() + 62 * DAY), now };
    computeAvailableSlots(args); // the zone's formatters are built once per process, not per listing
    // `format` is an accessor (it hands out a bound function), so each call is one read of it.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as { format: unknown }, "format", "get");
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, "formatToParts");
    try {
      const slots = computeAvailableSlots(args);
      return { slots: slots.length, format: format.mock.calls.length, formatToParts: formatToParts.mock.calls.length };
    } finally {
      vi.restoreAllMocks();
    }
  }

  it("reads the clock only around a clock change once the zone's days are known, however many bookings there are", () => {
    const free = intlWorkFor([]);
    const gridTimesPerDate = 36; // 08:00–20:00 every 20 minutes
    expect(free.slots).toBeGreaterThan(62 * gridTimesPerDate - 40); // minus the last day's tail beyond the horizon
    expect(free.formatToParts).toBe(0);
    // A date's offset is read from day anchors remembered from the first listing; only the dates within reach of
    // 1 November resolve each grid time exactly (about two readings each).
    expect(free.format).toBeLessThan(3 * 2 * gridTimesPerDate + 20);

    const busy = intlWorkFor(bookingsEvery(1_000));
    expect(busy.slots).toBeGreaterThan(500);
    expect(busy.formatToParts).toBe(0);
    // Only bookings on the UTC day of the change are read one by one (about 16 of the 1,000).
    expect(busy.format - free.format).toBeLessThanOrEqual(50);
  });

  it("lists in epoch milliseconds without building a Date, which inside next start goes through Next's wrapper", () => {
    const args = { rules, bookings: bookingsEvery(1_000), from: now, to: new Date(now.getTime() + 62 * DAY), now };
    const expected = computeAvailableSlots(args).map((slot) => ({
      startMs: slot.start.getTime(),
      endMs: slot.end.getTime(),
    }));
    const RealDate = globalThis.Date;
    globalThis.Date = new Proxy(RealDate, {
      construct: () => {
        throw new Error("a Date was built");
      },
    });
    try {
      expect(computeAvailableSlotsMs(args)).toEqual(expected);
    } finally {
      globalThis.Date = RealDate;
    }
    expect(expected.length).toBeGreaterThan(500);
  });
});
