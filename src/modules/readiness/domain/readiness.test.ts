import { describe, expect, it } from "vitest";
import { fearsOf, readinessTrend, sparklinePoints } from "./readiness";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const checkIn = (day: number, hope: number) => ({
  completedAt: at(day),
  hope,
  time: 3,
  energy: 3,
  selfEsteem: 3,
  ambition: 3,
});

describe("readinessTrend", () => {
  it("orders answers oldest first and measures the change from the first to the latest", () => {
    const trend = readinessTrend([checkIn(20, 4), checkIn(1, 2), checkIn(10, 3)]);
    const hope = trend.find((t) => t.key === "hope")!;
    expect(hope.points.map((p) => p.value)).toEqual([2, 3, 4]);
    expect(hope).toMatchObject({ latest: 4, change: 2 });
    expect(trend.find((t) => t.key === "time")!.change).toBe(0);
  });

  it("has no change with a single answer and nothing with none", () => {
    expect(readinessTrend([checkIn(1, 2)])[0]).toMatchObject({ latest: 2, change: null });
    expect(readinessTrend([])[0]).toMatchObject({ points: [], latest: null, change: null });
  });
});

describe("fearsOf", () => {
  it("keeps only non-empty strings from whatever JSON a row holds", () => {
    expect(fearsOf([" What if they say no? ", "", 3, null])).toEqual(["What if they say no?"]);
    expect(fearsOf({ not: "a list" })).toEqual([]);
  });
});

describe("sparklinePoints", () => {
  it("puts 5 at the top and 1 at the bottom, spread across the width", () => {
    expect(sparklinePoints([5, 1], 100, 20, 0)).toBe("0.0,0.0 100.0,20.0");
    expect(sparklinePoints([3], 100, 20, 0)).toBe("50.0,10.0");
    expect(sparklinePoints([], 100, 20)).toBe("");
  });
});
