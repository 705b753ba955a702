import { describe, expect, it } from "vitest";
import { supportedTimeZones } from "./time-zones";
import { buildZoneIndex, normaliseZoneQuery, resolveZoneText, searchZones } from "./zone-search";

const index = buildZoneIndex(supportedTimeZones());
const found = (text: string, limit?: number) => searchZones(index, text, limit).map((match) => match.zone);

describe("finding a time zone", () => {
  it.each([
    ["Kolkata", "Asia/Kolkata"],
    ["kolkata", "Asia/Kolkata"],
    ["Kolk", "Asia/Kolkata"],
    ["Bombay", "Asia/Kolkata"],
    ["Calcutta", "Asia/Kolkata"],
    ["Mumbai", "Asia/Kolkata"],
    ["India", "Asia/Kolkata"],
    ["IST", "Asia/Kolkata"],
    ["ist", "Asia/Kolkata"],
    ["New York", "America/New_York"],
    ["new york", "America/New_York"],
    ["York", "America/New_York"],
    ["EST", "America/New_York"],
    ["EDT", "America/New_York"],
    ["Eastern", "America/New_York"],
    ["PST", "America/Los_Angeles"],
    ["San Francisco", "America/Los_Angeles"],
    ["United States", "America/New_York"],
    ["USA", "America/New_York"],
    ["UK", "Europe/London"],
    ["BST", "Europe/London"],
    ["Sao Paulo", "America/Sao_Paulo"],
    ["São Paulo", "America/Sao_Paulo"],
    ["Zürich", "Europe/Zurich"],
    ["Saigon", "Asia/Ho_Chi_Minh"],
    ["Ho Chi Minh", "Asia/Ho_Chi_Minh"],
    ["AEST", "Australia/Sydney"],
    ["Japan", "Asia/Tokyo"],
    ["St Johns", "America/St_Johns"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["UTC", "UTC"],
  ])("%s finds %s first", (text, zone) => {
    expect(found(text)[0]).toBe(zone);
  });

  it("lists every zone of a country, the ones most people live in first", () => {
    const us = found("United States", 100);
    expect(us.slice(0, 3)).toEqual(["America/New_York", "America/Los_Angeles", "America/Chicago"]);
    expect(us).toContain("America/Indiana/Knox");
    expect(us).not.toContain("America/Toronto");
  });

  it("finds every zone with an abbreviation, not only the first", () => {
    const est = found("EST", 50);
    expect(est).toEqual(expect.arrayContaining(["America/New_York", "America/Toronto", "America/Panama"]));
    expect(est.indexOf("America/New_York")).toBeLessThan(est.indexOf("America/Panama"));
    expect(est).not.toContain("America/Chicago");
  });

  it("puts a city typed in full before cities that only start with it", () => {
    expect(found("Paris")[0]).toBe("Europe/Paris");
    expect(found("Lima")[0]).toBe("America/Lima");
  });

  it("needs every word of a longer query", () => {
    expect(found("america new")).toContain("America/New_York");
    expect(found("europe new")).toEqual([]);
  });

  it("names the country of each match", () => {
    expect(searchZones(index, "Kolkata")[0]).toEqual({ zone: "Asia/Kolkata", city: "Kolkata", country: "India" });
    expect(searchZones(index, "UTC")[0]).toEqual({ zone: "UTC", city: "UTC" });
  });

  it("finds nothing for nothing, and for nonsense", () => {
    expect(found("")).toEqual([]);
    expect(found("   ")).toEqual([]);
    expect(found("Atlantis Prime")).toEqual([]);
  });

  it("keeps to the limit", () => {
    expect(found("a", 5)).toHaveLength(5);
  });

  it("normalises accents, case and punctuation", () => {
    expect(normaliseZoneQuery("  São_Paulo/Brazil ")).toBe("sao paulo brazil");
    expect(normaliseZoneQuery("St. John's")).toBe("st johns");
  });
});

describe("reading a zone from free text", () => {
  it.each([
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["asia/kolkata", "Asia/Kolkata"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Kolkata", "Asia/Kolkata"],
    ["  IST ", "Asia/Kolkata"],
    ["New York", "America/New_York"],
    ["Atlantis", undefined],
    ["", undefined],
    ["x".repeat(65), undefined],
  ])("%j is %s", (text, zone) => {
    expect(resolveZoneText(text)).toBe(zone);
  });
});
