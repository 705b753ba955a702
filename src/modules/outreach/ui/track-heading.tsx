import { ProgressBar } from "~/components/ui/progress-bar";

/** A track's name and how far along it is, above its people in either layout. */
export function TrackHeading({
  track,
  interviewed,
  complete,
}: {
  track: { id: string; name: string; targetCount: number };
  interviewed: number;
  complete: boolean;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`track-${track.id}`} className="text-lg font-semibold break-words">
          {track.name}
        </h2>
        <p className="text-muted text-sm">
          {interviewed} of {track.targetCount} interviewed
        </p>
      </div>
      <ProgressBar
        value={interviewed}
        max={track.targetCount}
        tone={complete ? "done" : "brand"}
        label={`${track.name}: ${interviewed} of ${track.targetCount}`}
      />
    </div>
  );
}

/** What a track with nobody in it says, in either layout. */
export function EmptyTrack({ canEdit }: { canEdit: boolean }) {
  return (
    <p className="border-line text-muted rounded-lg border border-dashed p-4 text-sm">
      {canEdit
        ? "Nobody here yet. Who does this work? Add the first person you could talk to — a name is enough to start."
        : "No people added to this track yet."}
    </p>
  );
}
