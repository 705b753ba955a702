import type { ExistingBooking } from "~/modules/scheduling/domain/availability";
import type { SessionRules } from "~/modules/scheduling/domain/session-types";

/** One of the coach's active sessions as stored: its times, and the range its own type's buffers block. */
export interface BlockedSession {
  startAt: Date;
  endAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
}

const MINUTE_MS = 60_000;

/**
 * The coach's sessions as the slot engine must see them while it offers one session type. The engine widens every
 * existing booking by the buffers of the type being booked, but the database's exclusion constraint compares each
 * booking's own blocked range, set by its own type's buffers when it was booked. Each session is handed over shifted
 * so that the engine's widening lands exactly on its stored range: listing, checking and the constraint then agree
 * however differently two types buffer. With equal buffers before, the start is unchanged; otherwise the date the
 * session counts towards for the daily cap moves with it, which matters only for a session starting within that
 * difference of the coach's midnight.
 */
export function busyTimesFor(
  sessions: readonly BlockedSession[],
  rules: Pick<SessionRules, "bufferBeforeMinutes" | "bufferAfterMinutes">,
): ExistingBooking[] {
  const before = rules.bufferBeforeMinutes * MINUTE_MS;
  const after = rules.bufferAfterMinutes * MINUTE_MS;
  return sessions.map((session) => ({
    start: new Date(session.blockedFrom.getTime() + before),
    end: new Date(session.blockedUntil.getTime() - after),
  }));
}
