import { describe, expect, it } from "vitest";
import { SlotCache, type SlotListKey } from "./slot-cache";
import { slotsJson } from "./slots-json";

const MINUTE_MS = 60_000;
const computedAt = new Date("2026-11-23T08:00:00Z");
const key: SlotListKey = {
  coachId: "coach",
  scheduleVersion: 3,
  sessionTypeId: "type",
  from: new Date("2026-11-23T00:00:00Z"),
  to: new Date("2026-11-24T00:00:00Z"),
};
const rules = { minimumNoticeMinutes: 60, slotIntervalMinutes: 30 };
const slotAt = (minutesAfter: number) => {
  const start = new Date(computedAt.getTime() + minutesAfter * MINUTE_MS);
  return { start, end: new Date(start.getTime() + 20 * MINUTE_MS) };
};
const later = (minutes: number) => new Date(computedAt.getTime() + minutes * MINUTE_MS);

function cacheWith(slots: ReturnType<typeof slotAt>[]) {
  const cache = new SlotCache<object>({ schedules: 10, slots: 100 });
  cache.rememberSlots(key, slots, computedAt, rules);
  return cache;
}

describe("slot cache", () => {
  it("drops the slots the minimum notice passes as time goes on, and keeps the rest", () => {
    const cache = cacheWith([slotAt(60), slotAt(90), slotAt(120)]);
    expect(cache.slots(key, computedAt)).toEqual([slotAt(60), slotAt(90), slotAt(120)]);
    expect(cache.slots(key, later(1))).toEqual([slotAt(90), slotAt(120)]);
    expect(cache.slots(key, later(29))).toEqual([slotAt(90), slotAt(120)]);
  });

  it("hands out one array while the slots stay the same, so their JSON is written once", () => {
    const cache = cacheWith([slotAt(60), slotAt(90), slotAt(120)]);
    const first = cache.slots(key, computedAt);
    expect(cache.slots(key, later(0))).toBe(first);
    const afterDrop = cache.slots(key, later(1));
    expect(afterDrop).not.toBe(first);
    expect(cache.slots(key, later(29))).toBe(afterDrop);
    expect(slotsJson(afterDrop!)).toBe(
      JSON.stringify(
        [slotAt(90), slotAt(120)].map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
      ),
    );
    expect(slotsJson(cache.slots(key, later(29))!)).toBe(slotsJson(afterDrop!));
  });

  it("lives one grid step, so the horizon's far end is at most one interval late", () => {
    const cache = cacheWith([slotAt(60)]);
    expect(cache.slots(key, later(29))).toEqual([]);
    expect(cache.slots(key, later(30))).toBeUndefined();
  });

  it("recomputes for a clock behind the list, and for another version, type or window", () => {
    const cache = cacheWith([slotAt(60)]);
    expect(cache.slots(key, later(-1))).toBeUndefined();
    expect(cache.slots({ ...key, scheduleVersion: 4 }, computedAt)).toBeUndefined();
    expect(cache.slots({ ...key, sessionTypeId: "other" }, computedAt)).toBeUndefined();
    expect(cache.slots({ ...key, to: new Date("2026-11-25T00:00:00Z") }, computedAt)).toBeUndefined();
  });

  it("keeps schedules by coach and version, and forgets the least recently used beyond its bound", () => {
    const cache = new SlotCache<{ name: string }>({ schedules: 2, slots: 100 });
    cache.rememberSchedule("a", 1, { name: "a1" });
    cache.rememberSchedule("b", 1, { name: "b1" });
    expect(cache.schedule("a", 1)).toEqual({ name: "a1" });
    cache.rememberSchedule("c", 1, { name: "c1" });
    expect([cache.schedule("a", 1), cache.schedule("b", 1), cache.schedule("a", 2)]).toEqual([
      { name: "a1" },
      undefined,
      undefined,
    ]);
  });

  it("bounds the lists by the slots they hold", () => {
    const cache = new SlotCache<object>({ schedules: 2, slots: 7 });
    const other = { ...key, sessionTypeId: "other" };
    cache.rememberSlots(key, [slotAt(60), slotAt(90)], computedAt, rules);
    cache.rememberSlots(other, [slotAt(60), slotAt(90)], computedAt, rules);
    expect(cache.slots(key, computedAt)).toHaveLength(2);
    cache.rememberSlots({ ...key, sessionTypeId: "third" }, [slotAt(120)], computedAt, rules);
    expect([cache.slots(key, computedAt)?.length, cache.slots(other, computedAt)]).toEqual([2, undefined]);
  });
});
