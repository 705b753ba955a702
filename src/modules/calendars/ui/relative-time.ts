// How long ago or how soon, in the words the Calendars page uses ("3 minutes ago", "in 2 minutes").

const MINUTE_MS = 60_000;

const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 24 * 60 * MINUTE_MS],
  ["hour", 60 * MINUTE_MS],
  ["minute", MINUTE_MS],
];

const words = new Intl.RelativeTimeFormat("en-GB", { numeric: "always" });

/**
 * `at` seen from `now`, rounded down to its largest whole unit: 90 minutes ago is "1 hour ago" (a status line that
 * rounded up would claim a refresh that has not happened yet). Under a minute is "just now" or "in under a minute".
 */
export function relativeTime(at: Date, now: Date): string {
  const difference = at.getTime() - now.getTime();
  const distance = Math.abs(difference);
  const unit = UNITS.find(([, size]) => distance >= size);
  if (!unit) return difference <= 0 ? "just now" : "in under a minute";
  const [name, size] = unit;
  return words.format(Math.sign(difference) * Math.floor(distance / size), name);
}
