"use client";

import { useId } from "react";
import type { CalendarView } from "../server/calendars-view";
import type { CalendarChoices } from "./use-calendar-choices";

/**
 * A connection's calendars, each a group named after it with its two choices. The "Add my sessions here" radios of
 * every card share `receiverGroup`, one native radio group across the page: at most one calendar receives sessions.
 */
export function CalendarList({
  calendars,
  choices,
  receiverGroup,
}: {
  calendars: CalendarView[];
  choices: CalendarChoices;
  receiverGroup: string;
}) {
  const ids = useId();
  return (
    // Controls stay enabled while a change saves: disabling the one in focus would drop a keyboard user's place.
    <ul className="divide-line divide-y" aria-busy={choices.busy || undefined}>
      {calendars.map((calendar) => {
        const blocksId = `${ids}-${calendar.id}-blocks`;
        const receivesId = `${ids}-${calendar.id}-receives`;
        return (
          <li key={calendar.id}>
            <fieldset className="py-3">
              <legend className="text-ink text-sm font-medium break-words">{calendar.displayName}</legend>
              <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
                <label htmlFor={blocksId} className="flex cursor-pointer items-center gap-2 text-sm">
                  <input
                    id={blocksId}
                    type="checkbox"
                    checked={choices.blocksTime(calendar)}
                    onChange={(event) => choices.setBlocksTime(calendar.id, event.target.checked)}
                    className="accent-brand-700 size-4 shrink-0 cursor-pointer"
                  />
                  Blocks my booking page
                </label>
                {calendar.canReceiveSessions && (
                  <label htmlFor={receivesId} className="flex cursor-pointer items-center gap-2 text-sm">
                    <input
                      id={receivesId}
                      type="radio"
                      name={receiverGroup}
                      checked={choices.receiverId === calendar.id}
                      onChange={() => choices.setReceiver(calendar.id)}
                      className="accent-brand-700 size-4 shrink-0 cursor-pointer"
                    />
                    Add my sessions here
                  </label>
                )}
              </div>
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}
