"use client";

import { useEffect, useState } from "react";
import { Button } from "~/components/ui/button";
import { FieldError } from "~/components/ui/field";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { zoneOffsetLabel, type IsoWeekday } from "~/lib/time-zones";
import { WEEKDAY_LABELS } from "../../schemas";
import { copyMondayToWeekdays, withDayAvailable, withDayRanges, type DayDraft } from "./draft";
import type { DayErrors } from "./field-errors";
import { CopyIcon } from "../icons";
import { RangesEditor } from "./ranges-editor";

/** The seven weekdays, each ticked with its hours or unavailable, in the coach's zone. */
export function WeeklyHoursCard({
  idBase,
  days,
  timeZone,
  errors,
  error,
  onChange,
}: {
  idBase: string;
  days: DayDraft[];
  timeZone: string;
  errors: Map<IsoWeekday, DayErrors>;
  /** A problem with the week as a whole. */
  error?: string;
  onChange: (change: (days: DayDraft[]) => DayDraft[]) => void;
}) {
  const editDay = (weekday: IsoWeekday, change: (day: DayDraft) => DayDraft) =>
    onChange((current) => current.map((day) => (day.weekday === weekday ? change(day) : day)));
  return (
    <Card>
      <CardHeader
        title="Weekly hours"
        description={
          <>
            When you can be booked each week, in {timeZone.replaceAll("_", " ")} (
            <TimeZoneOffset zone={timeZone} />
            ).
          </>
        }
        actions={
          <Button type="button" variant="secondary" size="sm" onClick={() => onChange(copyMondayToWeekdays)}>
            <CopyIcon />
            Copy Monday to Tue–Fri
          </Button>
        }
      />
      {error && (
        <div className="px-5 pt-4">
          <Alert tone="danger">{error}</Alert>
        </div>
      )}
      <ul className="divide-line divide-y">
        {days.map((day) => {
          const dayErrors = errors.get(day.weekday);
          const name = WEEKDAY_LABELS[day.weekday - 1]!;
          const checkboxId = `${idBase}-day-${day.weekday}`;
          return (
            <li key={day.weekday} className="flex flex-col gap-2 px-5 py-4 sm:flex-row sm:items-start sm:gap-4">
              <div className="flex items-center gap-3 sm:h-10 sm:w-40 sm:shrink-0">
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={day.available}
                  onChange={(event) =>
                    editDay(day.weekday, (current) => withDayAvailable(current, event.target.checked))
                  }
                  className="accent-brand-700 size-4 cursor-pointer"
                />
                <label htmlFor={checkboxId} className="text-ink cursor-pointer text-sm font-medium">
                  {name}
                  <span className="sr-only"> available</span>
                </label>
              </div>
              <div className="min-w-0 flex-1">
                {day.available ? (
                  <RangesEditor
                    label={name}
                    idBase={`${idBase}-w${day.weekday}`}
                    ranges={day.ranges}
                    errors={dayErrors}
                    onChange={(ranges) => editDay(day.weekday, (current) => withDayRanges(current, ranges))}
                  />
                ) : (
                  <p className="text-muted text-sm sm:leading-10">Unavailable</p>
                )}
                {dayErrors?.day && <FieldError className="mt-1">{dayErrors.day}</FieldError>}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="border-line text-muted border-t px-5 py-3 text-xs">
        To work until midnight, set the end time to 00:00. Ranges of one day may touch but not overlap.
      </p>
    </Card>
  );
}

function TimeZoneOffset({ zone }: { zone: string }) {
  // The offset depends on today's date, so it is filled in after hydration.
  const [label, setLabel] = useState("");
  useEffect(() => {
    try {
      setLabel(zoneOffsetLabel(zone));
    } catch {
      setLabel("");
    }
  }, [zone]);
  return <>{label || "local time"}</>;
}
