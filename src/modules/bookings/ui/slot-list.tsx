import Link from "next/link";
import { cn } from "~/lib/cn";
import { formatClockTime, formatLocalDate, type LocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";

interface SlotListProps {
  date?: LocalDate;
  starts: Date[];
  zone: string;
  /** The visitor's way of writing times: "9:00 AM" or "09:00". */
  locale: ViewerLocale;
  selected?: Date;
  slotHref: (start: Date) => string;
  /** Shown when no day is chosen because the month has no free time. */
  emptyMessage: React.ReactNode;
}

/**
 * The chosen day's free start times, as links labelled on the visitor's clock; on the night it goes back, the repeated
 * times carry the zone's abbreviation (01:20 EDT, 01:20 EST).
 */
export function SlotList({ date, starts, zone, locale, selected, slotHref, emptyMessage }: SlotListProps) {
  if (!date) {
    return (
      <section aria-labelledby="times-title" id="times">
        <h2 id="times-title" className="sr-only">
          Times
        </h2>
        <div className="border-line text-muted rounded-lg border border-dashed px-4 py-8 text-center text-sm">
          {emptyMessage}
        </div>
      </section>
    );
  }
  const day = formatLocalDate(date, locale);
  return (
    <section aria-labelledby="times-title" id="times">
      <h2 id="times-title" className="text-ink mb-3 text-base font-semibold">
        {day}
      </h2>
      {starts.length === 0 ? (
        <p className="border-line text-muted rounded-lg border border-dashed px-4 py-8 text-center text-sm">
          No free times on this day. Pick a day with a dot.
        </p>
      ) : (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-2">
          {starts.map((start) => {
            const time = formatClockTime(start, zone, locale);
            const isSelected = selected?.getTime() === start.getTime();
            return (
              <li key={start.toISOString()}>
                <Link
                  href={slotHref(start)}
                  prefetch={false}
                  aria-current={isSelected ? "true" : undefined}
                  aria-label={`${time}, ${day}`}
                  className={cn(
                    "flex h-10 items-center justify-center rounded-lg border text-sm font-semibold tabular-nums transition-colors",
                    isSelected
                      ? "border-brand-700 bg-brand-700 text-white"
                      : "border-brand-600/40 text-brand-800 hover:border-brand-700 hover:bg-brand-50 bg-white",
                  )}
                >
                  {time}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
