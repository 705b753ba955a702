"use client";

import { FieldError } from "~/components/ui/field";
import { cn } from "~/lib/cn";
import { END_OF_DAY, MAX_RANGES_PER_DAY } from "../../schemas";
import { nextRange, type RangeDraft } from "./draft";
import type { DayErrors } from "./field-errors";
import { CrossIcon, PlusIcon } from "../icons";

const timeControl =
  "h-10 w-[7.5rem] rounded-lg border bg-white px-2 text-sm text-ink shadow-sm tabular-nums focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/20";

/** One day's time ranges. An end of 24:00 shows as 00:00, the only way a time box can say midnight. */
export function RangesEditor({
  label,
  idBase,
  ranges,
  errors,
  onChange,
}: {
  label: string;
  idBase: string;
  ranges: RangeDraft[];
  errors?: DayErrors;
  onChange: (ranges: RangeDraft[]) => void;
}) {
  const update = (index: number, change: Partial<RangeDraft>) =>
    onChange(ranges.map((range, i) => (i === index ? { ...range, ...change } : range)));
  return (
    <div className="space-y-2">
      <ul className="space-y-2">
        {ranges.map((range, index) => {
          const rangeErrors = errors?.ranges[index];
          const errorId = `${idBase}-r${index}-error`;
          const which = ranges.length > 1 ? ` (range ${index + 1})` : "";
          return (
            <li key={index}>
              <div className="flex items-center gap-2">
                <input
                  type="time"
                  step={300}
                  value={range.start}
                  onChange={(event) => update(index, { start: event.target.value })}
                  aria-label={`${label} from${which}`}
                  aria-invalid={Boolean(rangeErrors?.start) || undefined}
                  aria-describedby={rangeErrors ? errorId : undefined}
                  className={cn(timeControl, rangeErrors?.start ? "border-red-500" : "border-line")}
                />
                <span className="text-muted text-sm" aria-hidden="true">
                  –
                </span>
                <input
                  type="time"
                  step={300}
                  value={range.end === END_OF_DAY ? "00:00" : range.end}
                  onChange={(event) =>
                    update(index, { end: event.target.value === "00:00" ? END_OF_DAY : event.target.value })
                  }
                  aria-label={`${label} until${which}`}
                  aria-invalid={Boolean(rangeErrors?.end) || undefined}
                  aria-describedby={rangeErrors ? errorId : undefined}
                  className={cn(timeControl, rangeErrors?.end ? "border-red-500" : "border-line")}
                />
                <button
                  type="button"
                  onClick={() => onChange(ranges.filter((_, i) => i !== index))}
                  aria-label={`Remove ${label} ${range.start}–${range.end === END_OF_DAY ? "midnight" : range.end}`}
                  title="Remove these hours"
                  className="text-muted inline-flex size-9 shrink-0 items-center justify-center rounded-lg hover:bg-slate-100 hover:text-red-700"
                >
                  <CrossIcon />
                </button>
              </div>
              {rangeErrors && (
                <FieldError id={errorId} className="mt-1">
                  {rangeErrors.start ?? rangeErrors.end}
                </FieldError>
              )}
            </li>
          );
        })}
      </ul>
      {ranges.length < MAX_RANGES_PER_DAY && (
        <button
          type="button"
          onClick={() => onChange([...ranges, nextRange(ranges)])}
          className="text-brand-700 hover:text-brand-800 inline-flex items-center gap-1 rounded-md text-sm font-medium"
        >
          <PlusIcon />
          Add hours<span className="sr-only"> to {label}</span>
        </button>
      )}
    </div>
  );
}
