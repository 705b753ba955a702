import { z } from "zod";
import {
  type GoogleAnswer,
  type GoogleConfig,
  GoogleError,
  type GoogleFailure,
  apiFailure,
  callGoogle,
  isSuccess,
  joinUrl,
  readAnswer,
} from "./google-http";

// The Calendar API v3 calls Fieldnotes makes: the coach's calendars to choose from, free/busy of
// the chosen ones, and sessions written to one (keyed by the same iCalendar UID as the invite).

export interface GoogleCalendar {
  id: string;
  summary: string;
  primary: boolean;
  accessRole: string;
  timeZone: string | null;
}

export interface BusyPeriod {
  startMs: number;
  endMs: number;
}

/** A calendar's busy periods, or why Google would not give them (the others still count). */
export type CalendarBusy = BusyPeriod[] | { error: GoogleFailure; message: string };

export interface OutgoingEvent {
  iCalUID: string;
  summary: string;
  description: string;
  location: string | null;
  start: Date;
  end: Date;
}

const calendarListPage = z.object({
  items: z
    .array(
      z.object({
        id: z.string().min(1),
        summary: z.string().optional(),
        summaryOverride: z.string().optional(),
        primary: z.boolean().optional(),
        accessRole: z.string(),
        timeZone: z.string().optional(),
      }),
    )
    .default([]),
  nextPageToken: z.string().optional(),
});

// 20 pages of 250 is far past any coach's list; a page token that never ends stops here.
const MAX_CALENDAR_PAGES = 20;

export async function listCalendars(config: GoogleConfig, accessToken: string): Promise<GoogleCalendar[]> {
  const calendars: GoogleCalendar[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_CALENDAR_PAGES; page += 1) {
    const query: Record<string, string> = { maxResults: "250", ...(pageToken ? { pageToken } : {}) };
    const answer = await callGoogle(config, {
      method: "GET",
      accessToken,
      url: joinUrl(config.apiBaseUrl, "calendar/v3/users/me/calendarList", query),
    });
    const body = readAnswer(answer, calendarListPage);
    for (const item of body.items) {
      calendars.push({
        id: item.id,
        // The name the coach gave the calendar in their list wins over its owner's name for it.
        summary: item.summaryOverride ?? item.summary ?? item.id,
        primary: item.primary ?? false,
        accessRole: item.accessRole,
        timeZone: item.timeZone ?? null,
      });
    }
    if (!body.nextPageToken) return calendars;
    pageToken = body.nextPageToken;
  }
  throw new GoogleError("bad_response");
}

const instant = z.iso.datetime({ offset: true });

const freeBusyAnswer = z.object({
  calendars: z.record(
    z.string(),
    z.object({
      busy: z.array(z.object({ start: instant, end: instant })).default([]),
      errors: z.array(z.object({ reason: z.string() })).optional(),
    }),
  ),
});

// Google refuses a free/busy query naming more than 50 calendars.
const FREE_BUSY_MAX_CALENDARS = 50;

const calendarError = (error: GoogleFailure): CalendarBusy => ({ error, message: new GoogleError(error).message });

function busyOf(entry: z.infer<typeof freeBusyAnswer>["calendars"][string] | undefined): CalendarBusy {
  if (!entry) return calendarError("bad_response");
  const reason = entry.errors?.[0]?.reason;
  if (reason) return calendarError(reason === "notFound" ? "not_found" : "bad_response");
  const periods = entry.busy.map((period) => ({ startMs: Date.parse(period.start), endMs: Date.parse(period.end) }));
  return periods.every((period) => period.endMs > period.startMs) ? periods : calendarError("bad_response");
}

