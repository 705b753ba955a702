import ICAL from "ical.js";
import { Exclusions, holdsTime, occupiedBy, writtenPeriod, type EventReading, type Occupied } from "./ical-event";
import {
  ICAL_LIMITS,
  IcalFeedError,
  screenedIcalLines,
  WorkBudget,
  tooManyIntervals,
  tooMuchRecurrence,
} from "./ical-limits";
import { DAY_MS, writtenValuesOf } from "./ical-time";
import { ZoneBook } from "./ical-zones";

export { IcalFeedError, type IcalFailure } from "./ical-limits";

/** Epoch ms, half-open, endMs > startMs; `uid` is the event's (or free/busy block's) UID, "" when it has none. */
export interface BusyInterval {
  startMs: number;
  endMs: number;
  uid: string;
}

export interface BusyReadOptions {
  /** The window to expand within (now .. now + booking horizon, see busy-window.ts). */
  fromMs: number;
  toMs: number;
  /** Floating times and all-day dates are read in this zone. */
  coachTimeZone: string;
  /** An ATTENDEE with one of these (mailto:, case-insensitive) and PARTSTAT=DECLINED does not block. */
  coachEmails: readonly string[];
  /** All-day (VALUE=DATE) events block their whole days in the coach's zone, or nothing. */
  allDayEventsBlock: boolean;
  /** Our own sessions written to the calendar: never counted twice. */
  isOwnSession(uid: string): boolean;
}

/**
 * The times an iCalendar text (a whole .ics feed, or one CalDAV object's calendar-data) holds within
 * [fromMs, toMs): VEVENTs with their recurrences expanded, and VFREEBUSY blocks marked busy. Each occurrence that
 * overlaps the window is returned whole (clip if needed), sorted by start then end; intervals are not merged, so
 * each keeps the UID it came from, and two events at the same time give two intervals.
 *
 * An event that cannot be read (a malformed date, DTEND before DTSTART, a rule too costly to expand) is left out
 * and counted in `skippedEvents`; the rest of the file is still read. A file that cannot be read at all, or that
 * asks for more work than the limits in ical-limits.ts allow, throws IcalFeedError.
 */
export function busyIntervalsFromIcal(text: string, options: BusyReadOptions): BusyReading {
  return readTexts([text], options, { skipMalformed: false });
}

/**
 * busyIntervalsFromIcal for the objects of one CalDAV calendar, under one set of limits: many costly objects end in
 * too_complex, not in the minutes of work that each object's own limits would add up to. An object that is not
 * iCalendar at all is counted in `skippedEvents` and the others are still read.
 */
export function busyIntervalsFromIcalObjects(texts: readonly string[], options: BusyReadOptions): BusyReading {
  return readTexts(texts, options, { skipMalformed: true });
}

function readTexts(
  texts: readonly string[],
  options: BusyReadOptions,
  { skipMalformed }: { skipMalformed: boolean },
): BusyReading {
  const fileBudget = new WorkBudget(ICAL_LIMITS.maxWorkPerFile, tooMuchRecurrence);
  const result: BusyReading = { intervals: [], skippedEvents: 0 };
  for (const text of texts) {
    try {
      const calendars = parsedCalendars(screenedIcalLines(text).join("\r\n"));
      for (const components of calendars) readCalendar(components, options, fileBudget, result);
    } catch (error) {
      if (!skipMalformed || !(error instanceof IcalFeedError) || error.reason !== "malformed") throw error;
      result.skippedEvents += 1;
    }
  }
  result.intervals.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return result;
}

export interface BusyReading {
  intervals: BusyInterval[];
  skippedEvents: number;
}

/** The components inside each VCALENDAR, each built on its own (see readCalendar for why). */
function parsedCalendars(text: string): ICAL.Component[][] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch {
    throw new IcalFeedError("malformed", "it is not valid iCalendar. Check the address, or export the calendar again.");
  }
  // ical.js answers one jCal array for one top-level component and an array of them for several.
  const roots = (Array.isArray(parsed) && typeof parsed[0] === "string" ? [parsed] : (parsed as unknown[])) ?? [];
  const calendars = roots.filter((root): root is [string, unknown[], unknown[][]] => isJcal(root, "vcalendar"));
  if (calendars.length === 0) throw new IcalFeedError("malformed", "it holds no calendar (VCALENDAR).");
  return calendars.map(([, , children]) => children.filter((child) => isJcal(child)).map((c) => new ICAL.Component(c)));
}

