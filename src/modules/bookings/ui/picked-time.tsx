import Link from "next/link";
import { formatClockTime, formatLocalDate, localDateOf } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";

/** "Thursday, 3 December 2026, 09:30–09:50" in the visitor's zone and way of writing times, with the zone. */
export function PickedTime({
  start,
  minutes,
  zone,
  locale,
  coachName,
  changeHref,
}: {
  start: Date;
  minutes: number;
  zone: string;
  locale: ViewerLocale;
  coachName: string;
  changeHref: string;
}) {
  const end = new Date(start.getTime() + minutes * 60_000);
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
      <div>
        <p className="text-ink font-semibold">
          {formatLocalDate(localDateOf(start, zone), locale, { year: true })}, {formatClockTime(start, zone, locale)}–
          {formatClockTime(end, zone, locale)}
        </p>
        <p className="text-muted text-sm">
          {zoneLabel(zone, start)} · {minutes} minutes with {coachName}
        </p>
      </div>
      <Link
        href={changeHref}
        prefetch={false}
        scroll={false}
        className="text-brand-700 text-sm font-medium hover:underline"
      >
        Change time
      </Link>
    </div>
  );
}
