import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneCity } from "~/lib/zone-labels";

/** "Wed, 16 Dec 2026, 15:40 GMT (London)": the person's own clock, the zone named, as the page and the email say it. */
export function formatDeletionDate(instant: Date, zone: string, reader?: ViewerLocale) {
  const when = formatInstant(instant, zone, reader);
  return zone === "UTC" ? when : `${when} (${zoneCity(zone)})`;
}
