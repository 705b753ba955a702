import { describe, expect, it } from "vitest";
import { bookingStateOf, bookingStateWords } from "./booking-state";

const now = new Date("2026-03-10T12:00:00Z");
const ahead = new Date("2026-03-12T09:00:00Z");
const behind = new Date("2026-03-09T09:00:00Z");
const booking = { status: "CONFIRMED" as const, startAt: ahead, rescheduleCount: 0, cancelledBy: null };

const cases = [
  [{ ...booking }, "upcoming"],
  [{ ...booking, rescheduleCount: 2 }, "rescheduled"],
  [{ ...booking, startAt: behind }, "past"],
  [{ ...booking, startAt: now }, "past"],
  [{ ...booking, status: "COMPLETED" as const, startAt: behind }, "completed"],
  [{ ...booking, status: "NO_SHOW" as const, startAt: behind }, "missed"],
  [{ ...booking, status: "CANCELLED" as const, cancelledBy: "booker" }, "cancelled-by-booker"],
  [{ ...booking, status: "CANCELLED" as const, cancelledBy: "coach", rescheduleCount: 1 }, "cancelled-by-coach"],
] as const;

describe("where a booking stands, as its pages say it", () => {
  it.each(cases)("reads %o as %s", (facts, state) => {
    expect(bookingStateOf(facts, now)).toBe(state);
  });

  it('says "Currently booked" only of a confirmed session still ahead', () => {
    for (const [facts] of cases) {
      const words = bookingStateWords(bookingStateOf(facts, now), "Robin");
      const ahead = facts.status === "CONFIRMED" && facts.startAt > now;
      expect(words.timeLead.startsWith("Currently booked"), JSON.stringify(facts)).toBe(ahead);
      expect(words.badge.label === "Cancelled", JSON.stringify(facts)).toBe(facts.status === "CANCELLED");
    }
  });

  it("names who cancelled", () => {
    expect(bookingStateWords("cancelled-by-coach", "Robin Okafor").closed).toBe("Robin Okafor cancelled this session.");
    expect(bookingStateWords("cancelled-by-booker", "Robin Okafor").closed).toBe("You cancelled this session.");
  });
});
