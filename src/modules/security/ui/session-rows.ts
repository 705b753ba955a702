import { UNKNOWN_DEVICE_LABEL } from "~/lib/device-label";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { lastActivePhrase } from "../domain/last-active";

/** A session as the security page shows it: words for a person, no token, no raw header. */
export interface SessionRow {
  id: string;
  deviceLabel: string;
  isCurrent: boolean;
  /** "2 hours ago". */
  lastActive: string;
  /** "Wed, 2 Dec 2026, 13:40 GMT", in the reader's zone. */
  lastActiveAt: string;
  lastActiveIso: string;
  signedInAt: string;
}

export function toSessionRows(
  sessions: ReadonlyArray<{
    id: string;
    deviceLabel: string | null;
    isCurrent: boolean;
    createdAt: Date;
    lastUsedAt: Date;
  }>,
  { now, zone, reader }: { now: Date; zone: string; reader: ViewerLocale },
): SessionRow[] {
  return sessions.map((session) => {
    // The browser making the request is in use right now, whatever its row last recorded.
    const lastUsed = session.isCurrent ? now : session.lastUsedAt;
    return {
      id: session.id,
      deviceLabel: session.deviceLabel ?? UNKNOWN_DEVICE_LABEL,
      isCurrent: session.isCurrent,
      lastActive: session.isCurrent ? "now" : lastActivePhrase(lastUsed, now, reader.locale),
      lastActiveAt: formatInstant(lastUsed, zone, reader),
      lastActiveIso: lastUsed.toISOString(),
      signedInAt: formatInstant(session.createdAt, zone, reader),
    };
  });
}
