import { describe, expect, it } from "vitest";
import { sessionDay, todayAndTomorrow } from "./session-days";

describe("todayAndTomorrow", () => {
  it("is the reader's two calendar days, ending at their midnight after tomorrow", () => {
    // 23:30 UTC on Sat 28 March 2026 is 23:30 in London: its clocks go forward at 01:00 UTC on the 29th.
    const days = todayAndTomorrow(new Date("2026-03-28T23:30:00Z"), "Europe/London");
    expect(days).toMatchObject({ today: "2026-03-28", tomorrow: "2026-03-29" });
    // Monday 30 March begins at 23:00 UTC on the 29th, once the clocks have gone forward.
    expect(days.endsAt.toISOString()).toBe("2026-03-29T23:00:00.000Z");
  });

  it("takes the date in the reader's zone, not UTC's", () => {
    expect(todayAndTomorrow(new Date("2026-11-23T20:00:00Z"), "Asia/Kolkata").today).toBe("2026-11-24");
    expect(todayAndTomorrow(new Date("2026-11-23T20:00:00Z"), "America/Los_Angeles").today).toBe("2026-11-23");
  });
});

describe("sessionDay", () => {
  const days = todayAndTomorrow(new Date("2026-11-23T12:00:00Z"), "Europe/London");

  it("names the day on the reader's calendar", () => {
    expect(sessionDay(new Date("2026-11-23T23:30:00Z"), "Europe/London", days)).toBe("TODAY");
    expect(sessionDay(new Date("2026-11-24T00:00:00Z"), "Europe/London", days)).toBe("TOMORROW");
    // The same instant is already half past midnight on the 24th for a reader in Berlin.
    const inBerlin = todayAndTomorrow(new Date("2026-11-23T12:00:00Z"), "Europe/Berlin");
    expect(sessionDay(new Date("2026-11-23T23:30:00Z"), "Europe/Berlin", inBerlin)).toBe("TOMORROW");
  });

  it("keeps a session that began yesterday and is still running under today", () => {
    expect(sessionDay(new Date("2026-11-22T23:30:00Z"), "Europe/London", days)).toBe("TODAY");
  });
});
