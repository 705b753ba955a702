import { sessionEvent } from "~/modules/bookings/server/booking-notifications";
import { storedCalendarEvents } from "~/modules/bookings/server/calendar-invite";
import type { JobHandler } from "~/server/jobs/jobs";
import type { OutboundPolicy } from "~/server/http/outbound-fetch";
import { deleteEvent as deleteCaldavEvent, putEvent } from "./caldav-client";
import { SESSION_COPY_JOB } from "./calendar-jobs";
import { openCredentials, sealCredentials } from "./credentials";
import { deleteEvent as deleteGoogleEvent, upsertEvent } from "./google-calendar";
import { googleConfigFromEnv, type GoogleConfig } from "./google-http";
import { withGoogleAccess } from "./google-oauth";
import { updateCredentials } from "./refresh-results.repo";
import { deleteCopy, saveCopy } from "./session-copies.repo";
import * as system from "./session-copies.system.repo";

// Brings the coach's calendar in line with one session as it is now: written to the calendar that receives
// sessions, moved there when it moved, removed when it was cancelled or when another calendar receives sessions
// now. Run by the worker with retries, so each step can be repeated: a PUT of the same UID replaces, a DELETE of
// something gone is fine, and the bookkeeping row is written only after the calendar said yes.

export interface CopySettings {
  google: GoogleConfig | null;
  policy?: OutboundPolicy;
}

type Connection = system.WritableSource["connection"];
type Event = ReturnType<typeof sessionEvent>;

const resourceName = (uid: string) => `${uid}.ics`;

async function withGoogle<T>(
  connection: Connection,
  settings: CopySettings,
  call: (config: GoogleConfig, accessToken: string) => Promise<T>,
) {
  const config = settings.google;
  if (!config) throw new Error("Google Calendar is not set up on this server.");
  const held = openCredentials("GOOGLE", connection.sealedCredentials);
  const { result, grant, refreshed } = await withGoogleAccess(
    config,
    { ...held, expiresAt: new Date(held.expiresAt) },
    (token) => call(config, token),
  );
  const renewed = refreshed ? sealCredentials("GOOGLE", { ...grant, expiresAt: grant.expiresAt.toISOString() }) : null;
  return { result, renewed };
}

async function writeCopy(
  source: system.WritableSource,
  event: Event,
  existing: { remoteRef: string; etag: string | null } | undefined,
  settings: CopySettings,
) {
  const { connection } = source;
  if (connection.kind === "CALDAV") {
    const account = openCredentials("CALDAV", connection.sealedCredentials);
    const written = await putEvent(
      account,
      source.remoteId,
      resourceName(event.uid),
      storedCalendarEvents([event]),
      existing?.etag ?? null,
      { policy: settings.policy },
    );
    return { remoteRef: written.href, etag: written.etag, renewed: null };
  }
  if (connection.kind === "GOOGLE") {
    const { result, renewed } = await withGoogle(connection, settings, (config, token) =>
      upsertEvent(
        config,
        token,
        source.remoteId,
        {
          iCalUID: `${event.uid}@fieldnotes`,
          summary: event.summary,
          description: event.description,
          location: event.location,
          start: event.start,
          end: event.end,
        },
        existing?.remoteRef ?? null,
      ),
    );
    return { remoteRef: result.eventId, etag: null, renewed };
  }
  throw new Error("A subscription feed cannot receive sessions.");
}

async function removeCopy(copy: system.SessionToCopy["calendarCopies"][number], settings: CopySettings) {
  const { connection } = copy.source;
  if (connection.kind === "CALDAV") {
    const account = openCredentials("CALDAV", connection.sealedCredentials);
    await deleteCaldavEvent(account, copy.remoteRef, copy.etag, { policy: settings.policy });
    return null;
  }
  if (connection.kind === "GOOGLE") {
    const { renewed } = await withGoogle(connection, settings, (config, token) =>
      deleteGoogleEvent(config, token, copy.source.remoteId, copy.remoteRef),
    );
    return renewed;
  }
  return null;
}

export async function syncSessionCopy(bookingId: string, settings: CopySettings) {
  const session = await system.findSessionToCopy(bookingId);
  if (!session) return;
  const db = system.copiesDb(session.practiceId);
  const target = session.status === "CANCELLED" ? null : await system.findReceivingSource(session.coachProfileId);
  for (const copy of session.calendarCopies) {
    if (copy.sourceId === target?.id) continue;
    const renewed = await removeCopy(copy, settings);
    if (renewed) await updateCredentials(db, copy.source.connection.id, renewed);
    await deleteCopy(db, copy.id);
  }
  if (!target) return;
  const existing = session.calendarCopies.find((copy) => copy.sourceId === target.id);
  const event = sessionEvent("coach", { booking: session, coach: session.coach, type: session.sessionType });
  const written = await writeCopy(target, event, existing, settings);
  if (written.renewed) await updateCredentials(db, target.connection.id, written.renewed);
  await saveCopy(db, { bookingId: session.id, sourceId: target.id, remoteRef: written.remoteRef, etag: written.etag });
}

export const sessionCopyJobHandler: JobHandler<{ bookingId: string }> = {
  kind: SESSION_COPY_JOB,
  run: ({ bookingId }) => syncSessionCopy(bookingId, { google: googleConfigFromEnv() }),
};
