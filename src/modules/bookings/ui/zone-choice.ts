import { currentZoneName, isValidTimeZone } from "~/lib/time-zones";
import { resolveZoneText } from "~/lib/zone-search";

// Apart from booking-view.ts, whose month and link helpers the calendar runs in the browser: the zone search and its
// data stay on the server.

/**
 * The visitor's zone: from the URL (an IANA name, or a city, country or abbreviation typed into the zone box by a
 * browser without a script), else the one their browser reported on an earlier visit (a cookie), else the coach's
 * while the browser's is being detected.
 */
export type ZoneChoice =
  | { zone: string; source: "url" }
  | { zone: string; source: "remembered" }
  | { zone: string; source: "detecting" }
  | { zone: string; source: "invalid"; given: string };

export function chooseZone(tz: string | undefined, coachZone: string, rememberedZone?: string): ZoneChoice {
  const given = tz?.trim();
  if (!given) {
    // The cookie is the browser's to write, so it is checked like anything else from outside.
    const remembered = rememberedZone && rememberedZone.length <= 64 && isValidTimeZone(rememberedZone);
    return remembered
      ? { zone: currentZoneName(rememberedZone), source: "remembered" }
      : { zone: coachZone, source: "detecting" };
  }
  const zone = resolveZoneText(given);
  if (zone) return { zone, source: "url" };
  return { zone: coachZone, source: "invalid", given: given.slice(0, 64) };
}
