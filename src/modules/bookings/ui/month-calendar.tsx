"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { cn } from "~/lib/cn";
import { eachDate, weekdayOf, type LocalDate } from "~/lib/local-dates";
import { useBookingNavigation } from "./booking-navigation";
import {
  bookingHref,
  firstDayOf,
  formatMonth,
  lastDayOf,
  monthOf,
  shiftMonth,
  type LocalMonth,
  type MonthCalendarWords,
} from "./booking-view";
import { dateAfterKey } from "./month-grid-keys";

const WEEKDAYS = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
] as const;

interface MonthCalendarProps {
  month: LocalMonth;
  today: LocalDate;
  minMonth: LocalMonth;
  maxMonth: LocalMonth;
  selected?: LocalDate;
  /** How many times each date offers; dates left out offer none. */
  counts: Record<LocalDate, number>;
  /** The month and its dates in the visitor's way of writing them, as the list of times beside the calendar has them. */
  words: MonthCalendarWords;
  /** The page's address and the query every day and month link keeps (zone, reschedule link, picked time). */
  path: string;
  query: Record<string, string | undefined>;
}

// True only once the script runs: until then every day with times is a tab stop of its own, so the calendar still
// works by keyboard without it; after, the grid is one tab stop whose arrow keys move between days.
const noSubscription = () => () => undefined;
const useScriptRunning = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

