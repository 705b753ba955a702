import ICAL from "ical.js";
import { ruleStarts, WALL_SLACK_MS, type ExpansionWindow } from "./ical-recurrence";
import {
  DAY_MS,
  spanBetween,
  spanOfDuration,
  spanWallMs,
  startOfDayAfter,
  wallDay,
  writtenValuesOf,
  type IcalDate,
  type Span,
} from "./ical-time";
import type { ZoneBook } from "./ical-zones";

export interface EventReading {
  window: ExpansionWindow;
  zones: ZoneBook;
  coachTimeZone: string;
  allDayEventsBlock: boolean;
  /** Charged for every recurrence step; throws when the event or the file has had enough. */
  spend: (units: number) => void;
}

/** Half-open [startMs, endMs) of one occurrence. */
export type Occupied = [startMs: number, endMs: number];

/**
 * Occurrences left out of a recurring event: its EXDATEs, and the RECURRENCE-IDs of components that replace one.
 * A DATE leaves out the whole day, also of an event with times; a DATE-TIME leaves out the occurrence starting at
 * that instant, whatever zone either is written in (ical.js compares them as written, so a UTC EXDATE would miss a
 * start written with a TZID), or the day it falls on for an event of whole days.
 */
export class Exclusions {
  private readonly dates = new Set<number>();
  private readonly instants = new Set<number>();
  private readonly dateTimeDays = new Set<number>();

  add(value: IcalDate): void {
    if (value.isDate) {
      this.dates.add(wallDay(value.wallMs));
    } else {
      this.instants.add(value.zone(value.wallMs));
      this.dateTimeDays.add(wallDay(value.wallMs));
    }
  }

  excludes(start: IcalDate, startMs: number): boolean {
    const day = wallDay(start.wallMs);
    if (start.isDate) return this.dates.has(day) || this.dateTimeDays.has(day);
    return this.instants.has(startMs) || this.dates.has(day);
  }
}

/**
 * Whether the event holds the coach's time at all: not when cancelled (STATUS applies to the whole series, or to
 * the one occurrence an override stands for), not when marked free (TRANSP), not when the coach declined it.
 */
export function holdsTime(event: ICAL.Component, coachEmails: ReadonlySet<string>): boolean {
  if (textOf(event, "status") === "CANCELLED" || textOf(event, "transp") === "TRANSPARENT") return false;
  return !event.getAllProperties("attendee").some((attendee) => {
    const declined = String(attendee.getParameter("partstat") ?? "").toUpperCase() === "DECLINED";
    return declined && attendeeEmails(attendee).some((email) => coachEmails.has(email));
  });
}

// Apple names an attendee by an EMAIL parameter when the value is a urn:uuid.
function attendeeEmails(attendee: ICAL.Property): string[] {
  const value = String(attendee.getFirstValue() ?? "");
  const emails = [value.replace(/^mailto:/i, ""), String(attendee.getParameter("email") ?? "")];
  return emails.map((email) => email.trim().toLowerCase()).filter((email) => email !== "");
}

const textOf = (component: ICAL.Component, name: string) =>
  String(component.getFirstPropertyValue(name) ?? "")
    .trim()
    .toUpperCase();

/**
 * The stretches of time one VEVENT occupies that overlap the window, each whole. A replacement for one occurrence
 * (it has a RECURRENCE-ID) is read as that one occurrence. Throws when the event cannot be read.
 */
