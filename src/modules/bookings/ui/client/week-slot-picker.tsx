"use client";

import { InputField } from "~/components/ui/labelled-controls";
import { cn } from "~/lib/cn";
import { formatClockTime, formatLocalDate, localDateOf, type LocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";

export const WEEK_DAYS = 7;

interface WeekSlotPickerProps {
  zone: string;
  reader: ViewerLocale;
  from: LocalDate;
  onFromChange: (date: LocalDate) => void;
  /** Undefined while the week's slots load. */
  starts: Date[] | undefined;
  selected: Date | null;
  onSelect: (start: Date) => void;
}

/** A week of free start times from a chosen day, grouped by day on `zone`'s clock; each time is a toggle button. */
export function WeekSlotPicker({ zone, reader, from, onFromChange, starts, selected, onSelect }: WeekSlotPickerProps) {
  const days = new Map<LocalDate, Date[]>();
  for (const start of starts ?? []) {
    const day = localDateOf(start, zone);
    days.set(day, [...(days.get(day) ?? []), start]);
  }
  return (
    <div className="space-y-3">
      <InputField
        label="Show free times from"
        type="date"
        value={from}
        onChange={(event) => event.target.value && onFromChange(event.target.value)}
        hint={`Times in ${zoneLabel(zone, starts?.[0] ?? new Date())}.`}
      />
      {starts === undefined ? (
        <p className="text-muted text-sm">Looking for free times…</p>
      ) : days.size === 0 ? (
        <p className="border-line text-muted rounded-lg border border-dashed px-4 py-6 text-center text-sm">
          No free times in the 7 days from this date. Pick a later date.
        </p>
      ) : (
        <ul className="space-y-3">
          {[...days].map(([day, times]) => (
            <li key={day}>
              <h4 className="text-ink mb-1.5 text-sm font-semibold">{formatLocalDate(day, reader)}</h4>
              <ul className="flex flex-wrap gap-2" aria-label={`Free times on ${formatLocalDate(day, reader)}`}>
                {times.map((start) => {
                  const chosen = selected?.getTime() === start.getTime();
                  return (
                    <li key={start.toISOString()}>
                      <button
                        type="button"
                        aria-pressed={chosen}
                        onClick={() => onSelect(start)}
                        className={cn(
                          "border-line min-h-10 rounded-lg border px-3 text-sm tabular-nums",
                          chosen ? "bg-brand-700 border-brand-700 text-white" : "text-ink bg-white hover:bg-slate-50",
                        )}
                      >
                        {formatClockTime(start, zone, reader)}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
