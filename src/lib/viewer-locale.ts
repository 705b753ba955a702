// How a person reads clocks and dates: the English variant whose day/month order they expect, and whether their clock
// runs 9:00 PM or 21:00. The pages are in English, so a visitor whose browser asks for French or Japanese still reads
// English words, laid out in the day-first order most of the world uses, on their own 12- or 24-hour clock.

export type HourCycle = "h12" | "h23";

export interface ViewerLocale {
  /** A BCP 47 tag for English ("en-US", "en-GB", "en-IN"): word order and the shape of dates. */
  locale: string;
  hourCycle: HourCycle;
}

/** The person's own choice on their profile; AUTO follows the browser. The TimeFormat enum of the schema. */
export const TIME_FORMAT_PREFERENCES = ["AUTO", "H12", "H24"] as const;
export type TimeFormatPreference = (typeof TIME_FORMAT_PREFERENCES)[number];

/** For readers we know nothing about (emails to a new address, a browser that names no language). */
export const DEFAULT_VIEWER_LOCALE: ViewerLocale = { locale: "en-GB", hourCycle: "h23" };

const FALLBACK_ENGLISH = "en-GB";
// A header is a handful of tags; anything longer is not a browser talking, and parsing it is wasted work.
const MAX_HEADER_LENGTH = 256;
const MAX_TAGS = 12;

/** The languages an Accept-Language header asks for, most wanted first; unreadable tags are dropped. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header || header.length > MAX_HEADER_LENGTH) return [];
  const weighted = header
    .split(",")
    .slice(0, MAX_TAGS)
    .map((entry, position) => {
      const [tag = "", ...params] = entry.trim().split(";");
      const q = params.map((param) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: canonicalTag(tag.trim()), weight: q === undefined ? 1 : Number(q), position };
    })
    .filter((entry): entry is { tag: string; weight: number; position: number } => !!entry.tag && entry.weight > 0);
  return weighted.sort((a, b) => b.weight - a.weight || a.position - b.position).map((entry) => entry.tag);
}

function canonicalTag(tag: string): string | undefined {
  if (!tag || tag === "*") return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

// A plain language-region tag is a dozen characters; a longer one carries extensions no letter needs.
const MAX_STORED_TAG = 35;

/** The one tag worth keeping from a booker's Accept-Language, to write their later letters the way they read. */
export function bookerLocaleOf(acceptLanguage: string | null | undefined): string | null {
  const tag = acceptedLanguages(acceptLanguage)[0];
  return tag && tag.length <= MAX_STORED_TAG ? tag : null;
}

/** The clock a locale's people use by default: "en-US" → h12, "en-GB" or "fr-FR" → h23. */
export function localeHourCycle(locale: string): HourCycle {
  const cycle = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12" ? "h12" : "h23";
}

/** What a reader sees, from what their browser asks for (Accept-Language) and their own preference for the clock. */
export function resolveViewerLocale(
  acceptLanguage: string | null | undefined,
  preference: TimeFormatPreference = "AUTO",
): ViewerLocale {
  const wanted = acceptedLanguages(acceptLanguage).find((tag) => Intl.DateTimeFormat.supportedLocalesOf(tag).length);
  const english = wanted?.split("-")[0] === "en" ? wanted : FALLBACK_ENGLISH;
  const browserCycle = wanted ? localeHourCycle(wanted) : DEFAULT_VIEWER_LOCALE.hourCycle;
  const hourCycle = preference === "H12" ? "h12" : preference === "H24" ? "h23" : browserCycle;
  return { locale: english, hourCycle };
}
