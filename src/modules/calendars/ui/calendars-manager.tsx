"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Alert, EmptyState } from "~/components/ui/surface";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { ManagedCoachSelect } from "~/modules/scheduling/ui/managed-coach-select";
import type { CalendarsView } from "../server/calendars-view";
import { AddCalendar } from "./add-calendar";
import { ConnectionCard } from "./connection-card";
import { SessionFeedBox } from "./session-feed-box";
import { useCalendarChoices } from "./use-calendar-choices";
import { useNow } from "./use-now";
import { usePageRefresh } from "~/components/hooks/use-page-refresh";

/**
 * A coach's connected calendars, the one that receives sessions, ways to add more, and their session feed. Times are on
 * the viewer's clock (`zone`, `reader`), which may not be the coach's when an admin manages them.
 */
export function CalendarsManager({
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
  const router = useRouter();
  const now = useNow(overview);
  const ids = useId();
  const receiverGroup = `${ids}-receiver`;
  const { refresh } = usePageRefresh();
  const { coach, coaches, connections } = overview;
  const [notice, setNotice] = useState("");
  const choices = useCalendarChoices(practiceSlug, connections, setNotice);
  const said = (message: string) => {
    setNotice(message);
    refresh();
  };
  const canReceiveSessions = connections.some((connection) =>
    connection.calendars.some((calendar) => calendar.canReceiveSessions),
  );

  return (
    <div className="max-w-3xl space-y-6">
      <ManagedCoachSelect
        coaches={coaches}
        coachId={coach?.id ?? null}
        hint="As an owner or admin you manage every coach's calendars."
        onChoose={(id) =>
          router.push(`/p/${practiceSlug}/calendars?coach=${encodeURIComponent(id)}`, { scroll: false })
        }
      />
      <div aria-live="polite">{notice && <Alert tone="success">{notice}</Alert>}</div>

      {!coach ? (
        <EmptyState
          title="Set up your booking page first"
          description="Calendars keep clients from booking over your busy times, so they need a booking page to work on."
          action={
            <Button asChild variant="secondary">
              <Link href={`/p/${practiceSlug}/availability`}>Go to Availability</Link>
            </Button>
          }
        />
      ) : (
        <>
          <section aria-labelledby={`${ids}-heading`} className="space-y-3">
            <div>
              <h2 id={`${ids}-heading`} className="text-ink text-lg font-semibold">
                Connected calendars
              </h2>
              <p className="text-muted text-sm">Times in {zoneLabel(zone, new Date())}.</p>
            </div>
            {connections.length === 0 ? (
              <EmptyState
                title="No calendars connected yet"
                description="Add one below in one of three ways: a subscription link (.ics) from any calendar app, a CalDAV account such as Fastmail, iCloud or Nextcloud, or Google Calendar."
              />
            ) : (
              <ul className="space-y-3">
                {connections.map((connection) => (
                  <li key={connection.id}>
                    <ConnectionCard
                      practiceSlug={practiceSlug}
                      connection={connection}
                      timeZone={zone}
                      reader={reader}
                      now={now}
                      choices={choices}
                      receiverGroup={receiverGroup}
                      onDisconnected={(label) => said(`${label} disconnected.`)}
                    />
                  </li>
                ))}
              </ul>
            )}
            {canReceiveSessions && (
              <div className="rounded-card border-line space-y-1 border bg-white px-4 py-3 sm:px-5">
                <label className="flex cursor-pointer items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={receiverGroup}
                    checked={choices.receiverId === null}
                    onChange={() => choices.setReceiver(null)}
                    className="accent-brand-700 size-4 shrink-0 cursor-pointer"
                  />
                  Don&apos;t add sessions to a calendar
                </label>
                <p className="text-muted text-xs">
                  In the calendar marked “Add my sessions here”, each new booking appears, moves when it is rescheduled
                  and disappears when it is cancelled.
                </p>
              </div>
            )}
          </section>
          <AddCalendar
            practiceSlug={practiceSlug}
            coachProfileId={coach.id}
            googleAvailable={overview.googleAvailable}
            onConnected={() => said("Connected. Untick any calendar that should not block your booking page.")}
          />
          <SessionFeedBox practiceSlug={practiceSlug} coachProfileId={coach.id} url={overview.sessionFeedUrl} />
        </>
      )}
    </div>
  );
}
