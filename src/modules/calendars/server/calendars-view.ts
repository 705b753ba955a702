import type { CalendarConnectionKind } from "~/server/db/client";

/** One calendar inside a connection, as the Calendars page shows it. */
export interface CalendarView {
  id: string;
  displayName: string;
  blocksTime: boolean;
  receivesSessions: boolean;
  /** Whether sessions can be written to it (a CalDAV or Google calendar; a feed is read only). */
  canReceiveSessions: boolean;
}

/** A connection with its honest status: when it last worked, when it tries next, what it holds, what went wrong. */
export interface ConnectionView {
  id: string;
  kind: CalendarConnectionKind;
  label: string;
  allDayEventsBlock: boolean;
  lastSuccessAt: Date | null;
  lastAttemptAt: Date | null;
  nextRefreshAt: Date;
  /** Busy blocks currently held from this connection (the last good read). */
  busyBlockCount: number;
  /** The last attempt's failure, in a sentence; null when the last attempt worked. */
  error: { code: string; message: string } | null;
  failingSince: Date | null;
  /** Failing for an hour or more: the coach was emailed and the availability page shows a banner. */
  failingLong: boolean;
  calendars: CalendarView[];
}

export interface CalendarsView {
  /** The coach whose calendars these are; null when the caller has no booking profile yet. */
  coach: { id: string; displayName: string; timeZone: string } | null;
  /** Every coach whose calendars the caller may manage: all of the practice's for an owner or admin. */
  coaches: { id: string; displayName: string }[];
  connections: ConnectionView[];
  /** False when GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET are not set: the page says Google is not set up. */
  googleAvailable: boolean;
  /** The coach's private subscription feed of upcoming sessions, when on. */
  sessionFeedUrl: string | null;
  refreshMinutes: number;
}
