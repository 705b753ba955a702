import { busyIntervalsFromIcal, type BusyInterval, type BusyReadOptions } from "~/modules/calendars/domain/ical-busy";

// Test support for the iCalendar readers: files written as they arrive from calendar apps, read with a coach's
// options. Not imported by application code.

/**
 * An .ics text from a template literal: each line's indentation is dropped and lines end in CRLF, as RFC 5545
 * writes them. Folded lines (which start with a space) cannot be written this way; build those by hand.
 */
export function ics(strings: TemplateStringsArray, ...values: unknown[]): string {
  const lines = String.raw({ raw: strings }, ...values)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return `${lines.join("\r\n")}\r\n`;
}

/** A VCALENDAR around the given components, as Google writes its secret iCal address. */
export function calendarOf(...components: string[]): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n${components.join("")}END:VCALENDAR\r\n`;
}

/** A VEVENT of these property lines, with the UID and DTSTAMP every real one carries. */
export function eventOf(uid: string, ...properties: string[]): string {
  return ics`
    BEGIN:VEVENT
    UID:${uid}
    DTSTAMP:20260201T120000Z
    ${properties.join("\n")}
    END:VEVENT`;
}

export const COACH_EMAIL = "sam.coach@example.com";

export const defaultReadOptions: BusyReadOptions = {
  fromMs: Date.parse("2026-03-01T00:00:00Z"),
  toMs: Date.parse("2026-05-01T00:00:00Z"),
  coachTimeZone: "Europe/London",
  coachEmails: [COACH_EMAIL],
  allDayEventsBlock: true,
  isOwnSession: () => false,
};

export function readBusy(text: string, options: Partial<BusyReadOptions> = {}) {
  return busyIntervalsFromIcal(text, { ...defaultReadOptions, ...options });
}

/** Intervals as ISO strings, the way a failing test is easiest to read. */
export const asIso = (intervals: readonly BusyInterval[]) =>
  intervals.map((interval) => [new Date(interval.startMs).toISOString(), new Date(interval.endMs).toISOString()]);

/** The busy times of a single event's properties, in the default window; throws if the event could not be read. */
export function busyOfEvent(...properties: string[]): string[][] {
  const { intervals, skippedEvents } = readBusy(calendarOf(eventOf("event@example.com", ...properties)));
  if (skippedEvents > 0) throw new Error("The event was skipped as unreadable.");
  return asIso(intervals);
}