export function occupiedBy(event: ICAL.Component, reading: EventReading, replaced?: Exclusions): Occupied[] {
  const { zones } = reading;
  const startProperty = event.getFirstProperty("dtstart");
  if (!startProperty) throw new RangeError("The event has no DTSTART.");
  const start = zones.firstDateOf(startProperty);
  if (start.isDate && !reading.allDayEventsBlock) return [];
  const span = spanOf(event, start, zones);
  // A DATE-TIME DTSTART with nothing after it is a moment, which holds no time (RFC 5545 §3.6.1).
  if (!start.isDate && spanWallMs(span) === 0) return [];

  const near = (wallMs: number, length: Span) =>
    wallMs + spanWallMs(length) + WALL_SLACK_MS > reading.window.fromMs && wallMs - WALL_SLACK_MS < reading.window.toMs;
  const exclusions = new Exclusions();
  const isReplacement = event.hasProperty("recurrence-id");
  const starts: { start: IcalDate; span: Span }[] = [{ start, span }];
  if (!isReplacement) {
    for (const property of event.getAllProperties("exdate")) {
      for (const value of writtenValuesOf(property)) {
        const excluded = zones.dateOf(value, property.getParameter("tzid"));
        if (near(excluded.wallMs, span)) exclusions.add(excluded);
      }
    }
    for (const property of event.getAllProperties("rdate")) starts.push(...extraStarts(property, start, span, zones));
    const ruleProperty = event.getFirstProperty("rrule");
    const rule = ruleProperty?.getFirstValue();
    if (ruleProperty && rule instanceof ICAL.Recur) {
      // UNTIL as written, for the reason writtenDate gives; RFC 5545 has it in UTC, or floating with DTSTART.
      const { until } = (writtenValuesOf(ruleProperty)[0] ?? {}) as { until?: unknown };
      const ruleEnd = until === undefined ? null : zones.dateOf(until, undefined);
      for (const wallMs of ruleStarts(start, rule, ruleEnd, span, reading.window, reading.spend)) {
        starts.push({ start: { ...start, wallMs }, span });
      }
    }
  }

  const seen = new Set<number>();
  const occupied: Occupied[] = [];
  for (const occurrence of starts) {
    if (!near(occurrence.start.wallMs, occurrence.span)) continue;
    const [startMs, endMs] = occupiedByOccurrence(occurrence.start, occurrence.span, reading.coachTimeZone);
    if (seen.has(startMs) || exclusions.excludes(occurrence.start, startMs)) continue;
    if (replaced?.excludes(occurrence.start, startMs)) continue;
    seen.add(startMs);
    if (endMs > startMs && startMs < reading.window.toMs && endMs > reading.window.fromMs) {
      occupied.push([startMs, endMs]);
    }
  }
  return occupied;
}

function spanOf(event: ICAL.Component, start: IcalDate, zones: ZoneBook): Span {
  const endProperty = event.getFirstProperty("dtend");
  const duration = event.getFirstPropertyValue("duration");
  const span = endProperty
    ? spanBetween(start, zones.firstDateOf(endProperty))
    : duration instanceof ICAL.Duration
      ? spanOfDuration(duration)
      : { days: 0, exactMs: 0 };
  // An event of whole days lasts at least one (RFC 5545 §3.6.1), and only whole days.
  return start.isDate ? { days: Math.max(1, span.days), exactMs: 0 } : span;
}

/** RDATE values: DATEs or DATE-TIMEs of DTSTART's type lasting as long as it does, or PERIODs with their own end. */
function extraStarts(property: ICAL.Property, start: IcalDate, span: Span, zones: ZoneBook) {
  const tzid = property.getParameter("tzid");
  return writtenValuesOf(property).map((value) => {
    if (Array.isArray(value)) return writtenPeriod(value, tzid, zones);
    const extra = zones.dateOf(value, tzid);
    if (extra.isDate !== start.isDate) throw new RangeError("An RDATE of another type than DTSTART.");
    return { start: extra, span };
  });
}

/** A PERIOD as written: [start, end] or [start, duration]. */
export function writtenPeriod(period: unknown[], tzid: unknown, zones: ZoneBook): { start: IcalDate; span: Span } {
  const [first, second] = period;
  const start = zones.dateOf(first, tzid);
  const span =
    typeof second === "string" && /^[+-]?P/.test(second)
      ? spanOfDuration(ICAL.Duration.fromString(second))
      : spanBetween(start, zones.dateOf(second, tzid));
  return { start, span };
}

function occupiedByOccurrence(start: IcalDate, span: Span, coachTimeZone: string): Occupied {
  if (start.isDate) return [startOfDayAfter(start, 0, coachTimeZone), startOfDayAfter(start, span.days, coachTimeZone)];
  const startMs = start.zone(start.wallMs);
  const afterDays = span.days === 0 ? startMs : start.zone(start.wallMs + span.days * DAY_MS);
  return [startMs, afterDays + span.exactMs];
}
