import { seatSyncJobHandler } from "~/modules/billing/server/seat-sync";
import { calendarRefreshJobHandler, refreshDueCalendars } from "~/modules/calendars/server/calendar-refresh-runs";
import { sessionCopyJobHandler } from "~/modules/calendars/server/session-copy-writer";
import { queueWeeklyDigests } from "~/modules/clients/server/weekly-digest";
import { dataExportBuildJobHandler, expireDataExports } from "~/modules/data-export/server/data-export.service";
import {
  ACCOUNT_ERASURE_CRON,
  ACCOUNT_ERASURE_QUEUE,
  eraseDueAccounts,
} from "~/modules/erasure/server/account-erasure";
import { practiceDeletionJobHandler } from "~/modules/erasure/server/practice-deletion.service";
import { prepareClaimedEmails } from "~/modules/notifications/server/delivery";
import { queueDueOutreachEmails } from "~/modules/outreach/server/daily-outreach";
import { cleanUpEndedSessions } from "~/server/auth/session-cleanup";
import { runScheduledEmails } from "./scheduled-emails";
import { startWorker, type WorkerOptions } from "./worker";

// The worker's composition root, as src/server/api/root.ts is the web app's: the one place the
// worker names feature modules. What it sends, what the clock produces, which jobs it runs.

const SCHEDULED_EMAIL_PRODUCERS = {
  "outreach-due": queueDueOutreachEmails,
  "weekly-digest": queueWeeklyDigests,
};

/** One hourly run of every scheduled-email producer (what the worker's cron does). */
export const queueScheduledEmails = (now: Date) => runScheduledEmails(SCHEDULED_EMAIL_PRODUCERS, now);

const JOB_HANDLERS = [
  seatSyncJobHandler,
  calendarRefreshJobHandler,
  sessionCopyJobHandler,
  dataExportBuildJobHandler,
  practiceDeletionJobHandler,
];

const SCHEDULES = [
  { queue: "calendar-refresh-due", cron: "* * * * *", run: (now: Date) => refreshDueCalendars(now) },
  { queue: "ended-sessions-cleanup", cron: "17 4 * * *", run: cleanUpEndedSessions },
  // Expired download links lose their archive within the hour.
  { queue: "data-export-cleanup", cron: "23 * * * *", run: expireDataExports },
  { queue: ACCOUNT_ERASURE_QUEUE, cron: ACCOUNT_ERASURE_CRON, run: eraseDueAccounts },
];

export function startAppWorker(options: WorkerOptions) {
  return startWorker({
    ...options,
    delivery: { prepare: prepareClaimedEmails },
    scheduledEmails: SCHEDULED_EMAIL_PRODUCERS,
    jobs: JOB_HANDLERS,
    schedules: SCHEDULES,
  });
}
