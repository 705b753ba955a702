import { defineJob } from "~/server/jobs/jobs";

/** Refresh one connection now (just connected, a calendar ticked, "Refresh now"); the schedule does the rest. */
export const CALENDAR_REFRESH_JOB = defineJob<{ connectionId: string }>("calendar-refresh", {
  limit: 2,
  delaySeconds: 30,
  backoff: true,
});

/** Make the coach's calendar hold the session as it now is: written, moved, or removed. */
export const SESSION_COPY_JOB = defineJob<{ bookingId: string }>("calendar-session-copy", {
  limit: 8,
  delaySeconds: 30,
  backoff: true,
});
