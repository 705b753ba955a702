import { describe, expect, it } from "vitest";
import * as localDates from "./local-dates";
import * as timeZones from "./time-zones";

describe("local dates", () => {
  it("are one implementation: time-zones.ts hands out local-dates.ts's functions, not copies", () => {
    const shared = Object.keys(localDates).filter((name) => name in timeZones);
    expect(shared).toEqual(
      expect.arrayContaining(["addDays", "eachDate", "formatLocalDate", "isoWeekOf", "weekdayOf"]),
    );
    for (const name of shared) {
      expect(timeZones[name as keyof typeof timeZones], name).toBe(localDates[name as keyof typeof localDates]);
    }
  });

  it("read a wall-clock reading back as the date it encodes, in any century", () => {
    for (const [year, month, day] of [
      [2026, 12, 3],
      [50, 3, 1],
      [2000, 2, 29],
      [1969, 12, 31],
    ] as const) {
      const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      expect(localDates.localDateFromWallClockMs(localDates.wallClockMs(year, month, day, 23, 59))).toBe(date);
      expect(localDates.parseLocalDate(date)).toBe(localDates.wallClockMs(year, month, day));
    }
  });

  it("write a date the way the reader's English does, and refuse a date that does not exist", () => {
    const india = { locale: "en-IN", hourCycle: "h12" } as const;
    expect(localDates.formatLocalDate("2026-01-01", india)).toBe("Thursday, 1 January");
    expect(localDates.formatLocalDate("2026-12-31", india, { short: true })).toBe("Thu, 31 Dec");
    expect(() => localDates.formatLocalDate("2026-02-30")).toThrow(RangeError);
  });
});
