import { describe, expect, it } from "vitest";
import { chooseZone } from "./zone-choice";

describe("the visitor's zone from the booking page's address", () => {
  it("takes an IANA name, under today's name", () => {
    expect(chooseZone("Europe/London", "America/New_York")).toEqual({ zone: "Europe/London", source: "url" });
    expect(chooseZone("Asia/Calcutta", "America/New_York")).toEqual({ zone: "Asia/Kolkata", source: "url" });
  });

  it("finds the zone of a city, country or abbreviation typed without a script", () => {
    expect(chooseZone("Kolkata", "America/New_York")).toEqual({ zone: "Asia/Kolkata", source: "url" });
    expect(chooseZone("  bombay ", "America/New_York")).toEqual({ zone: "Asia/Kolkata", source: "url" });
    expect(chooseZone("New York", "Europe/London")).toEqual({ zone: "America/New_York", source: "url" });
  });

  it("keeps the coach's zone while the browser's is detected, and says what could not be found", () => {
    expect(chooseZone(undefined, "America/New_York")).toEqual({ zone: "America/New_York", source: "detecting" });
    expect(chooseZone("Atlantis", "America/New_York")).toEqual({
      zone: "America/New_York",
      source: "invalid",
      given: "Atlantis",
    });
    expect(chooseZone("x".repeat(5000), "UTC")).toMatchObject({ source: "invalid", given: "x".repeat(64) });
  });

  it("takes the zone the browser reported on an earlier visit when the address names none", () => {
    expect(chooseZone(undefined, "America/New_York", "Asia/Calcutta")).toEqual({
      zone: "Asia/Kolkata",
      source: "remembered",
    });
    expect(chooseZone("Europe/London", "America/New_York", "Asia/Kolkata")).toEqual({
      zone: "Europe/London",
      source: "url",
    });
    expect(chooseZone(undefined, "America/New_York", "Kolkata")).toEqual({
      zone: "America/New_York",
      source: "detecting",
    });
  });
});
