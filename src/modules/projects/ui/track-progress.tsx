import { ProgressBar } from "~/components/ui/progress-bar";
import type { ProjectView } from "../server/projects.service";

/** Interviews done against the target, one bar per track; a complete track turns green. */
export function TrackProgressList({ tracks }: { tracks: ProjectView["tracks"] }) {
  return (
    <ul className="space-y-3">
      {tracks.map((track) => (
        <li key={track.id}>
          <div className="mb-1 flex items-baseline justify-between gap-3 text-sm">
            <span className="text-ink min-w-0 truncate font-medium">{track.name}</span>
            <span className="text-muted shrink-0 tabular-nums">
              {track.interviewed} of {track.targetCount}
            </span>
          </div>
          <ProgressBar
            value={track.interviewed}
            max={track.targetCount}
            label={`${track.name}: ${track.interviewed} of ${track.targetCount}`}
            tone={track.complete ? "done" : "brand"}
          />
        </li>
      ))}
    </ul>
  );
}
