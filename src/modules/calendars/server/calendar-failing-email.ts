import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import type { TenantDb } from "~/server/db/tenant";
import { enqueueEmail } from "~/server/email/outbox";
import { fromPractice } from "~/server/email/sender";
import type { ConnectionToRefresh } from "./calendar-refresh.system.repo";

/** Queued in the transaction that records the hour-long failure, so it goes out once per run of failures. */
export function queueCalendarFailingEmail(
  db: TenantDb,
  connection: ConnectionToRefresh,
  problem: string,
  failingSince: Date,
) {
  const { user } = connection.coach.membership;
  return enqueueEmail(db, {
    template: "calendar-failing",
    to: user.email,
    props: {
      recipientName: user.name ?? connection.coach.displayName,
      practiceName: connection.practice.name,
      connectionLabel: connection.label,
      problem,
      since: formatInstant(failingSince, connection.coach.timeZone),
      calendarsUrl: new URL(`/p/${connection.practice.slug}/calendars`, env.APP_URL).toString(),
      brandColor: connection.practice.brandColor,
    },
    dedupeKey: `calendar-failing:${connection.id}:${failingSince.toISOString()}`,
    practiceId: connection.practiceId,
    fromName: fromPractice(connection.practice.name),
  });
}
