// A calendar feed is input from anywhere, so everything it can make us do is bounded here: how deep and how many
// its components are (checked before ical.js sees the text), how many recurrence steps it may cost, and how many
// busy intervals it may produce. Each limit is far above what real calendars need and ends in a sentence.

export type IcalFailure = "malformed" | "too_complex";

/** A calendar file that cannot be read at all. The message is a sentence a coach can act on. */
export class IcalFeedError extends Error {
  readonly reason: IcalFailure;

  constructor(reason: IcalFailure, problem: string) {
    super(`The calendar file could not be read: ${problem}`);
    this.name = "IcalFeedError";
    this.reason = reason;
  }
}

export const ICAL_LIMITS = {
  // Real files nest three deep (VCALENDAR > VEVENT > VALARM); ical.js builds components recursively, so a file
  // nested thousands deep must be refused before it gets there.
  maxDepth: 8,
  // Counts every component, alarms and time-zone rules included: a feed of ten busy years with an alarm on each
  // event can reach 30,000. 50,000 are read in about a second and 110 MB.
  maxComponents: 50_000,
  // Recurrence work is counted in ical.js's inner steps (a candidate date tried, a weekday tested against BYDAY),
  // each a few microseconds, so a file costs at most a second or two. An hourly event across a year's horizon takes
  // 8,760; rules that started long ago are fast-forwarded to the window (see ical-recurrence.ts).
  maxWorkPerEvent: 20_000,
  maxWorkPerFile: 250_000,
  maxIntervals: 20_000,
  // ical.js steps a daily rule one day at a time, so INTERVAL=100000000 is one step of a hundred million days.
  maxRuleInterval: 1_000,
} as const;

/** Counts work against a limit; `exhausted` says what to throw when it runs out. */
export class WorkBudget {
  private used = 0;

  constructor(
    private readonly limit: number,
    private readonly exhausted: () => Error,
  ) {}

  spend(units = 1): void {
    this.used += units;
    if (this.used > this.limit) throw this.exhausted();
  }
}

const TAG_LINE = /^(begin|end):/i;
// ical.js rejects the whole file over one line without a colon, and some generators write raw line breaks into
// long descriptions; such a line carries nothing we read, so it is dropped rather than costing the coach the feed.
const CONTENT_LINE = /:/;

/**
 * The file's lines, unfolded, with lines that cannot be content lines dropped — after checking that it is
 * iCalendar at all and that its components are neither too deep nor too many. Throws IcalFeedError.
 */
export function screenedIcalLines(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n|\r/);
  const first = lines.find((line) => line.trim() !== "")?.trim() ?? "";
  if (!/^begin:vcalendar$/i.test(first)) throw notIcalendar(first);

  let depth = 0;
  let components = 0;
  const kept: string[] = [];
  for (const line of lines) {
    if (!CONTENT_LINE.test(line)) continue;
    kept.push(line);
    const tag = TAG_LINE.exec(line)?.[1]?.toLowerCase();
    if (tag === "begin") {
      depth += 1;
      components += 1;
      if (depth > ICAL_LIMITS.maxDepth) {
        throw new IcalFeedError("too_complex", `its components are nested more than ${ICAL_LIMITS.maxDepth} deep.`);
      }
      if (components > ICAL_LIMITS.maxComponents) {
        throw new IcalFeedError(
          "too_complex",
          `it holds more than ${ICAL_LIMITS.maxComponents.toLocaleString("en-GB")} items. Share a calendar with fewer events.`,
        );
      }
    } else if (tag === "end") {
      depth = Math.max(0, depth - 1);
    }
  }
  return kept;
}

function notIcalendar(firstLine: string): IcalFeedError {
  const looksLikeWebPage = /^<(!doctype|html|\?xml|head|body)/i.test(firstLine);
  return new IcalFeedError(
    "malformed",
    looksLikeWebPage
      ? "the address returned a web page, not a calendar. Copy the calendar's iCal (.ics) address, not the page's."
      : "it is not an iCalendar (.ics) file. Copy the calendar's iCal (.ics) address.",
  );
}

export function tooManyIntervals(): IcalFeedError {
  return new IcalFeedError(
    "too_complex",
    `it holds more than ${ICAL_LIMITS.maxIntervals.toLocaleString("en-GB")} busy times within the booking horizon.`,
  );
}

export function tooMuchRecurrence(): IcalFeedError {
  return new IcalFeedError(
    "too_complex",
    "its repeating events take too long to work out. Simplify the events that repeat most often, or remove some.",
  );
}
