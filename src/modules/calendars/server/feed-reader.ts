import { outboundFetch, type OutboundPolicy } from "~/server/http/outbound-fetch";
import { busyIntervalsFromIcal, type BusyInterval, type BusyReadOptions } from "../domain/ical-busy";
import { CalendarReadError } from "./calendar-read-error";

/** What was last read from a feed: its validators, for a conditional request. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedRead =
  { changed: false } | { changed: true; intervals: BusyInterval[]; etag: string | null; lastModified: string | null };

/**
 * Reads an iCalendar subscription. With validators from the last read it asks conditionally, so an unchanged feed
 * costs one request answered 304 with no body; `validators: null` reads it whole.
 */
export async function readFeed(
  url: string,
  validators: FeedValidators | null,
  options: BusyReadOptions,
  policy?: OutboundPolicy,
): Promise<FeedRead> {
  const headers: Record<string, string> = { Accept: "text/calendar, */*;q=0.5" };
  if (validators?.etag) headers["If-None-Match"] = validators.etag;
  if (validators?.lastModified) headers["If-Modified-Since"] = validators.lastModified;
  const response = await outboundFetch(url, { headers }, policy);
  if (response.status === 304 && validators) return { changed: false };
  if (response.status === 404 || response.status === 410) throw new CalendarReadError("feed_moved");
  if (response.status === 401 || response.status === 403) throw new CalendarReadError("forbidden");
  if (response.status === 429) throw new CalendarReadError("rate_limited");
  if (response.status < 200 || response.status >= 300) {
    throw new CalendarReadError("bad_response", `The feed answered HTTP ${response.status}.`);
  }
  const { intervals } = busyIntervalsFromIcal(response.body, options);
  return {
    changed: true,
    intervals,
    etag: response.headers.etag ?? null,
    lastModified: response.headers["last-modified"] ?? null,
  };
}
