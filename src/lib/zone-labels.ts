import { zoneAbbreviation } from "./time-zones";
import { CITY_NAMES } from "./zone-data";

// How a zone is named to a person: by the city people know it by and the abbreviation on their clock, "New York
// (EST)", rather than by its IANA identifier or a bare offset.

/** "New York" for America/New_York, "Buenos Aires" for America/Argentina/Buenos_Aires; "UTC" stays "UTC". */
export function zoneCity(zone: string): string {
  return CITY_NAMES[zone] ?? zone.slice(zone.lastIndexOf("/") + 1).replaceAll("_", " ");
}

/**
 * "New York (EST)", "London (BST)", "Kolkata (IST)"; where the zone has no abbreviation, its offset: "Kabul
 * (GMT+4:30)". Read at an instant, because the abbreviation changes with daylight saving time.
 */
export function zoneLabel(zone: string, at: Date): string {
  if (zone === "UTC") return "UTC";
  return `${zoneCity(zone)} (${zoneAbbreviation(zone, at)})`;
}
