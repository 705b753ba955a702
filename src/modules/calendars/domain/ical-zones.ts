import ICAL from "ical.js";
import { currentZoneName, firstInstantAtOrAfterWallTime, isValidTimeZone } from "~/lib/time-zones";
import type { WorkBudget } from "./ical-limits";
import { unitsPerYearExpanded } from "./ical-recurrence";
import {
  floatingTime,
  localDateOfWall,
  utcZone,
  writtenDate,
  writtenValuesOf,
  type IcalDate,
  type WallClockZone,
} from "./ical-time";

const MINUTE_MS = 60_000;
const UTC_NAMES = new Set(["UTC", "GMT", "Z", "UT"]);
// The one shape real VTIMEZONE rules take ("the second Sunday of March"). ical.js expands a rule that can never
// happen for 20,000 years inside one call, out of reach of any budget, so other shapes are not handed to it.
const ZONE_RULE_WEEKDAY = /^[+-]?[1-5]?(SU|MO|TU|WE|TH|FR|SA)$/;

/**
 * Reads the TZIDs of one VCALENDAR. An IANA name is read with the system's zone rules through src/lib/time-zones.ts,
 * like every other zone in the app, even when the file carries its own VTIMEZONE (Google and Apple often send the
 * name alone). Any other name ("Eastern Standard Time" from Outlook) is read from the file's VTIMEZONE by ical.js.
 * A name that is neither, or a VTIMEZONE of a shape we do not expand, falls back to the coach's zone: most likely
 * right for a calendar the coach keeps, and what ical.js itself does with an unknown zone.
 */
export class ZoneBook {
  private readonly zones = new Map<string, WallClockZone>();
  private readonly coach: WallClockZone;

  constructor(
    private readonly definitions: ReadonlyMap<string, ICAL.Component>,
    coachTimeZone: string,
    private readonly budget: WorkBudget,
    /** The years readings are converted in: the window's, and the one before (see restartedForWindow). */
    private readonly years: { first: number; last: number },
  ) {
    this.coach = ianaZone(coachTimeZone);
  }

  /**
   * A DATE or DATE-TIME value, as written (see writtenDate), with the zone that reads it: UTC for a trailing Z, the
   * TZID's zone, or the coach's for a floating time. Throws RangeError for an impossible date.
   */
  dateOf(value: unknown, tzid: unknown): IcalDate {
    const { wallMs, isDate, isUtc } = writtenDate(value);
    if (isDate) return { wallMs, isDate, zone: this.coach };
    if (isUtc) return { wallMs, isDate, zone: utcZone };
    const named = typeof tzid === "string" && tzid !== "";
    return { wallMs, isDate, zone: named ? this.zoneFor(tzid) : this.coach };
  }

  /** A property's first value, read as dateOf reads it. */
  firstDateOf(property: ICAL.Property): IcalDate {
    return this.dateOf(writtenValuesOf(property)[0], property.getParameter("tzid"));
  }

  private zoneFor(tzid: string): WallClockZone {
    let zone = this.zones.get(tzid);
    if (!zone) {
      zone = this.resolve(tzid);
      this.zones.set(tzid, zone);
    }
    return zone;
  }

  private resolve(tzid: string): WallClockZone {
    if (UTC_NAMES.has(tzid.toUpperCase())) return utcZone;
    const iana = currentZoneName(tzid);
    if (isValidTimeZone(iana)) return ianaZone(iana);
    const definition = this.definitions.get(tzid);
    const restarted = definition && this.restartedForWindow(definition);
    return restarted ? definedZone(restarted) : this.coach;
  }

  /**
   * A copy of the VTIMEZONE that ical.js can expand at a known cost, which is charged; null when a rule is not of
   * the one shape real ones take. ical.js expands each rule from its DTSTART (1601 for Outlook), so an open-ended
   * rule is restarted on 1 January of the year before the window: a yearly rule gives the same changes from any
   * year on, and the restart, which reads as a change at that moment, falls before the window.
   */
  private restartedForWindow(definition: ICAL.Component): ICAL.Component | null {
    const copy = new ICAL.Component(structuredClone(definition.toJSON()));
    let units = 0;
    for (const observance of copy.getAllSubcomponents()) {
      const startProperty = observance.getFirstProperty("dtstart");
      const start = startProperty?.getFirstValue();
      const rule = observance.getFirstPropertyValue("rrule");
      if (!startProperty || !(start instanceof ICAL.Time)) return null;
      if (rule === null) continue;
      if (!(rule instanceof ICAL.Recur) || !isZoneRuleShape(rule)) return null;
      if (!rule.until && start.year < this.years.first) {
        const restart = start.clone();
        restart.year = this.years.first;
        restart.month = 1;
        restart.day = 1;
        startProperty.setValue(restart);
      }
      const fromYear = rule.until ? start.year : Math.max(start.year, this.years.first);
      units += Math.max(1, this.years.last + 6 - fromYear) * unitsPerYearExpanded(rule);
    }
    this.budget.spend(units);
    return copy;
  }
}

function isZoneRuleShape(rule: ICAL.Recur): boolean {
  const otherParts = Object.keys(rule.parts).filter((part) => part !== "BYDAY" && part !== "BYMONTH");
  const [weekday, ...moreWeekdays] = rule.parts.BYDAY ?? [];
  return (
    rule.freq === "YEARLY" &&
    rule.interval === 1 &&
    rule.count === null &&
    otherParts.length === 0 &&
    rule.parts.BYMONTH?.length === 1 &&
    moreWeekdays.length === 0 &&
    ZONE_RULE_WEEKDAY.test(String(weekday))
  );
}

/**
 * A zone of the system's IANA rules. A reading the clock skips (02:30 on the night it springs forward) becomes the
 * first instant after the gap, one it shows twice the earlier; seconds ride along, as time-zones.ts works in minutes.
 */
export function ianaZone(zone: string): WallClockZone {
  return (wallMs) => {
    const minuteMs = Math.floor(wallMs / MINUTE_MS) * MINUTE_MS;
    const time = new Date(minuteMs).toISOString().slice(11, 16);
    return firstInstantAtOrAfterWallTime(localDateOfWall(minuteMs), time, zone).getTime() + (wallMs - minuteMs);
  };
}

function definedZone(definition: ICAL.Component): WallClockZone {
  const timezone = new ICAL.Timezone(definition);
  return (wallMs) => wallMs - timezone.utcOffset(floatingTime(wallMs, false)) * 1000;
}