function weeksOf(month: LocalMonth): (LocalDate | null)[][] {
  const dates = eachDate(firstDayOf(month), lastDayOf(month));
  const cells = [...Array<null>(weekdayOf(dates[0]!) - 1).fill(null), ...dates];
  const weeks: (LocalDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const last = weeks[weeks.length - 1]!;
  last.push(...Array<null>(7 - last.length).fill(null));
  return weeks;
}

/**
 * A Monday-first month as a WAI-ARIA date grid: one tab stop, arrow keys by day and week, Home/End to the week's
 * ends, PageUp/PageDown by month (Shift: by year), Enter or Space to see a day's times. Days without times can be
 * focused and say so; each day is a link the server renders, so it also works before the script runs.
 */
export function MonthCalendar(props: MonthCalendarProps) {
  const { month, today, minMonth, maxMonth, selected, counts, words, path, query } = props;
  const { pending, navigate, follow } = useBookingNavigation();
  const roving = useScriptRunning();
  const grid = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState<LocalDate | null>(null);
  // Set by a key press, so focus follows it once the date is on screen (after a month has loaded, if it had to).
  const movedByKey = useRef(false);
  const dayHref = (date: LocalDate) => bookingHref(path, { ...query, month: monthOf(date), date });
  const monthHref = (to: LocalMonth) => bookingHref(path, { ...query, month: to });
  const firstWithTimes = eachDate(firstDayOf(month), lastDayOf(month)).find((date) => (counts[date] ?? 0) > 0);
  const inMonth = (date: LocalDate | null | undefined): date is LocalDate => Boolean(date) && monthOf(date!) === month;
  const tabStop = [focused, selected, firstWithTimes, today].find(inMonth) ?? firstDayOf(month);

  useEffect(() => {
    if (!movedByKey.current || !focused) return;
    const day = grid.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`);
    if (!day) return;
    movedByKey.current = false;
    day.focus();
  }, [focused, month]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableElement>) => {
    const day = event.target instanceof HTMLElement ? event.target : null;
    const date = day?.dataset.date;
    if (!day || !date) return;
    if (event.key === " ") {
      // Links answer Enter only; the grid pattern selects with Space too.
      event.preventDefault();
      day.click();
      return;
    }
    const next = dateAfterKey(date, event, { month, minMonth, maxMonth });
    if (!next) return;
    event.preventDefault();
    movedByKey.current = true;
    setFocused(next);
    if (monthOf(next) !== month) navigate(monthHref(monthOf(next)), { kind: "month", of: formatMonth(monthOf(next)) });
  };

  return (
    <section aria-labelledby="calendar-title" aria-busy={pending?.kind === "month" || undefined}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id="calendar-title" className="text-ink text-base font-semibold">
          {words.month}
        </h2>
        <div className="flex gap-1">
          {([-1, 1] as const).map((by) => {
            const to = shiftMonth(month, by);
            const enabled = by < 0 ? month > minMonth : month < maxMonth;
            const written = by < 0 ? words.previousMonth : words.nextMonth;
            return (
              <MonthLink
                key={by}
                month={written}
                direction={by < 0 ? "previous" : "next"}
                href={enabled ? monthHref(to) : undefined}
                onClick={(event) => follow(event, monthHref(to), { kind: "month", of: written })}
              />
            );
          })}
        </div>
      </div>
      <table
        ref={grid}
        role="grid"
        aria-labelledby="calendar-title"
        onKeyDown={onKeyDown}
        className={cn(
          "w-full table-fixed border-separate border-spacing-y-1 text-center",
          pending?.kind === "month" && "opacity-60 transition-opacity",
        )}
      >
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" className="text-muted pb-1 text-xs font-medium">
                <abbr title={long} className="no-underline">
                  {short}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, index) =>
                date ? (
                  <Day
                    key={date}
                    date={date}
                    label={words.days[date] ?? date}
                    count={counts[date] ?? 0}
                    today={date === today}
                    selected={date === selected}
                    tabIndex={roving ? (date === tabStop ? 0 : -1) : undefined}
                    href={dayHref(date)}
                    onClick={(event) => {
                      setFocused(date);
                      follow(event, dayHref(date), { kind: "day", of: words.days[date] });
                    }}
                  />
                ) : (
                  <td key={`blank-${index}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-muted mt-2 flex items-center gap-1.5 text-xs">
        <span aria-hidden="true" className="bg-brand-700 size-1.5 rounded-full" />
        Days with a dot have free times.
      </p>
    </section>
  );
}

interface DayProps {
  date: LocalDate;
  /** The date written out: "Thursday 3 December". */
  label: string;
  count: number;
  today: boolean;
  selected: boolean;
  /** Undefined until the script runs; then 0 for the grid's one tab stop and -1 for every other day. */
  tabIndex: number | undefined;
  href: string;
  onClick: (event: React.MouseEvent) => void;
}

function Day({ date, label: written, count, today, selected, tabIndex, href, onClick }: DayProps) {
  const times = count === 0 ? "no free times" : `${count} free ${count === 1 ? "time" : "times"}`;
  const label = `${written}${today ? ", today" : ""}, ${times}`;
  const number = Number(date.slice(8));
  const base =
    "relative mx-auto flex aspect-square w-full max-w-11 items-center justify-center rounded-full text-sm tabular-nums";
  if (count === 0) {
    // Focusable once the grid is, so arrow keys pass through every day; there is nothing to select here.
    return (
      <td>
        <a
          role="link"
          aria-disabled="true"
          aria-label={label}
          data-date={date}
          tabIndex={tabIndex}
          className={cn(base, "text-muted cursor-default", today && "text-ink ring-line font-semibold ring-1")}
        >
          {number}
        </a>
      </td>
    );
  }
  return (
    <td aria-selected={selected}>
      <a
        href={href}
        aria-label={label}
        aria-current={selected ? "true" : undefined}
        data-date={date}
        tabIndex={tabIndex}
        onClick={onClick}
        className={cn(
          base,
          "font-semibold transition-colors",
          selected ? "bg-brand-700 text-white" : "bg-brand-50 text-brand-800 hover:bg-brand-100",
          today && !selected && "ring-brand-700 ring-1",
        )}
      >
        {number}
        <span
          aria-hidden="true"
          className={cn("absolute bottom-1.5 size-1 rounded-full", selected ? "bg-white" : "bg-brand-700")}
        />
      </a>
    </td>
  );
}

function MonthLink({
  month,
  direction,
  href,
  onClick,
}: {
  /** The month it leads to, written out: "January 2027". */
  month: string;
  direction: "previous" | "next";
  /** Undefined outside the months a visitor may book. */
  href: string | undefined;
  onClick: (event: React.MouseEvent) => void;
}) {
  const label = `${direction === "previous" ? "Previous" : "Next"} month, ${month}`;
  const box = "inline-flex size-9 items-center justify-center rounded-lg border border-line";
  const icon = (
    <svg viewBox="0 0 20 20" fill="none" aria-hidden="true" className="size-4">
      <path
        d={direction === "previous" ? "M12 5l-5 5 5 5" : "M8 5l5 5-5 5"}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
  if (!href) {
    return (
      <span className={cn(box, "text-slate-300")}>
        {icon}
        <span className="sr-only">{label} (not available)</span>
      </span>
    );
  }
  return (
    <a href={href} aria-label={label} onClick={onClick} className={cn(box, "text-ink bg-white hover:bg-slate-50")}>
      {icon}
    </a>
  );
}
