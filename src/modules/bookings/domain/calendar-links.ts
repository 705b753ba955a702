// "Add to Google Calendar" and "Outlook" links: each service's documented compose URL with the
// event in its query. What goes in them leaves Fieldnotes in the visitor's browser history and the
// calendar provider's logs, so callers pass nothing secret (no manage link) as details.

export interface CalendarEvent {
  title: string;
  start: Date;
  end: Date;
  details: string;
  location: string | null;
}

/** encodeURIComponent rather than URLSearchParams: Outlook shows a form-encoded "+" as a plus sign. */
const query = (params: Record<string, string | null>) =>
  Object.entries(params)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");

/** 20261201T150000Z: Google's UTC form of an instant. */
const googleStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** 2026-12-01T15:00:00Z */
const isoSeconds = (instant: Date) => instant.toISOString().replace(/\.\d{3}/, "");

export function googleCalendarUrl(event: CalendarEvent): string {
  return `https://calendar.google.com/calendar/render?${query({
    action: "TEMPLATE",
    text: event.title,
    dates: `${googleStamp(event.start)}/${googleStamp(event.end)}`,
    details: event.details,
    location: event.location,
  })}`;
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query({
    subject: event.title,
    startdt: isoSeconds(event.start),
    enddt: isoSeconds(event.end),
    body: event.details,
    location: event.location,
  })}`;
}
