import { describe, expect, it } from "vitest";
import { supportedTimeZones, zoneOffsetLabel } from "./time-zones";
import { CITY_NAMES, COUNTRY_ALIASES, PROMINENT_ZONES, ZONE_ALIASES, ZONE_TABLE, zoneFacts } from "./zone-data";

// The table is written down, so these tests hold it to what Intl knows: if an ICU update renames a zone, changes a
// zone's abbreviations or moves it to another offset, they say which row to fix.
const JANUARY = new Date("2026-01-15T12:00:00Z");
const JULY = new Date("2026-07-15T12:00:00Z");
const OFFSET_STYLE = /^GMT[+-]/;

const rows = ZONE_TABLE.trim()
  .split("\n")
  .map((row) => row.split(" "));

function intlNames(zone: string, at: Date): string[] {
  const names = ["en-US", "en-GB"].map(
    (locale) =>
      new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })
        .formatToParts(at)
        .find((part) => part.type === "timeZoneName")!.value,
  );
  const named = names.find((name) => !OFFSET_STYLE.test(name));
  return named ? [named] : [];
}

describe("the zone table", () => {
  it("lists every zone we offer, once, except UTC", () => {
    const listed = rows.map(([, zone]) => zone);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(supportedTimeZones().filter((zone) => zone !== "UTC"));
  });

  it("gives each zone a real ISO country", () => {
    const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const unknown = rows.filter(([country]) => !/^[A-Z]{2}$/.test(country!) || !regions.of(country!));
    expect(unknown).toEqual([]);
    expect(zoneFacts("Asia/Kolkata")?.country).toBe("IN");
    expect(zoneFacts("America/New_York")?.country).toBe("US");
  });

  it("keeps exactly the abbreviations Intl shows, in January and July", () => {
    const differing = rows.flatMap(([, zone, ...names]) => {
      const intl = [...new Set([...intlNames(zone!, JANUARY), ...intlNames(zone!, JULY)])];
      const ours = names.filter((name) => !name.includes("="));
      return intl.join(" ") === ours.join(" ") ? [] : [`${zone}: Intl ${intl.join(" ")}, table ${ours.join(" ")}`];
    });
    expect(differing).toEqual([]);
  });

  it("adds its own abbreviations only at offsets the zone really has, and only where Intl has none", () => {
    const wrong = rows.flatMap(([, zone, ...names]) =>
      names
        .filter((name) => name.includes("="))
        .flatMap((name) => {
          const offset = `GMT${name.split("=")[1]}`;
          const at = [JANUARY, JULY].find((instant) => zoneOffsetLabel(zone!, instant) === offset);
          if (!at) return [`${zone}: never at ${offset}`];
          return intlNames(zone!, at).length ? [`${zone}: Intl already names ${offset}`] : [];
        }),
    );
    expect(wrong).toEqual([]);
    expect(zoneFacts("Australia/Sydney")?.abbreviationAtOffset.get("GMT+11")).toBe("AEDT");
  });

  it("refers only to zones that exist, by their current names", () => {
    const zones = new Set(supportedTimeZones());
    const referenced = [...Object.keys(ZONE_ALIASES), ...Object.keys(CITY_NAMES), ...PROMINENT_ZONES];
    expect(referenced.filter((zone) => !zones.has(zone))).toEqual([]);
    expect(Object.keys(COUNTRY_ALIASES).filter((code) => !rows.some(([country]) => country === code))).toEqual([]);
  });
});
