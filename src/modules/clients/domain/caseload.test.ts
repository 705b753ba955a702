import { describe, expect, it } from "vitest";
import { daysIdle, isStalled, paginate, relativeTime, sortCaseload, type CaseloadRowData } from "./caseload";

const NOW = new Date("2026-11-23T12:00:00Z");
const DAY_MS = 86_400_000;
const row = (clientName: string, values: Partial<CaseloadRowData> = {}): CaseloadRowData => ({
  clientName,
  progress: null,
  lastActivityAt: null,
  awaitingReview: 0,
  stalled: false,
  ...values,
});

describe("stalled", () => {
  it("flags a project quiet for the full number of days, not a millisecond earlier", () => {
    expect(isStalled(new Date(NOW.getTime() - 7 * DAY_MS), NOW, 7)).toBe(true);
    expect(isStalled(new Date(NOW.getTime() - 7 * DAY_MS + 1), NOW, 7)).toBe(false);
    expect(daysIdle(new Date(NOW.getTime() - 7.9 * DAY_MS), NOW)).toBe(7);
  });
});

describe("sortCaseload", () => {
  const rows = [
    row("bea", { progress: 0.5, lastActivityAt: new Date(NOW.getTime() - DAY_MS), awaitingReview: 2 }),
    row("Ann", { progress: 0.1, lastActivityAt: new Date(NOW.getTime() - 9 * DAY_MS), awaitingReview: 0 }),
    row("Cal"), // no project yet
  ];
  const names = (sorted: CaseloadRowData[]) => sorted.map((r) => r.clientName);

  it("sorts names without regard to case", () => {
    expect(names(sortCaseload(rows, "name", "asc"))).toEqual(["Ann", "bea", "Cal"]);
    expect(names(sortCaseload(rows, "name", "desc"))).toEqual(["Cal", "bea", "Ann"]);
  });

  it("keeps rows without a project last in both directions", () => {
    expect(names(sortCaseload(rows, "activity", "asc"))).toEqual(["Ann", "bea", "Cal"]);
    expect(names(sortCaseload(rows, "activity", "desc"))).toEqual(["bea", "Ann", "Cal"]);
    expect(names(sortCaseload(rows, "progress", "desc"))).toEqual(["bea", "Ann", "Cal"]);
  });

  it("breaks ties by name", () => {
    expect(names(sortCaseload(rows, "awaiting", "desc"))).toEqual(["bea", "Ann", "Cal"]);
  });
});

describe("paginate", () => {
  const items = Array.from({ length: 120 }, (_, i) => i);
  it("cuts pages of fifty and clamps a page past the end to the last", () => {
    expect(paginate(items, 1)).toMatchObject({ page: 1, pageCount: 3, total: 120 });
    expect(paginate(items, 3).items).toEqual(items.slice(100));
    expect(paginate(items, 99).page).toBe(3);
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe("relativeTime", () => {
  it("says how long ago or how soon in words", () => {
    expect(relativeTime(new Date(NOW.getTime() - 3 * DAY_MS), NOW)).toBe("3 days ago");
    expect(relativeTime(new Date(NOW.getTime() - DAY_MS), NOW)).toBe("yesterday");
    expect(relativeTime(new Date(NOW.getTime() + 2 * 3_600_000), NOW)).toBe("in 2 hours");
    expect(relativeTime(new Date(NOW.getTime() - 20_000), NOW)).toBe("just now");
  });
});
