import { z } from "zod";

// The one place for time-zone names and formatting. Conversions of wall-clock times
// (scheduling) will live beside these so every zone rule has one home.

let zoneCache: Set<string> | undefined;

export function supportedTimeZones(): string[] {
  return [...allZones()].sort();
}

function allZones(): Set<string> {
  zoneCache ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return zoneCache;
}

export function isValidTimeZone(zone: string): boolean {
  if (allZones().has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, "Choose a time zone.")
  .max(64)
  .refine(isValidTimeZone, "Choose a time zone from the list, like Europe/London.");

/** "Mon 23 Nov 2026, 14:05 GMT" in the given zone; the zone is always shown. */
export function formatInstant(instant: Date, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(instant);
}

/** "GMT+5:30"-style offset label for a zone at an instant. */
export function zoneOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
