import { CalendarReadError } from "./calendar-read-error";
import { sealCredentials, type GoogleCredentials } from "./credentials";
import { freeBusy } from "./google-calendar";
import type { GoogleConfig } from "./google-http";
import { withGoogleAccess } from "./google-oauth";
import type { BusyInterval } from "../domain/ical-busy";

interface GoogleSource {
  id: string;
  remoteId: string;
}

interface TimeSpan {
  startMs: number;
  endMs: number;
}

/** `busy` with the times of `own` cut out. Both sorted or not; the answer is sorted. */
export function withoutSpans(busy: readonly TimeSpan[], own: readonly TimeSpan[]): TimeSpan[] {
  const cuts = [...own].sort((a, b) => a.startMs - b.startMs);
  const kept: TimeSpan[] = [];
  for (const period of [...busy].sort((a, b) => a.startMs - b.startMs)) {
    let start = period.startMs;
    for (const cut of cuts) {
      if (cut.endMs <= start || cut.startMs >= period.endMs) continue;
      if (cut.startMs > start) kept.push({ startMs: start, endMs: cut.startMs });
      start = Math.max(start, cut.endMs);
    }
    if (start < period.endMs) kept.push({ startMs: start, endMs: period.endMs });
  }
  return kept;
}

/**
 * Google's free/busy of the calendars that block time: one request for all of them. Free/busy names no events, so
 * our own sessions written to a calendar are recognised by their times there (the copies Fieldnotes made) and cut
 * out; they already block through the booking itself.
 */
export async function readGoogleSources(
  config: GoogleConfig | null,
  credentials: GoogleCredentials,
  sources: readonly GoogleSource[],
  window: { fromMs: number; toMs: number },
  copies: readonly (TimeSpan & { sourceId: string })[],
) {
  if (!config) throw new CalendarReadError("revoked", "Google Calendar is not set up on this server.");
  if (sources.length === 0) return { changed: [], renewedCredentials: null };
  const held = { ...credentials, expiresAt: new Date(credentials.expiresAt) };
  const { result, grant, refreshed } = await withGoogleAccess(config, held, (accessToken) =>
    freeBusy(config, accessToken, {
      calendarIds: sources.map((source) => source.remoteId),
      from: new Date(window.fromMs),
      to: new Date(window.toMs),
    }),
  );
  const changed = sources.map((source) => {
    const busy = result.get(source.remoteId);
    if (!busy || !Array.isArray(busy)) {
      throw new CalendarReadError(busy && !Array.isArray(busy) ? busy.error : "bad_response");
    }
    const own = copies.filter((copy) => copy.sourceId === source.id);
    const intervals: BusyInterval[] = withoutSpans(busy, own).map((span) => ({ ...span, uid: "" }));
    return { sourceId: source.id, intervals, etag: null, lastModified: null, ctag: null };
  });
  const renewed: GoogleCredentials = {
    accessToken: grant.accessToken,
    refreshToken: grant.refreshToken,
    expiresAt: grant.expiresAt.toISOString(),
  };
  return { changed, renewedCredentials: refreshed ? sealCredentials("GOOGLE", renewed) : null };
}
