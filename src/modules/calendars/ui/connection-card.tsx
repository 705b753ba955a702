"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Switch } from "~/components/ui/switch";
import { Alert, Card } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { useTRPC } from "~/trpc/react";
import type { ConnectionView } from "../server/calendars-view";
import { CalendarList } from "./calendar-list";
import { CONNECTION_KINDS } from "./connection-kinds";
import { connectionStatusLine, pastInstantWords } from "./connection-status";
import { DisconnectDialog } from "./disconnect-dialog";
import type { CalendarChoices } from "./use-calendar-choices";
import { usePageRefresh } from "~/components/hooks/use-page-refresh";
import { useReadWatch } from "./use-read-watch";

/** What "Refresh now" came to, once the worker has read the connection (or is slow to). */
function readOutcome(state: ReturnType<typeof useReadWatch>["state"], failed: boolean): string {
  if (state === "read") return failed ? "Tried again: still not working." : "Up to date.";
  return state === "slow" ? "The refresh is taking a while. Its result will show here." : "";
}

/** One connected account or feed: what it holds and when it was read, what went wrong, and its settings. */
export function ConnectionCard({
  practiceSlug,
  connection,
  timeZone,
  reader,
  now,
  choices,
  receiverGroup,
  onDisconnected,
}: {
  practiceSlug: string;
  connection: ConnectionView;
  timeZone: string;
  reader: ViewerLocale;
  now: Date | null;
  choices: CalendarChoices;
  receiverGroup: string;
  onDisconnected: (label: string) => void;
}) {
  const trpc = useTRPC();
  const ids = useId();
  const { refreshing, refresh } = usePageRefresh();
  const watch = useReadWatch(connection.lastAttemptAt, refresh);
  const readNow = useMutation(trpc.calendars.refresh.mutationOptions({ onSuccess: watch.start }));
  const refreshWords = readNow.isPending || watch.state === "waiting" ? "Refreshing…" : "Refresh now";
  const allDay = useMutation(trpc.calendars.updateConnection.mutationOptions({ onSuccess: refresh }));
  const allDayEventsBlock =
    (allDay.isPending || refreshing) && allDay.variables
      ? allDay.variables.allDayEventsBlock
      : connection.allDayEventsBlock;
  const failed = [readNow, allDay].find((mutation) => mutation.isError);
  const choiceError = choices.errorIn(connection);
  // An error a coach already saw when the page opened is not read out again; one that a refresh brings is.
  const [errorOnOpen] = useState(connection.error?.message ?? null);

  const { label, Icon } = CONNECTION_KINDS[connection.kind];
  const status = connectionStatusLine(connection, timeZone, reader, now);
  const titleId = `${ids}-title`;

  return (
    <Card role="article" aria-labelledby={titleId} className="space-y-4 px-4 py-4 sm:px-5">
      <div className="flex items-start gap-3">
        <span className="bg-brand-50 text-brand-700 shrink-0 rounded-lg p-2">
          <Icon />
        </span>
        <div className="min-w-0 flex-1">
          <p className="text-muted text-xs font-medium">{label}</p>
          <h3 id={titleId} className="text-ink font-semibold break-words">
            {connection.label}
          </h3>
          <p className="text-muted text-sm" title={status.absolute}>
            {status.text}
          </p>
        </div>
      </div>

      {connection.error && (
        <ConnectionError
          error={connection.error}
          announce={connection.error.message !== errorOnOpen}
          connection={connection}
          timeZone={timeZone}
          reader={reader}
          now={now}
        />
      )}

      {connection.calendars.length > 0 && (
        <CalendarList calendars={connection.calendars} choices={choices} receiverGroup={receiverGroup} />
      )}
      {choiceError && <Alert tone="danger">{choiceError}</Alert>}

      <div className="border-line flex items-start justify-between gap-4 border-t pt-4">
        <div className="min-w-0">
          <span id={`${ids}-all-day`} className="text-ink text-sm font-medium">
            All-day events block the whole day
          </span>
          <p id={`${ids}-all-day-hint`} className="text-muted text-xs">
            Holidays and days off then close your booking page for that day, in your time zone. Off, they leave it open.
          </p>
        </div>
        <Switch
          checked={allDayEventsBlock}
          onCheckedChange={(checked) =>
            allDay.mutate({ practiceSlug, connectionId: connection.id, allDayEventsBlock: checked })
          }
          aria-labelledby={`${ids}-all-day`}
          aria-describedby={`${ids}-all-day-hint`}
        />
      </div>

      {failed && (
        <Alert tone="danger" title="That didn't work">
          {errorDetails(failed.error).message}
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          variant="secondary"
          size="sm"
          // The name says which calendar and still begins with the words on screen (WCAG 2.5.3).
          aria-label={`${refreshWords}: ${connection.label}`}
          pending={readNow.isPending || watch.state === "waiting"}
          onClick={() => readNow.mutate({ practiceSlug, connectionId: connection.id })}
        >
          {refreshWords}
        </Button>
        <DisconnectDialog
          practiceSlug={practiceSlug}
          connection={connection}
          onDisconnected={() => onDisconnected(connection.label)}
        />
        <span className="text-muted text-xs" aria-live="polite">
          {readOutcome(watch.state, connection.error !== null)}
        </span>
      </div>
    </Card>
  );
}

/** The last attempt's failure, what it means for the booking page, and for how long it has gone on. */
function ConnectionError({
  error,
  announce,
  connection: { failingLong, failingSince, lastAttemptAt, busyBlockCount },
  timeZone,
  reader,
  now,
}: {
  error: NonNullable<ConnectionView["error"]>;
  announce: boolean;
  connection: ConnectionView;
  timeZone: string;
  reader: ViewerLocale;
  now: Date | null;
}) {
  return (
    <div
      role={announce ? "alert" : undefined}
      className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
    >
      <p className="font-medium">{error.message}</p>
      <p className="mt-1 text-amber-800">
        {failingLong && failingSince && `Failing since ${formatInstant(failingSince, timeZone, reader)}. `}
        {lastAttemptAt && `Last tried ${pastInstantWords(lastAttemptAt, timeZone, reader, now)}. `}
        {busyBlockCount > 0 && "Your booking page keeps the busy times last read until this works again."}
      </p>
    </div>
  );
}
