// A coarse "Chrome on macOS" from a User-Agent header, for a person to recognise their own sessions. Coarse on
// purpose: versions change weekly and would make one browser look new after every update, and the header is the
// browser's word, so nothing here is a security decision. A dozen patterns cover what people sign in with; a full
// parser (ua-parser-js 1.x, MIT; 2.x is AGPL) would add a dependency for device models we never show.

/** The label of a session whose browser sent no User-Agent, or one we cannot read. */
export const UNKNOWN_DEVICE_LABEL = "Unknown browser";

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari", iOS browsers say
// "Safari" after their own name.
const BROWSERS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ["Edge", /\bEdg(e|A|iOS)?\//],
  ["Opera", /\b(OPR|Opera)\//],
  ["Samsung Internet", /\bSamsungBrowser\//],
  ["Firefox", /\b(Firefox|FxiOS)\//],
  ["Chrome", /\b(Chrome|CriOS|Chromium)\//],
  ["Safari", /\bVersion\/[\d.]+.*\bSafari\//],
];

const SYSTEMS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ["iPhone", /\biPhone\b/],
  ["iPad", /\biPad\b/],
  ["Android", /\bAndroid\b/],
  ["ChromeOS", /\bCrOS\b/],
  ["Windows", /\bWindows\b/],
  ["macOS", /\bMac OS X\b|\bMacintosh\b/],
  ["Linux", /\bLinux\b/],
];

const firstMatch = (table: typeof BROWSERS, userAgent: string) =>
  table.find(([, pattern]) => pattern.test(userAgent))?.[0];

/** "Firefox on Windows", "Safari on iPhone", "Chrome" (system unknown), or UNKNOWN_DEVICE_LABEL. */
export function deviceLabelOf(userAgent: string | null | undefined): string {
  if (!userAgent) return UNKNOWN_DEVICE_LABEL;
  const browser = firstMatch(BROWSERS, userAgent);
  const system = firstMatch(SYSTEMS, userAgent);
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? (system ? `A browser on ${system}` : UNKNOWN_DEVICE_LABEL);
}
