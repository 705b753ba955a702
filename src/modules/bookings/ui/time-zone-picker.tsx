import { Button } from "~/components/ui/button";
import { zoneLabel } from "~/lib/zone-labels";
import { OfferBrowserTimeZone } from "./detect-time-zone";
import { LazyTimeZoneSelect } from "./lazy-time-zone-select";
import type { ZoneChoice } from "./zone-choice";

interface TimeZonePickerProps {
  choice: ZoneChoice;
  coachName: string;
  at: Date;
  /** Query values the form carries over (month, reschedule link), so changing zone keeps the visitor's place. */
  keep: Record<string, string | undefined>;
}

/**
 * "Times shown in Kolkata (IST) · change", opening a plain GET form around the zone search: picking a zone reloads the
 * page in it. Until the search has loaded (on opening), and without a script, the box is a text field, and the server
 * reads what was typed.
 */
export function TimeZonePicker({ choice, coachName, at, keep }: TimeZonePickerProps) {
  return (
    <div className="space-y-2">
      {choice.source === "invalid" && (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          We couldn&apos;t find a time zone for &ldquo;{choice.given}&rdquo;, so times are shown in {coachName}&apos;s
          zone. Pick yours below.
        </p>
      )}
      <details className="group" open={choice.source === "invalid"}>
        <summary className="text-muted flex cursor-pointer list-none items-start gap-2 rounded text-sm [&::-webkit-details-marker]:hidden">
          <GlobeIcon />
          <span>
            {choice.source === "detecting" ? `Times shown in ${coachName}'s zone, ` : "Times shown in "}
            <span className="text-ink font-medium">{zoneLabel(choice.zone, at)}</span>
            {" · "}
            <span className="text-brand-700 font-medium underline-offset-2 group-hover:underline">change</span>
          </span>
        </summary>
        <form method="get" className="mt-3 flex flex-wrap items-start gap-2" role="search" aria-label="Time zone">
          {Object.entries(keep).map(
            ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
          )}
          <div className="min-w-0 flex-1 basis-56 space-y-1.5">
            <label htmlFor="time-zone" className="text-ink block text-sm font-medium">
              Your time zone
            </label>
            <LazyTimeZoneSelect
              id="time-zone"
              name="tz"
              label={zoneLabel(choice.zone, at)}
              defaultValue={choice.zone}
              submitOnPick
              aria-describedby="time-zone-hint"
            />
            <p id="time-zone-hint" className="text-muted text-xs">
              Type your city, country or zone, such as Kolkata, India or EST.
            </p>
          </div>
          {/* Level with the box whatever shows under it (the hint, or a miss). */}
          <Button type="submit" variant="secondary" className="mt-6.5">
            Show times
          </Button>
        </form>
      </details>
      {choice.source === "detecting" && <OfferBrowserTimeZone shownZone={choice.zone} />}
    </div>
  );
}

function GlobeIcon() {
  return (
    <svg viewBox="0 0 20 20" fill="none" aria-hidden="true" className="mt-0.5 size-4 shrink-0">
      <circle cx="10" cy="10" r="7.25" stroke="currentColor" strokeWidth="1.5" />
      <path
        d="M2.75 10h14.5M10 2.75c2 2.2 2.9 4.6 2.9 7.25S12 15.05 10 17.25C8 15.05 7.1 12.65 7.1 10S8 4.95 10 2.75Z"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
