import { describe, expect, it } from "vitest";
import { trendPoints, yOf } from "./trend-geometry";

describe("trendPoints", () => {
  it("puts 5 at the top and 1 at the bottom, oldest on the left, inside the box", () => {
    expect(yOf(5)).toBeLessThan(yOf(3));
    expect(yOf(3)).toBe(50);
    const points = trendPoints([1, 3, 5]);
    expect(points.map((p) => p.x)).toEqual([6, 50, 94]);
    expect(points.map((p) => p.y)).toEqual([94, 50, 6]);
  });

  it("centres a single answer", () => {
    expect(trendPoints([4])).toEqual([{ x: 50, y: yOf(4), value: 4 }]);
  });
});
