// What can go wrong when Fieldnotes reads or writes a coach's calendar, in words a coach understands. Every client
// (feed, CalDAV, Google) reports one of these codes; the Calendars page and the failure email show the sentence.

export const CALENDAR_FAILURES = {
  wrong_password: "Wrong password: the server refused the username or app password. Enter a new app password.",
  revoked: "Google no longer lets Fieldnotes read this calendar. Connect it again.",
  unauthorized: "The calendar service did not accept Fieldnotes' access. Connect it again if this lasts.",
  forbidden: "The server would not let this account read the calendar. Check its sharing settings.",
  not_found: "The calendar was deleted or moved on the server. Tick another calendar or connect it again.",
  feed_moved:
    "The feed is no longer at this address. Copy its new address from your calendar app and connect it again.",
  not_caldav: "That address does not answer as a CalDAV server. Check the server address your provider gives.",
  malformed: "That address does not give a calendar file Fieldnotes can read.",
  too_complex: "The calendar holds more events or repeats than Fieldnotes reads at once. Publish a smaller calendar.",
  too_large: "The feed is too large (over 5 MB). Publish a calendar without old events.",
  timeout: "Timed out: the server did not answer within 15 seconds.",
  blocked_address: "That address points into a private network, which Fieldnotes does not reach.",
  bad_url: "That is not an address Fieldnotes can read. Use one that starts with https://.",
  dns: "The server's name could not be found. Check the address for typos.",
  network: "The server could not be reached.",
  too_many_redirects: "The address redirects too many times.",
  rate_limited: "The calendar service asked Fieldnotes to slow down. It will try again shortly.",
  bad_response: "The server gave an answer Fieldnotes could not understand.",
} as const;

export type CalendarFailure = keyof typeof CALENDAR_FAILURES;

export const isCalendarFailure = (code: string): code is CalendarFailure => Object.hasOwn(CALENDAR_FAILURES, code);

/** The sentence for a stored code (an unknown one, from an older release, reads as a general failure). */
export const calendarFailureSentence = (code: string): string =>
  isCalendarFailure(code) ? CALENDAR_FAILURES[code] : CALENDAR_FAILURES.bad_response;

const HOUR_MS = 3_600_000;

/** Failures lasting this long are worth an email and a banner; shorter ones usually fix themselves. */
export const LONG_FAILURE_MS = HOUR_MS;

export const isFailingLong = (failingSince: Date | null, now: Date) =>
  failingSince !== null && now.getTime() - failingSince.getTime() >= LONG_FAILURE_MS;
