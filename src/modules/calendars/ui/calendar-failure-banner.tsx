import Link from "next/link";
import { Alert } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { CalendarsView } from "../server/calendars-view";
import { CONNECTION_KINDS } from "./connection-kinds";

/**
 * On the Availability page: the calendars that have failed for an hour or more. Until they work again the booking
 * page keeps their last good busy times, which grow stale, so the coach should hear of it where they set their hours.
 */
export function CalendarFailureBanner({
  practiceSlug,
  overview,
  zone,
  reader,
}: {
  practiceSlug: string;
  overview: CalendarsView;
  zone: string;
  reader: ViewerLocale;
}) {
  const failing = overview.connections.filter((connection) => connection.failingLong && connection.error);
  if (!overview.coach || failing.length === 0) return null;
  const { id } = overview.coach;
  const calendarsPage = `/p/${practiceSlug}/calendars${overview.coaches.length > 1 ? `?coach=${encodeURIComponent(id)}` : ""}`;
  return (
    <div className="mb-6 max-w-3xl">
      <Alert
        tone="warning"
        title={failing.length === 1 ? "A calendar isn't being read" : `${failing.length} calendars aren't being read`}
      >
        <ul className="space-y-1">
          {failing.map((connection) => (
            <li key={connection.id} className="break-words">
              <span className="font-medium">
                {CONNECTION_KINDS[connection.kind].label} {connection.label}:
              </span>{" "}
              {connection.error?.message}
              {connection.failingSince && ` Failing since ${formatInstant(connection.failingSince, zone, reader)}.`}
            </li>
          ))}
        </ul>
        <p className="mt-2">
          Your booking page keeps using the busy times last read from {failing.length === 1 ? "it" : "them"}.{" "}
          <Link href={calendarsPage} className="font-medium underline underline-offset-2">
            Fix it on the Calendars page
          </Link>
        </p>
      </Alert>
    </div>
  );
}