const isJcal = (value: unknown, name?: string) =>
  Array.isArray(value) &&
  typeof value[0] === "string" &&
  Array.isArray(value[2]) &&
  (name === undefined || value[0] === name);

/**
 * One VCALENDAR. Its components are built without their parent: ical.js looks a TZID up by searching every
 * sibling, which made a 25,000-event feed take a quarter of a minute; zones are resolved here instead (ZoneBook).
 */
function readCalendar(
  components: ICAL.Component[],
  options: BusyReadOptions,
  fileBudget: WorkBudget,
  result: BusyReading,
): void {
  const definitions = new Map<string, ICAL.Component>();
  for (const zone of components.filter((component) => component.name === "vtimezone")) {
    const tzid = zone.getFirstPropertyValue("tzid");
    if (typeof tzid === "string") definitions.set(tzid, zone);
  }
  const zones = new ZoneBook(definitions, options.coachTimeZone, fileBudget, {
    first: new Date(options.fromMs).getUTCFullYear() - 1,
    last: new Date(options.toMs).getUTCFullYear(),
  });
  const coachEmails = new Set(options.coachEmails.map((email) => email.trim().toLowerCase()));
  const window = { fromMs: options.fromMs, toMs: options.toMs };
  const events = components.filter((component) => component.name === "vevent");

  const add = (occupied: Occupied[], uid: string) => {
    for (const [startMs, endMs] of occupied) result.intervals.push({ startMs, endMs, uid });
    if (result.intervals.length > ICAL_LIMITS.maxIntervals) throw tooManyIntervals();
  };
  const readOrSkip = (read: () => void) => {
    try {
      read();
    } catch (error) {
      if (error instanceof IcalFeedError) throw error;
      result.skippedEvents += 1;
    }
  };

  const replacedByUid = new Map<string, Exclusions>();
  const readable = new Set<ICAL.Component>();
  for (const event of events) {
    readOrSkip(() => {
      const replaced = event.getFirstProperty("recurrence-id");
      if (replaced) {
        const uid = uidOf(event);
        const exclusions = replacedByUid.get(uid) ?? new Exclusions();
        exclusions.add(zones.firstDateOf(replaced));
        replacedByUid.set(uid, exclusions);
      }
      readable.add(event);
    });
  }

  for (const event of readable) {
    const uid = uidOf(event);
    if (options.isOwnSession(uid) || !holdsTime(event, coachEmails)) continue;
    const eventBudget = new WorkBudget(ICAL_LIMITS.maxWorkPerEvent, () => new RangeError("Too costly to expand."));
    const reading: EventReading = {
      window,
      zones,
      coachTimeZone: options.coachTimeZone,
      allDayEventsBlock: options.allDayEventsBlock,
      // The event's own limit first: an event too costly on its own is skipped, not charged to the file.
      spend: (units) => {
        eventBudget.spend(units);
        fileBudget.spend(units);
      },
    };
    // A replacement is its own occurrence; only the series it belongs to leaves the replaced ones out.
    const replaced = event.hasProperty("recurrence-id") ? undefined : replacedByUid.get(uid);
    readOrSkip(() => add(occupiedBy(event, reading, replaced), uid));
  }

  for (const freeBusy of components.filter((component) => component.name === "vfreebusy")) {
    readOrSkip(() => add(busyPeriods(freeBusy, zones, window), uidOf(freeBusy)));
  }
}

const uidOf = (component: ICAL.Component) => String(component.getFirstPropertyValue("uid") ?? "");

/** FREEBUSY periods of a VFREEBUSY (UTC by RFC 5545), except those marked FBTYPE=FREE. */
function busyPeriods(freeBusy: ICAL.Component, zones: ZoneBook, window: { fromMs: number; toMs: number }): Occupied[] {
  const occupied: Occupied[] = [];
  for (const property of freeBusy.getAllProperties("freebusy")) {
    if (String(property.getParameter("fbtype") ?? "BUSY").toUpperCase() === "FREE") continue;
    for (const value of writtenValuesOf(property)) {
      if (!Array.isArray(value)) throw new RangeError("A FREEBUSY value that is not a period.");
      const { start, span } = writtenPeriod(value, undefined, zones);
      const startMs = start.zone(start.wallMs);
      const endMs = startMs + span.exactMs + span.days * DAY_MS;
      if (endMs > startMs && startMs < window.toMs && endMs > window.fromMs) occupied.push([startMs, endMs]);
    }
  }
  return occupied;
}
