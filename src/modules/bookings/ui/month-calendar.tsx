import Link from "next/link";
import { eachDate, weekdayOf, type LocalDate } from "~/lib/time-zones";
import { cn } from "~/lib/cn";
import { firstDayOf, formatDay, formatMonth, lastDayOf, shiftMonth, type LocalMonth } from "./booking-view";

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
  /** How many times each date offers; dates not in the map offer none. */
  counts: Map<LocalDate, number>;
  dayHref: (date: LocalDate) => string;
  monthHref: (month: LocalMonth) => string;
}

/** A Monday-first month of plain links: every day with free times is one, the rest are greyed out. */
export function MonthCalendar({
  month,
  today,
  minMonth,
  maxMonth,
  selected,
  counts,
  dayHref,
  monthHref,
}: MonthCalendarProps) {
  const dates = eachDate(firstDayOf(month), lastDayOf(month));
  const leading = weekdayOf(dates[0]!) - 1;
  return (
    <section aria-labelledby="calendar-title">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id="calendar-title" className="text-ink text-base font-semibold">
          {formatMonth(month)}
        </h2>
        <div className="flex gap-1">
          <MonthLink month={shiftMonth(month, -1)} enabled={month > minMonth} href={monthHref} direction="previous" />
          <MonthLink month={shiftMonth(month, 1)} enabled={month < maxMonth} href={monthHref} direction="next" />
        </div>
      </div>
      <div className="grid grid-cols-7 gap-1 text-center">
        {WEEKDAYS.map(([short, long]) => (
          <abbr key={short} title={long} className="text-muted pb-1 text-xs font-medium no-underline">
            {short}
          </abbr>
        ))}
        {Array.from({ length: leading }, (_, i) => (
          <span key={`blank-${i}`} aria-hidden="true" />
        ))}
        {dates.map((date) => (
          <Day
            key={date}
            date={date}
            count={counts.get(date) ?? 0}
            today={date === today}
            selected={date === selected}
            href={dayHref(date)}
          />
        ))}
      </div>
    </section>
  );
}

function Day({
  date,
  count,
  today,
  selected,
  href,
}: {
  date: LocalDate;
  count: number;
  today: boolean;
  selected: boolean;
  href: string;
}) {
  const label = `${formatDay(date)}${today ? ", today" : ""}, ${count === 0 ? "no times available" : `${count} ${count === 1 ? "time" : "times"} available`}`;
  const number = Number(date.slice(8));
  const base =
    "relative mx-auto flex aspect-square w-full max-w-11 flex-col items-center justify-center rounded-full text-sm tabular-nums";
  if (count === 0) {
    return (
      <span className={cn(base, "text-slate-400", today && "text-ink ring-line font-semibold ring-1")}>
        <span aria-hidden="true">{number}</span>
        <span className="sr-only">{label}</span>
      </span>
    );
  }
  return (
    <Link
      href={href}
      prefetch={false}
      scroll={false}
      aria-label={label}
      aria-current={selected ? "date" : undefined}
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
    </Link>
  );
}

function MonthLink({
  month,
  enabled,
  href,
  direction,
}: {
  month: LocalMonth;
  enabled: boolean;
  href: (month: LocalMonth) => string;
  direction: "previous" | "next";
}) {
  const label = `${direction === "previous" ? "Previous" : "Next"} month, ${formatMonth(month)}`;
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
  const box = "inline-flex size-9 items-center justify-center rounded-lg border border-line";
  if (!enabled) {
    return (
      <span className={cn(box, "text-slate-300")}>
        {icon}
        <span className="sr-only">{label} (not available)</span>
      </span>
    );
  }
  return (
    <Link
      href={href(month)}
      prefetch={false}
      scroll={false}
      aria-label={label}
      className={cn(box, "text-ink bg-white hover:bg-slate-50")}
    >
      {icon}
    </Link>
  );
}
