import { describe, expect, it } from "vitest";
import { zoneCity, zoneLabel } from "./zone-labels";

const JANUARY = new Date("2026-01-15T12:00:00Z");
const JULY = new Date("2026-07-15T12:00:00Z");

describe("zone labels", () => {
  it.each([
    ["America/New_York", JANUARY, "New York (EST)"],
    ["America/New_York", JULY, "New York (EDT)"],
    ["Europe/London", JANUARY, "London (GMT)"],
    ["Europe/London", JULY, "London (BST)"],
    ["Europe/Paris", JULY, "Paris (CEST)"],
    ["Asia/Kolkata", JULY, "Kolkata (IST)"],
    ["Asia/Tokyo", JANUARY, "Tokyo (JST)"],
    ["Australia/Sydney", JANUARY, "Sydney (AEDT)"],
    ["Australia/Sydney", JULY, "Sydney (AEST)"],
    ["Asia/Kabul", JULY, "Kabul (GMT+4:30)"],
    ["America/Argentina/Buenos_Aires", JULY, "Buenos Aires (ART)"],
    ["America/St_Johns", JANUARY, "St. John's (NST)"],
    ["UTC", JULY, "UTC"],
  ])("%s at %s reads %s", (zone, at, expected) => {
    expect(zoneLabel(zone, at)).toBe(expected);
  });

  it("switches from EDT to EST the moment New York's clocks go back", () => {
    expect(zoneLabel("America/New_York", new Date("2026-11-01T05:59:59Z"))).toBe("New York (EDT)");
    expect(zoneLabel("America/New_York", new Date("2026-11-01T06:00:00Z"))).toBe("New York (EST)");
  });

  it("names the city of nested and hyphenated zones", () => {
    expect(zoneCity("America/Indiana/Indianapolis")).toBe("Indianapolis");
    expect(zoneCity("America/Port-au-Prince")).toBe("Port-au-Prince");
    expect(zoneCity("Asia/Ho_Chi_Minh")).toBe("Ho Chi Minh City");
  });
});
