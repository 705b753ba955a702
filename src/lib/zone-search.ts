import { currentZoneName, isValidTimeZone, supportedTimeZones } from "./time-zones";
import { COUNTRY_ALIASES, PROMINENT_ZONES, ZONE_ALIASES, zoneFacts } from "./zone-data";
import { zoneCity } from "./zone-labels";

// Finding a zone the way people think of it: by city ("Kolkata"), another city on the same clock or an old name
// ("Bombay", "Calcutta"), country ("India"), abbreviation ("IST", "EST") or the region's name for its time
// ("Eastern"). Pure and synchronous, so the picker can search on every keystroke; building the index makes no
// per-zone Intl call (those cost a millisecond each in a browser), only one Intl.DisplayNames for country names.

export interface ZoneMatch {
  zone: string;
  city: string;
  /** The country's English name, where the zone belongs to one. */
  country?: string;
}

interface IndexedZone extends ZoneMatch {
  /** The city and the other names of places on this clock, normalised. */
  places: string[];
  abbreviations: string[];
  countries: string[];
  /** Every word of all of the above and of the IANA name, for queries of several words. */
  words: string[];
  prominence: number;
}

export interface ZoneIndex {
  entries: IndexedZone[];
}

/** Lower case, no accents or apostrophes, words split on anything that is not a letter or digit. */
export function normaliseZoneQuery(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const wordsOf = (texts: readonly string[]) => [...new Set(texts.flatMap((text) => text.split(" ")))];

let countryNames: Intl.DisplayNames | undefined;

function englishCountryName(code: string): string | undefined {
  countryNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  return countryNames.of(code);
}

export function buildZoneIndex(zones: readonly string[]): ZoneIndex {
  const entries = zones.map((zone): IndexedZone => {
    const facts = zoneFacts(zone);
    const city = zoneCity(zone);
    const country = facts && englishCountryName(facts.country);
    const places = [city, ...(ZONE_ALIASES[zone] ?? [])].map(normaliseZoneQuery);
    const abbreviations = (facts?.abbreviations ?? []).map(normaliseZoneQuery);
    const countries = facts ? [country ?? "", ...(COUNTRY_ALIASES[facts.country] ?? [])].map(normaliseZoneQuery) : [];
    const prominent = PROMINENT_ZONES.indexOf(zone);
    return {
      zone,
      city,
      ...(country ? { country } : {}),
      places,
      abbreviations,
      countries: countries.filter(Boolean),
      words: wordsOf([...places, ...countries, normaliseZoneQuery(zone)]),
      prominence: prominent === -1 ? PROMINENT_ZONES.length : prominent,
    };
  });
  return { entries };
}

/**
 * How well an entry answers a query, best 0; undefined when it does not. A city or abbreviation typed in full comes
 * first, then a country typed in full ("India" before Indianapolis), a city that starts with the query, a word inside
 * a city's name ("York"), the start of a country's name, and last any zone all of whose words the query's words begin.
 */
function matchRank(entry: IndexedZone, query: string, tokens: string[]): number | undefined {
  if (entry.places.includes(query) || entry.abbreviations.includes(query)) return 0;
  if (entry.countries.includes(query)) return 1;
  if (entry.places.some((place) => place.startsWith(query))) return 2;
  if (entry.places.some((place) => place.split(" ").some((word) => word.startsWith(query)))) return 3;
  if (entry.countries.some((country) => country.startsWith(query))) return 4;
  if (tokens.every((token) => entry.words.some((word) => word.startsWith(token)))) return 5;
  return undefined;
}

/** The zones a visitor's text finds, best first; ties go to the zones most people live in, then by city name. */
export function searchZones(index: ZoneIndex, text: string, limit = 12): ZoneMatch[] {
  const query = normaliseZoneQuery(text);
  if (!query) return [];
  const tokens = query.split(" ");
  return index.entries
    .flatMap((entry) => {
      const rank = matchRank(entry, query, tokens);
      return rank === undefined ? [] : [{ entry, rank }];
    })
    .sort(
      (a, b) =>
        a.rank - b.rank || a.entry.prominence - b.entry.prominence || a.entry.city.localeCompare(b.entry.city, "en"),
    )
    .slice(0, limit)
    .map(({ entry: { zone, city, country } }) => ({ zone, city, ...(country ? { country } : {}) }));
}

let everyZoneIndex: ZoneIndex | undefined;
const everyZone = () => (everyZoneIndex ??= buildZoneIndex(supportedTimeZones()));

/**
 * The zone a piece of free text stands for: an IANA name (an old one gives today's), or else the best search match,
 * so "Kolkata" typed into a form without a script still means Asia/Kolkata. Undefined when nothing matches.
 */
export function resolveZoneText(text: string, index: ZoneIndex = everyZone()): string | undefined {
  const given = text.trim();
  if (!given || given.length > 64) return undefined;
  // Intl accepts any letter case ("asia/kolkata") and answers with the zone's own spelling.
  if (isValidTimeZone(given))
    return currentZoneName(new Intl.DateTimeFormat("en", { timeZone: given }).resolvedOptions().timeZone);
  return searchZones(index, given, 1)[0]?.zone;
}
