import { describe, expect, it } from "vitest";
import { isStalled } from "~/modules/clients/domain/caseload";
import { BLOCK_ROWS, blockOf, daysBefore } from "./blocks";

describe("blockOf", () => {
  const rows = Array.from({ length: 8 }, (_, i) => i);

  it("keeps the first rows in their order and the count of all", () => {
    expect(blockOf(rows)).toEqual({ count: 8, rows: rows.slice(0, BLOCK_ROWS) });
    expect(blockOf(rows.slice(0, 5), 42)).toEqual({ count: 42, rows: [0, 1, 2, 3, 4] });
  });

  it("never counts fewer than it shows (a count taken a moment before the rows)", () => {
    expect(blockOf(rows.slice(0, 3), 2).count).toBe(3);
  });
});

describe("daysBefore", () => {
  it("is the caseload's stalled boundary: activity at it is stalled, a moment later is not", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const cutoff = daysBefore(now, 7);
    expect(isStalled(cutoff, now, 7)).toBe(true);
    expect(isStalled(new Date(cutoff.getTime() + 1), now, 7)).toBe(false);
  });
});
