import type { OutboundPolicy } from "~/server/http/outbound-fetch";
import type { TenantDb } from "~/server/db/tenant";
import { calendarFailureSentence, isFailingLong } from "../domain/calendar-failure";
import { expansionWindow } from "../domain/busy-window";
import { REREAD_MARGIN_DAYS, stillCovers } from "../domain/read-coverage";
import type { BusyReadOptions } from "../domain/ical-busy";
import { calendarFailureOf } from "./calendar-read-error";
import { queueCalendarFailingEmail } from "./calendar-failing-email";
import { readCaldavSources } from "./caldav-reader";
import { readFeed } from "./feed-reader";
import { readGoogleSources } from "./google-reader";
import { openCredentials } from "./credentials";
import * as system from "./calendar-refresh.system.repo";
import * as results from "./refresh-results.repo";
import type { ConnectionToRefresh } from "./calendar-refresh.system.repo";
import type { GoogleConfig } from "./google-http";

// One refresh of one connection: read every calendar of it that blocks time, then store what changed and the
// connection's status in one transaction. A failed read changes no busy block: the booking page keeps the last good
// set (docs/ARCHITECTURE.md says why), and the status says what went wrong.

export interface RefreshSettings {
  refreshMinutes: number;
  google: GoogleConfig | null;
  /** Unset: the fetcher's own, from OUTBOUND_ALLOWED_HOSTS. */
  policy?: OutboundPolicy;
}

const MINUTE_MS = 60_000;
/** How far ahead a coach's booking page looks when no session type says otherwise. */
const DEFAULT_HORIZON_DAYS = 60;

/** What a read of the connection's calendars found: the calendars that changed, each with its new busy set. */
export interface ConnectionRead {
  changed: results.SourceResult[];
  /** Credentials to store when the read renewed them (a new Google access token). */
  renewedCredentials: string | null;
}

function readOptions(connection: ConnectionToRefresh, window: { fromMs: number; toMs: number }, own: Set<string>) {
  const email = connection.coach.membership.user.email.toLowerCase();
  return {
    fromMs: window.fromMs,
    toMs: window.toMs,
    coachTimeZone: connection.coach.timeZone,
    coachEmails: [email],
    allDayEventsBlock: connection.allDayEventsBlock,
    isOwnSession: (uid: string) => own.has(uid),
  } satisfies BusyReadOptions;
}

async function readConnection(
  db: TenantDb,
  connection: ConnectionToRefresh,
  now: Date,
  settings: RefreshSettings,
): Promise<ConnectionRead> {
  const horizonDays = Math.max(DEFAULT_HORIZON_DAYS, ...connection.coach.sessionTypes.map((type) => type.horizonDays));
  const window = expansionWindow(now, horizonDays + REREAD_MARGIN_DAYS);
  const own = await results.ownSessionUids(db, connection.coachProfileId, new Date(window.fromMs));
  const options = readOptions(connection, window, own);
  const sources = connection.sources.filter((source) => source.blocksTime);
  const readUntil = new Date(window.toMs);
  switch (connection.kind) {
    case "ICS_FEED": {
      const { url } = openCredentials("ICS_FEED", connection.sealedCredentials);
      const changed: results.SourceResult[] = [];
      for (const source of sources) {
        const validators = stillCovers(source.readUntil, window) ? source : null;
        const read = await readFeed(url, validators, options, settings.policy);
        if (read.changed) changed.push({ sourceId: source.id, ...read, ctag: null, readUntil });
      }
      return { changed, renewedCredentials: null };
    }
    case "CALDAV": {
      const account = openCredentials("CALDAV", connection.sealedCredentials);
      const changed = await readCaldavSources(account, sources, window, options, settings.policy);
      return { changed: changed.map((read) => ({ ...read, readUntil })), renewedCredentials: null };
    }
    case "GOOGLE": {
      const grant = openCredentials("GOOGLE", connection.sealedCredentials);
      const copies = await results.copiedSessionTimes(
        db,
        sources.map((source) => source.id),
      );
      const read = await readGoogleSources(settings.google, grant, sources, window, copies);
      return {
        changed: read.changed.map((result) => ({ ...result, readUntil })),
        renewedCredentials: read.renewedCredentials,
      };
    }
  }
}

export type RefreshOutcome = "refreshed" | "failed" | "gone";

/** Refreshes a connection the caller has claimed; `now` is when this attempt counts as made. */
export async function refreshConnection(
  connectionId: string,
  now: Date,
  settings: RefreshSettings,
): Promise<RefreshOutcome> {
  const connection = await system.findConnectionToRefresh(connectionId);
  if (!connection) return "gone";
  const db = system.practiceDb(connection.practiceId);
  const nextRefreshAt = new Date(now.getTime() + settings.refreshMinutes * MINUTE_MS);
  let read: ConnectionRead;
  try {
    read = await readConnection(db, connection, now, settings);
  } catch (error) {
    const failure = calendarFailureOf(error);
    const failingSince = connection.failingSince ?? now;
    const emailNow = connection.failureEmailedAt === null && isFailingLong(failingSince, now);
    await db.$transaction(async (tx) => {
      await results.recordFailure(tx, connection.id, now, nextRefreshAt, {
        code: failure.code,
        message: failure.message,
        failingSince,
        emailedAt: emailNow ? now : null,
      });
      if (emailNow) {
        await queueCalendarFailingEmail(tx, connection, calendarFailureSentence(failure.code), failingSince);
      }
    });
    return "failed";
  }
  await db.$transaction(async (tx) => {
    for (const result of read.changed) await results.replaceBusyBlocks(tx, connection.coachProfileId, result);
    if (read.renewedCredentials) await results.updateCredentials(tx, connection.id, read.renewedCredentials);
    await results.recordSuccess(tx, connection.id, now, nextRefreshAt);
  });
  return "refreshed";
}
