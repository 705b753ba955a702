import { describe, expect, it } from "vitest";
import { END_OF_DAY, updateAvailabilityInput } from "../../schemas";
import {
  copyMondayToWeekdays,
  draftFrom,
  inputFrom,
  newOverride,
  nextRange,
  withDayAvailable,
  withDayRanges,
  withOverrideDayOff,
  withOverrideRanges,
  type AvailabilityDraft,
  type StoredAvailability,
} from "./draft";

const stored: StoredAvailability = {
  bookingEnabled: true,
  displayName: "Robin Okafor",
  headline: null,
  slug: "robin",
  timeZone: "Asia/Kolkata",
  weekly: [
    {
      weekday: 1,
      ranges: [
        { start: "09:00", end: "12:00" },
        { start: "13:00", end: "17:00" },
      ],
    },
    { weekday: 3, ranges: [{ start: "10:00", end: END_OF_DAY }] },
  ],
  overrides: [
    { date: "2026-12-24", ranges: [] },
    { date: "2026-12-27", ranges: [{ start: "18:00", end: "20:00" }] },
  ],
};

const day = (draft: AvailabilityDraft, weekday: number) => draft.days.find((d) => d.weekday === weekday)!;

describe("reading the stored profile", () => {
  it("keeps all seven weekdays, ticking those with hours, and an empty headline as an empty box", () => {
    const draft = draftFrom(stored, "saved");
    expect(draft.days.map((d) => [d.weekday, d.available])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
    ]);
    expect(day(draft, 1).ranges).toEqual(stored.weekly[0]!.ranges);
    expect(draft.headline).toBe("");
  });

  it("gives a day-off override hours to switch to, and every override a key of its own", () => {
    const draft = draftFrom(stored, "saved3");
    expect(draft.overrides).toEqual([
      { key: "saved3-0", date: "2026-12-24", dayOff: true, ranges: [{ start: "09:00", end: "17:00" }] },
      { key: "saved3-1", date: "2026-12-27", dayOff: false, ranges: [{ start: "18:00", end: "20:00" }] },
    ]);
  });

  it("does not share range objects with the stored profile", () => {
    const draft = draftFrom(stored, "saved");
    day(draft, 1).ranges[0]!.start = "08:00";
    expect(stored.weekly[0]!.ranges[0]!.start).toBe("09:00");
  });
});

describe("the input sent on save", () => {
  it("round-trips the stored profile through the server's schema", () => {
    const input = inputFrom(draftFrom(stored, "saved"), "northstar");
    const parsed = updateAvailabilityInput.parse(input);
    expect(parsed).toMatchObject({ ...stored, headline: null });
    expect(input.practiceSlug).toBe("northstar");
  });

  it("leaves out unticked days and days without hours, and sends a day off as no ranges", () => {
    const base = draftFrom(stored, "saved");
    const draft = {
      ...base,
      days: base.days.map((d) => (d.weekday === 1 ? { ...d, available: false } : d)),
      overrides: base.overrides.map((o) => ({ ...o, dayOff: true })),
    };
    const input = inputFrom(draft, "northstar");
    expect(input.weekly.map((d) => d.weekday)).toEqual([3]);
    expect(input.overrides).toEqual([
      { date: "2026-12-24", ranges: [] },
      { date: "2026-12-27", ranges: [] },
    ]);
  });
});

describe("editing", () => {
  it("copies Monday's hours and availability to Tuesday–Friday only", () => {
    const days = copyMondayToWeekdays(draftFrom(stored, "saved").days);
    for (const weekday of [2, 3, 4, 5]) {
      expect(days[weekday - 1]).toEqual({ weekday, available: true, ranges: stored.weekly[0]!.ranges });
    }
    expect(days[5]!.available).toBe(false);
    days[1]!.ranges[0]!.start = "07:00";
    expect(days[0]!.ranges[0]!.start).toBe("09:00");
  });

  it("ticks an empty day with the usual hours, keeps hours when unticked, and unticks a day whose last range goes", () => {
    const draft = draftFrom(stored, "saved");
    expect(withDayAvailable(day(draft, 2), true).ranges).toEqual([{ start: "09:00", end: "17:00" }]);
    const monday = withDayAvailable(day(draft, 1), false);
    expect(withDayAvailable(monday, true).ranges).toEqual(stored.weekly[0]!.ranges);
    expect(withDayRanges(day(draft, 3), [])).toMatchObject({ available: false, ranges: [] });
  });

  it("makes an override whose last range goes a day off, with hours ready to switch back to", () => {
    const [, custom] = draftFrom(stored, "saved").overrides;
    const dayOff = withOverrideRanges(custom!, []);
    expect(dayOff).toMatchObject({ dayOff: true, ranges: [{ start: "09:00", end: "17:00" }] });
    expect(withOverrideDayOff(dayOff, false)).toMatchObject({ dayOff: false, ranges: dayOff.ranges });
  });

  it("dates a new override today, or the day after the latest one, skipping dates already taken", () => {
    expect(newOverride([], "2026-12-01", "new-0")).toEqual({
      key: "new-0",
      date: "2026-12-01",
      dayOff: true,
      ranges: [{ start: "09:00", end: "17:00" }],
    });
    const { overrides } = draftFrom(stored, "saved");
    expect(newOverride(overrides, "2026-12-01", "new-1").date).toBe("2026-12-28");
    expect(newOverride(overrides, "2027-01-05", "new-2").date).toBe("2027-01-05");
    const around = [
      { ...overrides[0]!, date: "2027-01-06" },
      { ...overrides[1]!, date: "2027-01-04" },
    ];
    expect(newOverride(around, "2027-01-05", "new-3").date).toBe("2027-01-07");
  });

  it("adds the hour after a day's last range, the usual hours to an empty day, and stays within the day", () => {
    expect(nextRange([])).toEqual({ start: "09:00", end: "17:00" });
    expect(nextRange([{ start: "09:00", end: "12:00" }])).toEqual({ start: "13:00", end: "14:00" });
    expect(nextRange([{ start: "20:00", end: "22:30" }])).toEqual({ start: "22:00", end: "23:00" });
    expect(nextRange([{ start: "20:00", end: END_OF_DAY }])).toEqual({ start: "22:00", end: "23:00" });
    expect(nextRange([{ start: "09:00", end: "" }])).toEqual({ start: "17:00", end: "18:00" });
  });
});
