import type { OutboundPolicy } from "~/server/http/outbound-fetch";
import { stillCovers } from "../domain/read-coverage";
import { busyIntervalsFromIcalObjects, type BusyInterval, type BusyReadOptions } from "../domain/ical-busy";
import { calendarVersion, fetchEvents, type CaldavAccount } from "./caldav-client";
import type { CaldavCredentials } from "./credentials";

interface CaldavSource {
  id: string;
  remoteId: string;
  ctag: string | null;
  readUntil: Date | null;
}

interface CaldavRead {
  sourceId: string;
  intervals: BusyInterval[];
  etag: null;
  lastModified: null;
  ctag: string | null;
}

/**
 * Reads the CalDAV calendars that block time. Each costs one small PROPFIND when its ctag (or sync-token) is what
 * was last read and the window is still covered; otherwise its events in the window are fetched and expanded. An
 * unreadable event object is skipped rather than failing the calendar; a calendar too complex to read fails it.
 */
export async function readCaldavSources(
  credentials: CaldavCredentials,
  sources: readonly CaldavSource[],
  window: { fromMs: number; toMs: number },
  options: BusyReadOptions,
  policy?: OutboundPolicy,
): Promise<CaldavRead[]> {
  const account: CaldavAccount = credentials;
  const changed: CaldavRead[] = [];
  for (const source of sources) {
    const version = await calendarVersion(account, source.remoteId, { policy });
    const tag = version.syncToken ?? version.ctag;
    if (tag !== null && tag === source.ctag && stillCovers(source.readUntil, window)) continue;
    const range = { from: new Date(window.fromMs), to: new Date(window.toMs) };
    const objects = await fetchEvents(account, source.remoteId, range, { policy });
    // One budget for the whole calendar, so many hostile objects cannot add up to minutes of work.
    const { intervals } = busyIntervalsFromIcalObjects(
      objects.map((object) => object.data),
      options,
    );
    changed.push({
      sourceId: source.id,
      intervals,
      etag: null,
      lastModified: null,
      ctag: tag,
    });
  }
  return changed;
}
