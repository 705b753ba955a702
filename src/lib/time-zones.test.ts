import { describe, expect, it } from "vitest";
import { formatInstant, isValidTimeZone, timeZoneSchema, zoneOffsetLabel } from "./time-zones";

describe("time zones", () => {
  it("accepts IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(timeZoneSchema.safeParse("Not/AZone").success).toBe(false);
  });

  it("shows the zone with every instant, across a DST change", () => {
    const beforeSpringForward = new Date("2026-03-08T06:30:00Z"); // 01:30 EST
    const afterSpringForward = new Date("2026-03-08T07:30:00Z"); // 03:30 EDT
    expect(formatInstant(beforeSpringForward, "America/New_York", "en-US")).toMatch(/1:30.*EST/);
    expect(formatInstant(afterSpringForward, "America/New_York", "en-US")).toMatch(/3:30.*EDT/);
    expect(zoneOffsetLabel("Asia/Kolkata")).toBe("GMT+5:30");
  });
});
