import Link from "next/link";
import { formatClockTime, localDateOf } from "~/lib/time-zones";
import { formatFullDay, zoneLabel } from "./booking-view";

/** "Thursday 3 December, 09:30–09:50" in the visitor's zone, with the zone and a way back to the times. */
export function PickedTime({
  start,
  minutes,
  zone,
  coachName,
  changeHref,
}: {
  start: Date;
  minutes: number;
  zone: string;
  coachName: string;
  changeHref: string;
}) {
  const end = new Date(start.getTime() + minutes * 60_000);
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
      <div>
        <p className="text-ink font-semibold">
          {formatFullDay(localDateOf(start, zone))}, {formatClockTime(start, zone)}–{formatClockTime(end, zone)}
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
