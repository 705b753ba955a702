import { describe, expect, it } from "vitest";
import { isoWeekOf } from "~/lib/time-zones";
import { digestWeek, isDigestHour } from "./weekly-digest";

describe("isDigestHour", () => {
  it("is Monday 08:00–08:59 in the coach's zone", () => {
    expect(isDigestHour(new Date("2026-11-23T08:00:00Z"), "Europe/London")).toBe(true);
    expect(isDigestHour(new Date("2026-11-23T08:59:59Z"), "Europe/London")).toBe(true);
    expect(isDigestHour(new Date("2026-11-23T09:00:00Z"), "Europe/London")).toBe(false);
    expect(isDigestHour(new Date("2026-11-23T08:30:00Z"), "America/New_York")).toBe(false);
    expect(isDigestHour(new Date("2026-11-23T13:30:00Z"), "America/New_York")).toBe(true);
    // Sunday 23:30 UTC is already Monday 08:30 in Tokyo.
    expect(isDigestHour(new Date("2026-11-22T23:30:00Z"), "Asia/Tokyo")).toBe(true);
  });

  it("names the coach's local ISO week", () => {
    expect(digestWeek(new Date("2026-11-22T23:30:00Z"), "Asia/Tokyo")).toBe("2026-W48");
    expect(digestWeek(new Date("2026-11-22T23:30:00Z"), "Europe/London")).toBe("2026-W47");
  });
});

describe("isoWeekOf", () => {
  it.each([
    ["2026-11-23", "2026-W48"],
    ["2026-01-01", "2026-W01"], // a Thursday
    ["2027-01-01", "2026-W53"], // a Friday: belongs to the year before
    ["2024-12-30", "2025-W01"], // a Monday whose Thursday is in 2025
    ["2021-01-03", "2020-W53"],
  ])("%s is in %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});
