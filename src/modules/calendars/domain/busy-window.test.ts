import { describe, expect, it } from "vitest";
import { expansionWindow } from "./busy-window";

const now = new Date("2026-03-20T15:30:00Z");

describe("the window a coach's calendars are expanded within", () => {
  it("starts a day back, so a session already under way still blocks", () => {
    expect(new Date(expansionWindow(now, 60).fromMs).toISOString()).toBe("2026-03-19T15:30:00.000Z");
  });

  it("ends two days past the horizon, so the last day of the horizon is covered in any zone", () => {
    expect(new Date(expansionWindow(now, 60).toMs).toISOString()).toBe("2026-05-21T15:30:00.000Z");
    expect(new Date(expansionWindow(now, 0).toMs).toISOString()).toBe("2026-03-22T15:30:00.000Z");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses a horizon of %s days", (days) => {
    expect(() => expansionWindow(now, days)).toThrow(RangeError);
  });

  it("refuses an invalid date", () => {
    expect(() => expansionWindow(new Date("nonsense"), 60)).toThrow(RangeError);
  });
});
