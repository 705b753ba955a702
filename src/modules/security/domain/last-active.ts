// "2 hours ago", in the reader's English (Intl.RelativeTimeFormat), rounded to the unit a person would use: a session
// list needs "about when", and its figure is only written every few minutes anyway.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: ReadonlyArray<readonly [unit: Intl.RelativeTimeFormatUnit, size: number, below: number]> = [
  ["minute", MINUTE, HOUR],
  ["hour", HOUR, DAY],
  ["day", DAY, 7 * DAY],
  ["week", 7 * DAY, 30 * DAY],
  ["month", 30 * DAY, Infinity],
];

/** "just now" under five minutes (the resolution of "last used"), else "12 minutes ago", "yesterday", "3 weeks ago". */
export function lastActivePhrase(at: Date, now: Date, locale: string): string {
  const elapsed = Math.max(0, now.getTime() - at.getTime());
  if (elapsed < 5 * MINUTE) return "just now";
  const [unit, size] = UNITS.find(([, , below]) => elapsed < below)!;
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(-Math.round(elapsed / size), unit);
}
