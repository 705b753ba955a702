import { hashToken } from "~/lib/tokens";
import { sessionEvent } from "~/modules/bookings/server/booking-notifications";
import { storedCalendarEvents } from "~/modules/bookings/server/calendar-invite";
import { notFound } from "~/server/errors";
import { findFeedSessions } from "./session-copies.system.repo";

const DAY_MS = 86_400_000;

/**
 * The coach's private subscription feed: their sessions from a week ago on (a calendar app keeps what it already
 * showed), each the same event as its invitation. A revoked or replaced secret, or a coach who left, finds nothing.
 */
export async function sessionFeedFile(token: string, now: Date): Promise<string> {
  const coach = await findFeedSessions(hashToken(token), new Date(now.getTime() - 7 * DAY_MS));
  if (!coach || coach.membership.removedAt) throw notFound("That calendar feed");
  const events = coach.bookings.map((booking) => sessionEvent("coach", { booking, coach, type: booking.sessionType }));
  return storedCalendarEvents(events, `${coach.displayName} · Fieldnotes`);
}
