import { isCalendarFailure, type CalendarFailure } from "../domain/calendar-failure";

/** Reading or writing a coach's calendar failed for a reason the Calendars page can name. */
export class CalendarReadError extends Error {
  readonly code: CalendarFailure;

  constructor(code: CalendarFailure, detail?: string, options?: { cause?: unknown }) {
    super(detail ?? code, options);
    this.name = "CalendarReadError";
    this.code = code;
  }
}

/**
 * The failure code of anything the calendar clients throw: their `reason` codes (the fetcher's, CalDAV's, Google's,
 * the iCalendar reader's) are named after the same vocabulary. Anything else is a fault of ours: logged with its
 * stack, and shown to the coach as an answer Fieldnotes could not understand rather than left unexplained.
 */
export function calendarFailureOf(error: unknown): CalendarReadError {
  if (error instanceof CalendarReadError) return error;
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === "string" && isCalendarFailure(reason)) {
    return new CalendarReadError(reason, (error as Error).message, { cause: error });
  }
  console.error("[calendars] unexpected failure", error);
  return new CalendarReadError("bad_response", undefined, { cause: error });
}
