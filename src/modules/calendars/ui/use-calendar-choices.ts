"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { CalendarView, ConnectionView } from "../server/calendars-view";
import { usePageRefresh } from "~/components/hooks/use-page-refresh";

/** What a saved choice means for the coach, said once it is saved (a choice shows before it is). */
function savedMessage(name: string, change: { blocksTime?: boolean; receivesSessions?: boolean }): string {
  if (change.receivesSessions !== undefined) {
    return change.receivesSessions ? `New sessions go to “${name}”.` : "Sessions are no longer added to a calendar.";
  }
  return change.blocksTime ? `“${name}” blocks your booking page.` : `“${name}” no longer blocks your booking page.`;
}

export type CalendarChoices = ReturnType<typeof useCalendarChoices>;

interface CalendarChange {
  practiceSlug: string;
  calendarId: string;
  blocksTime?: boolean;
  receivesSessions?: boolean;
}

/**
 * Which calendars block the booking page and the one that receives sessions, across all of a coach's connections.
 * A choice shows at once and stays shown until the page has re-rendered with it saved; a refused one snaps back.
 */
export function useCalendarChoices(
  practiceSlug: string,
  connections: ConnectionView[],
  onSaved: (message: string) => void,
) {
  const trpc = useTRPC();
  const { refreshing, refresh } = usePageRefresh();
  const calendars = connections.flatMap((connection) => connection.calendars);
  // The mutation tells its observers it is pending only on a later tick, and a controlled radio or checkbox whose
  // state has not changed by the end of the click snaps back meanwhile: the choice is held here until it has.
  const [picked, setPicked] = useState<CalendarChange>();
  const update = useMutation(
    trpc.calendars.updateCalendar.mutationOptions({
      onError: () => setPicked(undefined),
      onSuccess: (_, change) => {
        const name = calendars.find((calendar) => calendar.id === change.calendarId)?.displayName ?? "The calendar";
        onSaved(savedMessage(name, change));
        refresh();
      },
    }),
  );
  const busy = update.isPending || refreshing;
  if (busy && picked) setPicked(undefined);
  const sent = picked ?? (busy ? update.variables : undefined);
  const change = (next: CalendarChange) => {
    setPicked(next);
    update.mutate(next);
  };

  const savedReceiverId = calendars.find((calendar) => calendar.receivesSessions)?.id;
  const receiverId =
    sent?.receivesSessions === undefined ? (savedReceiverId ?? null) : sent.receivesSessions ? sent.calendarId : null;

  return {
    busy,
    receiverId,
    blocksTime: (calendar: CalendarView) =>
      sent?.calendarId === calendar.id && sent.blocksTime !== undefined ? sent.blocksTime : calendar.blocksTime,
    setBlocksTime: (calendarId: string, blocksTime: boolean) => change({ practiceSlug, calendarId, blocksTime }),
    /** null: sessions go to no calendar. */
    setReceiver: (calendarId: string | null) => {
      if (calendarId) change({ practiceSlug, calendarId, receivesSessions: true });
      else if (savedReceiverId) change({ practiceSlug, calendarId: savedReceiverId, receivesSessions: false });
    },
    /** Why the last change to one of this connection's calendars was refused, if it was. */
    errorIn: (connection: ConnectionView) =>
      update.isError && connection.calendars.some((calendar) => calendar.id === update.variables?.calendarId)
        ? errorDetails(update.error).message
        : undefined,
  };
}
