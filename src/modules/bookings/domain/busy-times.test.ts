import { describe, expect, it } from "vitest";
import { computeAvailableSlots, type AvailabilityRules } from "~/modules/scheduling/domain/availability";
import { blockedRange } from "./booking-policy";
import { busyTimesFor, type BlockedSession } from "./busy-times";

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

/** Every minute of a Monday open 09:00–17:00 UTC, so any overlap would show. */
const rulesOf = (sessionMinutes: number, before: number, after: number): AvailabilityRules => ({
  timeZone: "UTC",
  weekly: [{ weekday: 1, ranges: [{ start: "09:00", end: "17:00" }] }],
  overrides: [],
  sessionMinutes,
  slotIntervalMinutes: 5,
  bufferBeforeMinutes: before,
  bufferAfterMinutes: after,
  minimumNoticeMinutes: 0,
  horizonDays: 365,
  maxSessionsPerDay: null,
});

/** A session of a type with these buffers, as the booking stored it. */
function stored(startIso: string, minutes: number, before: number, after: number): BlockedSession {
  const startAt = at(startIso);
  const endAt = new Date(startAt.getTime() + minutes * MINUTE);
  return { startAt, endAt, ...blockedRange(startAt, endAt, before, after) };
}

/** What the exclusion constraint says: the new session's blocked range overlaps none of the stored ones. */
const constraintAllows = (start: Date, rules: AvailabilityRules, sessions: BlockedSession[]) => {
  const end = new Date(start.getTime() + rules.sessionMinutes * MINUTE);
  const mine = blockedRange(start, end, rules.bufferBeforeMinutes, rules.bufferAfterMinutes);
  return sessions.every((s) => !(mine.blockedFrom < s.blockedUntil && s.blockedFrom < mine.blockedUntil));
};

describe("the coach's sessions as the slot engine sees them", () => {
  const day = { from: at("2026-11-23T00:00:00Z"), to: at("2026-11-24T00:00:00Z"), now: at("2026-11-01T00:00:00Z") };
  const sessions = [stored("2026-11-23T10:00:00Z", 20, 0, 10), stored("2026-11-23T13:00:00Z", 45, 15, 0)];

  it.each([
    ["no buffers", rulesOf(45, 0, 0)],
    ["longer buffers", rulesOf(30, 20, 30)],
    ["a buffer before only", rulesOf(20, 10, 0)],
  ])("offers exactly the starts the database accepts, for a type with %s", (_name, rules) => {
    const offered = computeAvailableSlots({ rules, bookings: busyTimesFor(sessions, rules), ...day }).map((slot) =>
      slot.start.getTime(),
    );
    const grid = computeAvailableSlots({ rules, bookings: [], ...day }).map((slot) => slot.start);
    const accepted = grid.filter((start) => constraintAllows(start, rules, sessions)).map((start) => start.getTime());
    expect(offered).toEqual(accepted);
    expect(accepted.length).toBeLessThan(grid.length);
  });

  it("lets a session without buffers start the minute another type's buffer ends, and not before", () => {
    const rules = rulesOf(45, 0, 0);
    const offered = computeAvailableSlots({ rules, bookings: busyTimesFor(sessions, rules), ...day }).map((slot) =>
      slot.start.toISOString(),
    );
    expect(offered).toContain("2026-11-23T10:30:00.000Z"); // the 20-minute session's 10-minute buffer ends here
    expect(offered).not.toContain("2026-11-23T10:25:00.000Z");
    expect(offered).toContain("2026-11-23T12:00:00.000Z"); // ends 12:45, where the 15-minute buffer begins
    expect(offered).not.toContain("2026-11-23T12:05:00.000Z");
  });
});
