/**
 * How stale a session's "last used" may get. Every page view and API call reads the session; writing on each would
 * turn reads into writes (and row locks) for a figure the security page shows as "about 2 hours ago". Five minutes
 * keeps that phrase true and costs an active browser at most 12 small writes an hour.
 */
export const SESSION_ACTIVITY_INTERVAL_MS = 5 * 60 * 1000;

export const activityMarkDue = (lastUsedAt: Date, now: Date) =>
  now.getTime() - lastUsedAt.getTime() >= SESSION_ACTIVITY_INTERVAL_MS;
