import type ICAL from "ical.js";
import { ICAL_LIMITS } from "./ical-limits";
import { DAY_MS, floatingTime, spanWallMs, utcZone, wallDay, wallMsOf, type IcalDate, type Span } from "./ical-time";

/** The instants busy times are wanted for: [fromMs, toMs). */
export interface ExpansionWindow {
  fromMs: number;
  toMs: number;
}

// A wall-clock reading and the instant it names differ by a zone's offset, at most about 15 hours (Manila's 1844
// local mean time); two days covers that, so readings further than this outside the window never need converting.
export const WALL_SLACK_MS = 2 * DAY_MS;

const FIXED_PERIOD_MS: Partial<Record<string, number>> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: DAY_MS,
  WEEKLY: 7 * DAY_MS,
};
const CALENDAR_PERIOD_MONTHS: Partial<Record<string, number>> = { MONTHLY: 1, YEARLY: 12 };

/**
 * The wall-clock starts, in the zone of DTSTART, that an RRULE gives and that may touch the window, ascending.
 * DTSTART itself is the caller's: it is an occurrence whether or not the rule produces it. ical.js does the stepping;
 * here it is metered (`spend` is charged for the work inside each `next()`, which for a rule no date satisfies is
 * endless), told to stop at the window's end, and the rule's own UNTIL is applied by instant: ical.js compares an
 * UNTIL in UTC with a wall-clock reading as though both were UTC, which is hours out.
 * Throws when the rule cannot be stepped (the caller skips the event).
 */
export function* ruleStarts(
  start: IcalDate,
  rule: ICAL.Recur,
  until: IcalDate | null,
  span: Span,
  window: ExpansionWindow,
  spend: (units: number) => void,
): Generator<number> {
  // ical.js steps a daily rule a day at a time, even inside one step of INTERVAL days.
  if (rule.interval > ICAL_LIMITS.maxRuleInterval) throw new RangeError(`INTERVAL=${rule.interval} is too large.`);
  const earliestWall = window.fromMs - spanWallMs(span) - WALL_SLACK_MS;
  const latestWall = window.toMs + WALL_SLACK_MS;
  const withinUntil = untilTest(until, start);
  if (until && until.wallMs + DAY_MS + WALL_SLACK_MS < earliestWall) return;

  const bounded = rule.clone();
  bounded.until = floatingTime(latestWall, false);
  const firstWall = fastForwarded(start.wallMs, rule, earliestWall);
  // ical.js looks for a YEARLY rule's first matching year in its constructor, a year per pass, up to UNTIL.
  if (rule.freq === "YEARLY") {
    spend(Math.max(0, bounded.until.year - new Date(firstWall).getUTCFullYear()) * unitsPerYearExpanded(rule));
  }
  const iterator = bounded.iterator(floatingTime(firstWall, start.isDate));
  meter(iterator, "check_contracting_rules", 1, spend);
  meter(iterator, "is_day_in_byday", Math.max(1, rule.parts.BYDAY?.length ?? 0), spend);
  meter(iterator, "expand_year_days", unitsPerYearExpanded(rule), spend);

  const day = dayTakenFromStart(start.wallMs, rule);
  for (let next = iterator.next(); next; next = iterator.next()) {
    spend(1);
    const wallMs = wallMsOf(next);
    if (wallMs >= latestWall || !withinUntil(wallMs)) return;
    if (wallMs >= earliestWall && (day === null || next.day === day)) yield wallMs;
  }
}

/** What expanding one year of the rule costs ical.js: it tests each week's days against every BYDAY value. */
export const unitsPerYearExpanded = (rule: ICAL.Recur) => 1 + 53 * (rule.parts.BYDAY?.length ?? 0);

type MeteredStep = "check_contracting_rules" | "is_day_in_byday" | "expand_year_days";

function meter(iterator: ICAL.RecurIterator, step: MeteredStep, units: number, spend: (units: number) => void) {
  const original: (...args: never[]) => unknown = iterator[step].bind(iterator);
  Object.assign(iterator, {
    [step]: (...args: never[]) => {
      spend(units);
      return original(...args);
    },
  });
}

/**
 * Where stepping may begin without changing which occurrences lie near the window: whole periods (INTERVAL × FREQ)
 * after DTSTART keep every BY-part and its alignment, so a daily rule from the year 1 costs a few steps, not 740,000.
 * The new start is an occurrence of the iterator even where the rule would not produce it, so it is kept a period
 * short of the window, where it is dropped anyway. Not with COUNT, which counts from DTSTART, nor when the day of
 * the month comes from DTSTART and is past the 28th, which the shifted month may lack.
 */
function fastForwarded(startWall: number, rule: ICAL.Recur, earliestWall: number): number {
  if (rule.count !== null) return startWall;
  const fixedMs = FIXED_PERIOD_MS[rule.freq];
  if (fixedMs !== undefined) {
    const stepMs = fixedMs * rule.interval;
    const periods = Math.floor((earliestWall - startWall) / stepMs) - 1;
    return periods > 0 ? startWall + periods * stepMs : startWall;
  }
  const months = CALENDAR_PERIOD_MONTHS[rule.freq];
  const start = new Date(startWall);
  if (months === undefined || (!selectsDays(rule) && start.getUTCDate() > 28)) return startWall;
  const earliest = new Date(earliestWall);
  const monthsBefore =
    (earliest.getUTCFullYear() - start.getUTCFullYear()) * 12 + earliest.getUTCMonth() - start.getUTCMonth() - 1;
  const periods = Math.floor(monthsBefore / (months * rule.interval)) - 1;
  if (periods <= 0) return startWall;
  // With the days chosen by the rule, the day of the shifted start does not matter, and the 1st exists everywhere.
  if (selectsDays(rule)) start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() + periods * months * rule.interval);
  return start.getTime();
}

const selectsDays = (rule: ICAL.Recur) =>
  ["BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO"].some((part) => part in rule.parts);

/**
 * The day of the month every occurrence must fall on, when it comes from DTSTART. RFC 5545 drops an occurrence on
 * a date that does not exist; ical.js moves a yearly 29 February to 1 March instead.
 */
function dayTakenFromStart(startWall: number, rule: ICAL.Recur): number | null {
  if (CALENDAR_PERIOD_MONTHS[rule.freq] === undefined || selectsDays(rule)) return null;
  return new Date(startWall).getUTCDate();
}

/**
 * Whether a wall-clock start is still within the rule's UNTIL. A DATE (or an event of whole days) is compared by
 * day; a UTC UNTIL against a zoned start by instant, converting only starts within a zone's offset of it; a
 * floating UNTIL on the same wall clock as the start.
 */
function untilTest(until: IcalDate | null, start: IcalDate): (wallMs: number) => boolean {
  if (!until) return () => true;
  const untilWall = until.wallMs;
  if (until.isDate || start.isDate) return (wallMs) => wallDay(wallMs) <= wallDay(untilWall);
  if (until.zone !== utcZone) return (wallMs) => wallMs <= untilWall;
  return (wallMs) =>
    wallMs < untilWall - WALL_SLACK_MS || (wallMs <= untilWall + WALL_SLACK_MS && start.zone(wallMs) <= untilWall);
}
