import Link from "next/link";
import { instantToZonedParts } from "~/lib/time-zones";
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
  const from = instantToZonedParts(start, zone);
  const to = instantToZonedParts(new Date(start.getTime() + minutes * 60_000), zone);
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
      <div>
        <p className="text-ink font-semibold">
          {formatFullDay(from.date)}, {from.time}–{to.time}
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