export async function freeBusy(
  config: GoogleConfig,
  accessToken: string,
  query: { calendarIds: readonly string[]; from: Date; to: Date },
): Promise<Map<string, CalendarBusy>> {
  const busy = new Map<string, CalendarBusy>();
  for (let first = 0; first < query.calendarIds.length; first += FREE_BUSY_MAX_CALENDARS) {
    const ids = query.calendarIds.slice(first, first + FREE_BUSY_MAX_CALENDARS);
    const answer = await callGoogle(config, {
      method: "POST",
      accessToken,
      url: joinUrl(config.apiBaseUrl, "calendar/v3/freeBusy"),
      json: { timeMin: query.from.toISOString(), timeMax: query.to.toISOString(), items: ids.map((id) => ({ id })) },
    });
    const body = readAnswer(answer, freeBusyAnswer);
    for (const id of ids) busy.set(id, busyOf(body.calendars[id]));
  }
  return busy;
}

const eventsPath = (calendarId: string, eventId?: string) =>
  `calendar/v3/calendars/${encodeURIComponent(calendarId)}/events${eventId ? `/${encodeURIComponent(eventId)}` : ""}`;

const eventAnswer = z.object({ id: z.string().min(1) });
const eventSearch = z.object({ items: z.array(eventAnswer).default([]) });

// Sessions carry no attendees in Google: the client's invite is Fieldnotes' own email.
const NO_NOTIFICATIONS = { sendUpdates: "none" };

const isGone = (answer: GoogleAnswer) => answer.status === 404 || answer.status === 410;

const eventFields = (event: OutgoingEvent) => ({
  summary: event.summary,
  description: event.description,
  location: event.location,
  start: { dateTime: event.start.toISOString() },
  end: { dateTime: event.end.toISOString() },
});

function patchEvent(
  config: GoogleConfig,
  accessToken: string,
  calendarId: string,
  eventId: string,
  event: OutgoingEvent,
) {
  return callGoogle(config, {
    method: "PATCH",
    accessToken,
    url: joinUrl(config.apiBaseUrl, eventsPath(calendarId, eventId), NO_NOTIFICATIONS),
    // The status brings back an event the coach deleted in Google while the session still stands.
    json: { ...eventFields(event), status: "confirmed" },
  });
}

async function findEventId(config: GoogleConfig, accessToken: string, calendarId: string, iCalUID: string) {
  const answer = await callGoogle(config, {
    method: "GET",
    accessToken,
    url: joinUrl(config.apiBaseUrl, eventsPath(calendarId), { iCalUID, showDeleted: "true" }),
  });
  const [found] = readAnswer(answer, eventSearch).items;
  if (!found) throw new GoogleError("bad_response");
  return found.id;
}

/** Writes the session: updates `existingEventId` when it is still there, inserts it otherwise. */
export async function upsertEvent(
  config: GoogleConfig,
  accessToken: string,
  calendarId: string,
  event: OutgoingEvent,
  existingEventId: string | null,
): Promise<{ eventId: string }> {
  if (existingEventId) {
    const updated = await patchEvent(config, accessToken, calendarId, existingEventId, event);
    if (!isGone(updated)) return { eventId: readAnswer(updated, eventAnswer).id };
  }
  const inserted = await callGoogle(config, {
    method: "POST",
    accessToken,
    url: joinUrl(config.apiBaseUrl, eventsPath(calendarId), NO_NOTIFICATIONS),
    json: { iCalUID: event.iCalUID, ...eventFields(event) },
  });
  if (inserted.status !== 409) return { eventId: readAnswer(inserted, eventAnswer).id };
  // The UID is taken: an insert whose answer was lost before a retry, or an event deleted in
  // Google that still holds its UID. Update that one rather than fail the job for ever.
  const eventId = await findEventId(config, accessToken, calendarId, event.iCalUID);
  return { eventId: readAnswer(await patchEvent(config, accessToken, calendarId, eventId, event), eventAnswer).id };
}

export async function deleteEvent(
  config: GoogleConfig,
  accessToken: string,
  calendarId: string,
  eventId: string,
): Promise<void> {
  const answer = await callGoogle(config, {
    method: "DELETE",
    accessToken,
    url: joinUrl(config.apiBaseUrl, eventsPath(calendarId, eventId), NO_NOTIFICATIONS),
  });
  if (!isSuccess(answer) && !isGone(answer)) throw apiFailure(answer);
}
