import { env } from "~/env";
import type { JobHandler } from "~/server/jobs/jobs";
import { CALENDAR_REFRESH_JOB } from "./calendar-jobs";
import { refreshConnection, type RefreshOutcome, type RefreshSettings } from "./calendar-refresh";
import { claimConnection, claimDueConnections } from "./calendar-refresh.system.repo";
import { googleConfigFromEnv } from "./google-http";

// How the worker runs refreshes: every minute it claims the connections that are due (each is due every
// CALENDAR_REFRESH_MINUTES), and a job refreshes one at once when the coach connected or asked for it.

const LEASE_MS = 2 * 60_000;
/** Connections claimed per pass; a worker with more due than this takes the rest on the next pass. */
const PER_PASS = 200;
/** Reads in flight at once per worker: network-bound, so a few overlap well without crowding the database. */
const PARALLEL_READS = 8;

const settingsFromEnv = (): RefreshSettings => ({
  refreshMinutes: env.CALENDAR_REFRESH_MINUTES,
  google: googleConfigFromEnv(),
});

/** Refreshes every due connection nobody else holds; the counts say how each went. */
export async function refreshDueCalendars(now: Date, settings: RefreshSettings = settingsFromEnv()) {
  const claimed = await claimDueConnections(now, new Date(now.getTime() + LEASE_MS), PER_PASS);
  const counts: Record<RefreshOutcome, number> = { refreshed: 0, failed: 0, gone: 0 };
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) {
      const { id } = claimed[next++]!;
      counts[await refreshConnection(id, now, settings)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, claimed.length) }, lane));
  return counts;
}

export async function refreshOneCalendar(connectionId: string, settings: RefreshSettings = settingsFromEnv()) {
  const now = new Date();
  if (!(await claimConnection(connectionId, now, new Date(now.getTime() + LEASE_MS)))) return "held elsewhere";
  return refreshConnection(connectionId, now, settings);
}

export const calendarRefreshJobHandler: JobHandler<{ connectionId: string }> = {
  kind: CALENDAR_REFRESH_JOB,
  run: ({ connectionId }) => refreshOneCalendar(connectionId),
};
